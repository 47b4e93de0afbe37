/**
 * The total item of a month-by-month line is described by the line's introduction (meaning/monthTotal.ts): «Văn
 * phòng họp giao ban tháng 4: 04 cuộc; tháng 5: 05 cuộc; tháng 6: 04 cuộc; tổng 3 tháng: 13 cuộc» is 13 meetings in
 * the quarter. A Phú Yên clerk's words. The other side: a «cộng» after one month only, or a total far from its months.
 */
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { describeMonthTotals } from "../../../src/domain/import/meaning/monthTotal";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

function nearOf(text: string, at: string): string[] {
  const candidates = findCandidates(text, findNumbers(text), [], false);
  describeMonthTotals(text, candidates);
  return [...candidates.find((c) => c.token.text === at)!.near.keys()];
}

describe("the total of a month-by-month line", () => {
  it("takes the words that introduce the months", () => {
    expect(nearOf("Năm nay, Văn phòng họp giao ban: tháng 4: 04 cuộc, tháng 5: 05 cuộc, tháng 6: 04 cuộc, tổng 3 tháng: 13 cuộc.", "13")).toEqual(
      expect.arrayContaining(["họp", "giao ban"]),
    );
  });

  it("near-miss: after one month only, or with no months, «cộng» takes nothing", () => {
    expect(nearOf("Họp giao ban: tháng 4: 04 cuộc, cộng: 04 cuộc.", "04")).not.toContain("giao ban");
    expect(nearOf("Họp giao ban thường kỳ 12 cuộc, đột xuất 01 cuộc, cộng: 13 cuộc.", "13")).not.toContain("giao ban");
  });

  it("binds the quarter's meetings, not a month's", () => {
    const text = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\nđ) Chế độ họp\nVăn phòng họp giao ban: tháng 4: 04 cuộc, tháng 5: 05 cuộc, tháng 6: 04 cuộc, tổng 3 tháng: 13 cuộc.\n";
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel("Cuộc họp giao ban trong quý").id))).toBe("13");
  });
});
