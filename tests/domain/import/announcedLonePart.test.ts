/**
 * One part announced after its count (meaning/announcedPart.ts): «13 cuộc giao ban (kể cả 01 cuộc giao ban đột
 * xuất)», «mười ba cuộc giao ban … (tháng 10: bốn cuộc, …), trong đó có hai cuộc giao ban trực tuyến». The part is no
 * rival of its whole for the quarter's meetings. Words no corpus document uses.
 */
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findSums } from "../../../src/domain/import/meaning/sums";
import { withSpelledCounts } from "../../../src/domain/import/meaning/spelledNumbers";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const sumsOf = (text: string) =>
  findSums(text, findCandidates(text, withSpelledCounts(text, findNumbers(text)), scanHeadings(text), false)).map((s) => [s.total.token.text, s.parts.map((p) => p.part.token.text)]);

const INCLUDING = "Trong quý, Ban tổ chức 14 cuộc giao ban (kể cả 02 cuộc giao ban đột xuất về phòng cháy).";
const AFTER_MONTHS = "Trong quý, Ban tổ chức mười bốn cuộc giao ban (tháng 7: năm cuộc, tháng 8: bốn cuộc, tháng 9: năm cuộc), trong đó có ba cuộc giao ban trực tuyến.";

describe("one part announced after its count", () => {
  it("is that count's part, past a bracket of months that closed before it", () => {
    expect(sumsOf(INCLUDING)).toEqual([["14", ["02"]]]);
    expect(sumsOf(AFTER_MONTHS)).toContainEqual(["mười bốn", ["ba"]]);
  });

  it("near-miss: not announced, in another unit, larger than the count, or one of several announced is no part", () => {
    expect(sumsOf("Trong quý, Ban tổ chức 14 cuộc giao ban; 02 cuộc giao ban đột xuất.")).toEqual([]);
    expect(sumsOf("Trong quý, Ban tổ chức 14 cuộc giao ban, trong đó có 02 văn bản kết luận.")).toEqual([]);
    expect(sumsOf("Trong quý, Ban tổ chức 14 cuộc giao ban (kể cả 20 cuộc họp tổ).")).toEqual([]);
    // One of several numbers announced: the list holds more than the count's parts.
    expect(sumsOf("Trong quý, Ban tổ chức 14 cuộc giao ban, gồm: 9 cuộc giao ban tuần, 3 văn bản chỉ đạo.")).toEqual([]);
  });

  it("gives the quarter's meetings the whole", () => {
    for (const line of [INCLUDING, AFTER_MONTHS]) {
      const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ\n1. Công tác cán bộ\n${line}\n`, REPORT).get("bcdc:giaoBan.soCuoc");
      expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r).toEqual([line === INCLUDING ? "14" : "mười bốn"]);
    }
  });
});
