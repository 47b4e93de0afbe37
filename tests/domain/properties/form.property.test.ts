/**
 * The form parser and the formula evaluator on generated forms: the parser never throws and either builds a
 * definition or names problems in Vietnamese; a random mutation of a good form is never half-used; sums and
 * percentages computed through chains of formulas equal the arithmetic done by hand, in any field order.
 */
import fc from "fast-check";
import { withComputed } from "../../../src/domain/compute";
import { checkForm, parseFormText } from "../../../src/domain/form/parseForm";
import type { FormField, ReportForm } from "../../../src/domain/form/types";
import type { FieldValue } from "../../../src/domain/types";
import { builtInForm, tinyForm } from "../../support/forms";
import { VIETNAMESE } from "./hostile";

const PERIOD = { quarter: 1 as const, year: 2026 };

describe("parseFormText on hostile input", () => {
  it("never throws on any text, and every problem is Vietnamese with a JSON path", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => {
        const result = parseFormText(text);
        if (!result.ok) for (const p of result.problems) {
          expect(p.message).toMatch(VIETNAMESE);
          expect(p.path === "" || p.path.startsWith("/")).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("either takes a mutated form whole or refuses it: a problem always comes with no definition", () => {
    const base = builtInForm("tiep-cong-dan-thang");
    const paths = fc.constantFrom("fields", "rules", "sections", "skeleton");
    const junk = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.constant([]), fc.constant({}));
    fc.assert(
      fc.property(paths, fc.nat(), fc.string({ minLength: 1, maxLength: 12 }), junk, (where, index, key, value) => {
        const form = structuredClone(base) as unknown as Record<string, Array<Record<string, unknown>>>;
        const list = form[where]!;
        const item = list[index % list.length]!;
        item[key] = value;
        const result = checkForm(form);
        if (result.ok) {
          expect(result.definition.fields.length).toBe(base.fields.length);
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          expect("definition" in result).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A chain of sums over typed counts, in shuffled order: t_k = t_{k-1} + c_k, and a percentage of the last. */
const chainForm = (counts: number[], order: number[]): { form: ReportForm; typed: Map<string, FieldValue> } => {
  const fields: FormField[] = counts.map((_, i) => ({ id: `c${i}`, label: `C${i}`, kind: "count", section: "I" }));
  counts.forEach((_, i) => {
    if (i > 0) fields.push({ id: `t${i}`, label: `T${i}`, kind: "count", section: "I", formula: { op: "sum", of: [i === 1 ? "c0" : `t${i - 1}`, `c${i}`] } });
  });
  const last = counts.length > 1 ? `t${counts.length - 1}` : "c0";
  fields.push({ id: "p", label: "P", kind: "percent", section: "I", formula: { op: "percentOf", part: "c0", whole: last } });
  const shuffled = order.map((k) => fields[k % fields.length]!).filter((f, i, all) => all.indexOf(f) === i);
  const rest = fields.filter((f) => !shuffled.includes(f));
  return {
    form: tinyForm([...shuffled, ...rest]),
    typed: new Map(counts.map((value, i) => [`bcdc:c${i}`, { kind: "number", value }])),
  };
};

describe("formulas", () => {
  it("compute chains of sums and a percentage of them in any field order", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 60 }), (counts, order) => {
        const { form, typed } = chainForm(counts, order);
        const result = checkForm(form);
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (!result.ok) return;
        const values = withComputed(result.definition, typed, PERIOD);
        let running = counts[0]!;
        for (let i = 1; i < counts.length; i++) {
          running += counts[i]!;
          expect(values.get(`bcdc:t${i}`)).toEqual({ kind: "number", value: running });
        }
        const percent = values.get("bcdc:p");
        if (running === 0) expect(percent).toBeNull();
        else expect(percent).toEqual({ kind: "number", value: Math.round((counts[0]! / running) * 100 * 100) / 100 });
      }),
      { numRuns: 300 },
    );
  });

  it("leave a computed figure empty when anything it is made from is empty", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 10 }), fc.nat(), (counts, gap) => {
        const { form, typed } = chainForm(counts, []);
        const result = checkForm(form);
        if (!result.ok) throw new Error("chain form refused");
        const missing = gap % counts.length;
        typed.delete(`bcdc:c${missing}`);
        const values = withComputed(result.definition, typed, PERIOD);
        const last = `bcdc:t${counts.length - 1}`;
        expect(values.get(last) ?? null).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it("refuse every cycle, however long", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (n) => {
        const fields: FormField[] = Array.from({ length: n }, (_, i) => ({
          id: `x${i}`, label: `X${i}`, kind: "count", section: "I", formula: { op: "sum", of: [`x${(i + 1) % n}`] },
        }));
        const result = checkForm(tinyForm(fields));
        expect(!result.ok && result.problems.some((p) => /công thức vòng tròn/.test(p.message))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
