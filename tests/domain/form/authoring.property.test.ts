/**
 * Property tests for the authoring changes: whatever the clerk does, in whatever order, the form stays one the
 * checker accepts, a refused change leaves it unchanged, and hostile text never gets into it unchecked.
 */
import fc from "fast-check";
import { addField, addRule, deleteField, moveField, renameField, type RuleDraft } from "../../../src/domain/form/authoring";
import { checkForm } from "../../../src/domain/form/parseForm";
import type { ReportForm } from "../../../src/domain/form/types";
import { tinyForm } from "../../support/forms";

const start = (): ReportForm =>
  tinyForm([
    { id: "a", label: "Số A", kind: "count", section: "I" },
    { id: "p", label: "Tỷ lệ P", kind: "percent", section: "I" },
  ]);

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("Hồ sơ tiếp nhận", "Tỷ lệ", "<b>&amp;</b>", "a\u0000b", "\ud800", "x".repeat(400), "Số A", "  "),
);
const kind = fc.constantFrom("count", "percent", "year", "date", "text", "list" as const);

type Op = (form: ReportForm, pick: (n: number) => number) => ReturnType<typeof addField>;
const id = (form: ReportForm, i: number) => form.fields[i % form.fields.length]?.id ?? "";
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.tuple(text, kind, fc.boolean(), text).map(([label, k, fresh, title]): Op => (form) =>
    addField(form, { label, kind: k, section: fresh ? { newTitle: title } : { id: "I" }, wording: [] })),
  fc.tuple(fc.nat(), text).map(([i, label]): Op => (form) => renameField(form, id(form, i), label)),
  fc.tuple(fc.nat(), text).map(([i, title]): Op => (form) => moveField(form, id(form, i), { newTitle: title })),
  fc.nat().map((i): Op => (form) => deleteField(form, id(form, i))),
  fc.tuple(fc.constantFrom("sum", "atMost", "percent"), fc.nat(), fc.nat(), fc.nat()).map(([k, i, j, l]): Op => (form) => {
    const [x, y, z] = [id(form, i), id(form, j), id(form, l)];
    const draft: RuleDraft = k === "sum" ? { kind: "sum", total: x, parts: [y, z] } : k === "atMost" ? { kind: "atMost", small: x, big: y } : { kind: "percent", result: x, part: y, whole: z };
    return addRule(form, draft);
  }),
);

describe("authoring properties", () => {
  it("every accepted change gives a form the checker accepts with unique ids; a refused one changes nothing", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        let form = start();
        for (const change of ops) {
          const before = JSON.stringify(form);
          const result = change(form, (n) => n);
          expect(JSON.stringify(form)).toBe(before);
          if (result.ok) {
            expect(checkForm(JSON.parse(JSON.stringify(result.form))).ok).toBe(true);
            expect(new Set(result.form.fields.map((f) => f.id)).size).toBe(result.form.fields.length);
            form = result.form;
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) expect(problem).toMatch(/[à-ỹÀ-Ỹ]/);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a deleted field is named nowhere in the form afterwards", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), fc.nat(), (ops, pick) => {
        let form = start();
        for (const change of ops) {
          const result = change(form, (n) => n);
          if (result.ok) form = result.form;
        }
        const target = id(form, pick);
        const result = deleteField(form, target);
        if (!result.ok) return;
        // Where a form names a field: ids, formulas and rules (a label may be any text, even the deleted id itself).
        const { fields, rules } = result.form;
        const naming = JSON.stringify({ ids: fields.map((f) => f.id), formulas: fields.map((f) => f.formula ?? null), rules });
        expect(naming).not.toContain(`"${target}"`);
      }),
      { numRuns: 50 },
    );
  });
});
