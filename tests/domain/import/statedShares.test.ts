/**
 * A share the scoring never offered («đã giải quyết 90/94 hồ sơ, đạt 95,74%») is bound when it is the document's only
 * value equal to part ÷ whole to two or more decimals; and the other side: one decimal, a round value, a number
 * another figure holds or is offered, two values fitting, a vetoed place, or a part not bound leave it unread.
 */
import { findStatedShares } from "../../../src/domain/import/meaning/percentArithmetic";
import type { FieldId } from "../../../src/domain/types";
import type { Occurrence, Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const percent = REPORT.fields.find((f) => f.formula?.op === "percentOf" && f.id.endsWith("tyLeDaGiaiQuyet"))!;
const formula = percent.formula as { op: "percentOf"; part: FieldId; whole: FieldId };
const other = REPORT.fields.find((f) => f.kind === "percent" && f.id !== percent.id)!;

let offset = 0;
const place = (text: string): Occurrence => {
  offset += 10;
  return { start: offset, end: offset + text.length, text, input: text.replace(/\s*%$/, ""), line: 1, where: "" };
};
const bound = (...occurrences: Occurrence[]): Recognition => ({ state: "bound", occurrences });

function find(percents: Occurrence[], options: { part?: string; whole?: string; rate?: Recognition; others?: [FieldId, Recognition][]; vetoed?: (o: Occurrence) => boolean } = {}) {
  const result = new Map<FieldId, Recognition>(options.others ?? []);
  if (options.part !== undefined) result.set(formula.part, bound(place(options.part)));
  result.set(formula.whole, bound(place(options.whole ?? "94")));
  if (options.rate) result.set(percent.id, options.rate);
  findStatedShares(REPORT, result, percents, (_f, o) => options.vetoed?.(o) ?? false);
  const r = result.get(percent.id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : (r?.state ?? "notFound");
}

describe("a share stated where the scoring did not look", () => {
  it("binds the one percentage equal to part ÷ whole to two decimals, unread or unclear before", () => {
    expect(find([place("4,26%"), place("95,74%"), place("78,86%")], { part: "90" })).toEqual(["95,74%"]);
    expect(find([place("95,74%")], { part: "90", rate: { state: "ambiguous", candidates: [place("4,26%")] } })).toEqual(["95,74%"]);
    expect(find([place("95,74%"), place("95,74%")], { part: "90" })).toEqual(["95,74%", "95,74%"]);
  });

  it("leaves it when the evidence is weak or taken", () => {
    expect(find([place("95,7%")], { part: "90" })).toBe("notFound");
    expect(find([place("100,00%")], { part: "94" })).toBe("notFound");
    const taken = place("95,74%");
    expect(find([taken], { part: "90", others: [[other.id, bound(taken)]] })).toBe("notFound");
    expect(find([place("95,74%")], { part: "90", vetoed: () => true })).toBe("notFound");
    expect(find([place("95,74%")], {})).toBe("notFound");
  });

  it("leaves it when two different values both fit", () => {
    expect(find([place("95,74%"), place("95,745%")], { part: "90" })).toBe("notFound");
  });

  it("never overrides a share already bound", () => {
    const stated = place("95,70%");
    expect(find([place("95,74%")], { part: "90", rate: bound(stated) })).toEqual(["95,70%"]);
  });
});
