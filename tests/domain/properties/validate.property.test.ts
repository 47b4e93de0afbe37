/**
 * The validator on hostile input: it never throws whatever is typed into whatever field, and anything that is not a
 * figure gets a Vietnamese message on that field.
 */
import fc from "fast-check";
import { REPORT } from "../../support/forms";
import type { Period } from "../../../src/domain/types";
import { validateFigures } from "../../../src/domain/validate";
import { REFERENCE_FIGURES } from "../../fixtures/referenceReport";
import { anyText, nonNumber, VIETNAMESE } from "./hostile";

const TYPED = REPORT.fields.filter((field) => !field.formula);
const NUMERIC = TYPED.filter((field) => field.kind === "count" || field.kind === "year" || field.kind === "percent");
const period = fc.record({ quarter: fc.constantFrom(1, 2, 3, 4), year: fc.integer({ min: 1990, max: 2200 }) }) as fc.Arbitrary<Period>;

const errorsOf = (review: ReturnType<typeof validateFigures>, id: string) =>
  review.problems.filter((p) => p.severity === "error" && p.fields.includes(id));

describe("validateFigures on hostile input", () => {
  it("never throws, whatever every field holds", () => {
    const allFields = fc.record(Object.fromEntries(TYPED.map((field) => [field.id, anyText])));
    fc.assert(
      fc.property(allFields, period, (raw, at) => {
        const review = validateFigures(REPORT, raw, at);
        for (const problem of review.problems) expect(problem.message).toMatch(VIETNAMESE);
      }),
      { numRuns: 150 },
    );
  });

  it("gives a number field that holds no number an error in Vietnamese, among the reference figures", () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC), nonNumber, period, (field, text, at) => {
        const review = validateFigures(REPORT, { ...REFERENCE_FIGURES, [field.id]: text }, at);
        const errors = errorsOf(review, field.id);
        expect(errors.map((p) => p.key)).toContain(`field:${field.id}`);
        expect(errors[0]!.message).toMatch(VIETNAMESE);
        expect(review.values.get(field.id)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses text and list entries longer than 300 characters, in Vietnamese", () => {
    const long = TYPED.filter((field) => field.kind === "text" || field.kind === "list");
    // One item: no separator a list would split on (new line, ";", or the "," of a list written as prose).
    const oneItem = fc.string({ minLength: 301, maxLength: 10_000 }).map((text) => text.replace(/[\n;,]/g, "x"));
    fc.assert(
      fc.property(fc.constantFrom(...long), oneItem, (field, text) => {
        fc.pre(text.trim().length > 300);
        const errors = errorsOf(validateFigures(REPORT, { [field.id]: text }, { quarter: 1, year: 2026 }), field.id);
        expect(errors).toHaveLength(1);
        expect(errors[0]!.message).toMatch(VIETNAMESE);
      }),
      { numRuns: 200 },
    );
  });
});
