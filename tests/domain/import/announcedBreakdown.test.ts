/**
 * A breakdown announced right after a count (gồm, trong đó, a bracket), each of its numbers counting what the count
 * counts, is that count's though it does not add up to it (sums.ts announcedParts): «tổ chức 13 cuộc giao ban, gồm: 9
 * cuộc giao ban tuần, 3 cuộc giao ban tháng và 2 cuộc giao ban đột xuất» gives the quarter's meetings 13.
 */
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findSums } from "../../../src/domain/import/meaning/sums";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const sumsOf = (text: string) =>
  findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false)).map((s) => [s.total.token.text, s.parts.map((p) => p.part.token.text), s.bracketed]);
const announced = "2. Họp giao ban: trong quý tổ chức 13 cuộc giao ban, gồm: 9 cuộc giao ban tuần, 3 cuộc giao ban tháng và 2 cuộc giao ban đột xuất.";
const bracketed = "Văn phòng tổ chức 13 cuộc giao ban trong quý (giao ban tuần 11 cuộc, giao ban tháng 03 cuộc), thành phần gồm lãnh đạo các phòng.";

describe("a breakdown announced after its count, not adding up", () => {
  it("is that count's, announced by «gồm» or by a bracket, its parts stopping where the bracket closes", () => {
    expect(sumsOf(announced)).toEqual([["13", ["9", "3", "2"], true]]);
    expect(sumsOf(bracketed)).toEqual([["13", ["11", "03"], true]]);
  });

  it("near-miss: not announced, a part of another unit, or a part larger than the count is no breakdown", () => {
    expect(sumsOf("Trong quý tổ chức 13 cuộc giao ban; 9 cuộc giao ban tuần, 3 cuộc giao ban tháng.")).toEqual([]);
    expect(sumsOf("Trong quý tổ chức 13 cuộc giao ban, gồm: 9 cuộc giao ban tuần, 3 văn bản chỉ đạo.")).toEqual([]);
    expect(sumsOf("Trong quý tổ chức 13 cuộc giao ban (giao ban tuần 14 cuộc, giao ban tháng 03 cuộc).")).toEqual([]);
    // Brackets each after its own count are no breakdown of the first.
    expect(sumsOf("Phát sinh tại: Sở Nông nghiệp (05 lượt), Sở Xây dựng (04 lượt), Sở Quy hoạch - Kiến trúc (03 lượt).")).toEqual([]);
  });

  it("gives the quarter's meetings the total, though a part's words fit them as well", () => {
    for (const line of [announced, bracketed]) {
      const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\n${line}\n`, REPORT).get("bcdc:giaoBan.soCuoc");
      expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r).toEqual(["13"]);
    }
  });
});
