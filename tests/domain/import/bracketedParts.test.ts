/**
 * Held-out 193's «- Giao ban: 13 cuộc (trong đó: 12 cuộc giao ban tuần; 01 cuộc giao ban quý III với các phòng, đơn
 * vị)» (sums.ts bracketedParts): parts in a bracket after their total yield it the figure's first place, though one
 * part's words («giao ban quý») fit the figure's a little better; a figure naming a part's own words keeps the part.
 */
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { bracketedParts, findSums } from "../../../src/domain/import/meaning/sums";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const sumsOf = (text: string) => findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false));
const meetings = "- Giao ban: 13 cuộc (trong đó: 12 cuộc giao ban tuần; 01 cuộc giao ban quý III với các phòng, đơn vị).";

describe("parts in a bracket after their total", () => {
  it("are marked bracketed, announced or not", () => {
    expect(sumsOf(meetings).map((s) => s.bracketed)).toEqual([true]);
    expect(sumsOf("nhận được 08 ý kiến (05 ý kiến về chế độ công tác phí; 03 ý kiến về nhà công vụ).").map((s) => s.bracketed)).toEqual([true]);
  });

  it("near-miss: parts in the sentence outside a bracket, or a bracket closed before the last part, are not", () => {
    expect(sumsOf("- Giao ban: 13 cuộc, trong đó 12 cuộc giao ban tuần, 01 cuộc giao ban quý III.").map((s) => s.bracketed)).toEqual([false]);
    expect(sumsOf("- Giao ban: 13 cuộc (giao ban tuần 12 cuộc), 01 cuộc giao ban quý III.").map((s) => s.bracketed)).toEqual([false]);
  });

  it("yield to the total only for a figure naming none of their own words", () => {
    const sums = sumsOf(meetings);
    const [total, first] = [sums[0]!.total, sums[0]!.parts[0]!.part];
    expect(bracketedParts(sums, new Set(["cuộc họp"])).totalOf.get(first)).toBe(total);
    expect(bracketedParts(sums, new Set(sums[0]!.parts[0]!.own)).totalOf.size).toBe(0);
  });

  it("give the quarter's meetings the total", () => {
    const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\n${meetings}\n`, REPORT).get("bcdc:giaoBan.soCuoc");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r).toEqual(["13"]);
  });
});
