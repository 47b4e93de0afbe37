/**
 * Every "≤" and sum rule of the form, and every percentage's "part ≤ whole", held at equality and broken by one
 * either side: a flipped comparison (`<` for `<=`, `!==` for `===`) fails here. Driven by the form's own rules, so a
 * rule added to the form is tested without naming it.
 */
import { REPORT } from "../support/forms";
import type { FieldId, Rule } from "../../src/domain/types";
import { validateEachRule } from "../../src/domain/validate";

const PERIOD = { quarter: 1, year: 2026 } as const;

/**
 * What to type so that `id` has the value n: the figure itself, or for a computed one what it is computed from
 * (n items of its list, or n in the first of the figures it sums).
 */
function typedFor(id: FieldId, n: number): Record<FieldId, string> {
  const formula = REPORT.byId.get(id)?.formula;
  if (!formula) return { [id]: String(n) };
  if (formula.op === "countOf") return { [formula.list]: Array.from({ length: n }, (_, i) => `Mục ${i + 1}`).join("\n") };
  if (formula.op === "sum") return Object.assign({}, ...formula.of.map((part, i) => typedFor(part, i === 0 ? n : 0)));
  throw new Error(`${id} cannot be set to a number by typing`);
}

/** Only the rule's own figures set: every other rule lacks a figure and stays silent. */
const problemOf = (rule: Rule, values: Record<FieldId, number>) => {
  const raw = Object.assign({}, ...Object.entries(values).map(([id, n]) => typedFor(id, n)));
  return validateEachRule(REPORT, raw, PERIOD).problems.find((p) => p.key === rule.id);
};
const bigsOf = (rule: Extract<Rule, { kind: "atMost" }>) => (Array.isArray(rule.big) ? rule.big : [rule.big]);

const atMost = REPORT.rules.filter((r): r is Extract<Rule, { kind: "atMost" }> => r.kind === "atMost");
const sums = REPORT.rules.filter((r): r is Extract<Rule, { kind: "sum" }> => r.kind === "sum");

describe("rules at equality", () => {
  it("covers every ≤ and sum rule of the form, each figure settable by typing", () => {
    expect(atMost.length + sums.length).toBeGreaterThan(0);
    for (const id of [...atMost.flatMap((r) => [r.small, ...bigsOf(r)]), ...sums.flatMap((r) => [r.total, ...r.parts])]) {
      expect(() => typedFor(id, 1)).not.toThrow();
    }
  });

  describe.each(atMost.map((rule) => [rule.id, rule] as const))("≤ rule %s", (_id, rule) => {
    // Bigs 30, 31…: their sum is what the small figure may reach and not pass.
    const bigs = Object.fromEntries(bigsOf(rule).map((id, i) => [id, 30 + i]));
    const limit = Object.values(bigs).reduce((a, b) => a + b, 0);

    it("holds when the small figure equals the big one(s)", () => {
      expect(problemOf(rule, { ...bigs, [rule.small]: limit })).toBeUndefined();
    });

    it("holds one below, and is broken one above, naming both figures", () => {
      expect(problemOf(rule, { ...bigs, [rule.small]: limit - 1 })).toBeUndefined();
      const problem = problemOf(rule, { ...bigs, [rule.small]: limit + 1 });
      expect(problem?.severity).toBe(rule.severity);
      expect(problem?.fields).toEqual([rule.small, ...bigsOf(rule)]);
      expect(problem?.message).toContain(`(${limit + 1}) không được lớn hơn`);
      expect(problem?.message).toContain(`(${limit})`);
    });
  });

  describe.each(sums.map((rule) => [rule.id, rule] as const))("sum rule %s", (_id, rule) => {
    const parts = Object.fromEntries(rule.parts.map((id, i) => [id, 10 + i]));
    const sum = Object.values(parts).reduce((a, b) => a + b, 0);

    it("holds when the total equals the sum of its parts", () => {
      expect(problemOf(rule, { ...parts, [rule.total]: sum })).toBeUndefined();
    });

    it.each([1, -1])("is broken when the total is off by %i, with the difference", (off) => {
      const problem = problemOf(rule, { ...parts, [rule.total]: sum + off });
      expect(problem?.severity).toBe(rule.severity);
      expect(problem?.fields).toEqual([rule.total, ...rule.parts]);
      expect(problem?.message).toContain(`là ${sum + off}, nhưng`);
      expect(problem?.message).toContain(`= ${sum} (chênh 01)`);
    });
  });
});

describe("percentages at 100%", () => {
  const percents = REPORT.fields.flatMap((f) => (f.formula?.op === "percentOf" ? [{ id: f.id, ...f.formula }] : []));
  const problem = (p: (typeof percents)[number], part: number, whole: number) =>
    validateEachRule(REPORT, { [p.part]: String(part), [p.whole]: String(whole) }, PERIOD).problems.find((x) => x.key === `percent:${p.id}`);

  it.each(percents.map((p) => [p.id, p] as const))("%s: the part may equal the whole, not pass it", (_id, p) => {
    expect(problem(p, 40, 40)).toBeUndefined();
    expect(validateEachRule(REPORT, { [p.part]: "40", [p.whole]: "40" }, PERIOD).values.get(p.id)).toEqual({ kind: "number", value: 100 });
    expect(problem(p, 39, 40)).toBeUndefined();
    expect(problem(p, 41, 40)?.message).toContain("vượt 100%");
    expect(problem(p, 41, 40)?.fields).toEqual([p.part, p.whole]);
  });
});

describe("the data period (cutoff rules)", () => {
  const cutoffs = REPORT.rules.filter((r): r is Extract<Rule, { kind: "cutoff" }> => r.kind === "cutoff");
  const check = (rule: (typeof cutoffs)[number], start: string, end: string) =>
    validateEachRule(REPORT, { [rule.start]: start, [rule.end]: end }, PERIOD).problems.find((p) => p.key === rule.id);

  it.each(cutoffs.map((r) => [r.id, r] as const))("%s: a one-day period is not reversed; a reversed one is an error", (_id, rule) => {
    expect(check(rule, "15/12/2025", "14/3/2026")).toBeUndefined();
    expect(check(rule, "01/02/2026", "01/02/2026")?.message).toContain("khác kỳ chốt số liệu quý I năm 2026");
    const reversed = check(rule, "02/02/2026", "01/02/2026");
    expect(reversed?.severity).toBe("error");
    expect(reversed?.message).toContain("(02/02/2026) sau");
  });
});
