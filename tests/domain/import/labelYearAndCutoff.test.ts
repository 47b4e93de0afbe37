/**
 * A label may end with its own year or cutoff date right before the colon and the figure: «Số lượng người làm việc
 * được Sở Y tế giao năm 2026: 735 người», «có mặt đến ngày 14/6/2026: 702». The year and the date are the label's
 * (yearsAndRounded.ts yearInLabel, dateInLabel), not figures that take the label's words from the figure after them.
 * A year or a date followed by a colon and words, or by a comma, stays a number of its own. Words no corpus document uses.
 */
import { dateInLabel, yearInLabel } from "../../../src/domain/import/meaning/yearsAndRounded";
import { findNumbers } from "../../../src/domain/import/numbers";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const tokenAt = (text: string, written: string) => findNumbers(text).find((t) => t.text === written)!;

describe("a year or a cutoff date ending a label", () => {
  it("is the label's when the colon and the figure follow it", () => {
    const line = "Số lượng người làm việc được Sở Xây dựng giao năm 2027: 318 người";
    expect(yearInLabel(line, tokenAt(line, "2027"))).toBe(true);
    const date = "viên chức có mặt đến ngày 30/6/2027: 297 người";
    expect(dateInLabel(date, tokenAt(date, "30/6/2027"))).toBe(true);
  });

  it("is a number of its own when words or a comma follow its colon", () => {
    const line = "Biên chế năm 2027: công chức giao 55";
    expect(yearInLabel(line, tokenAt(line, "2027"))).toBe(false);
    // A list after the colon: the year belongs to the list's introduction as written.
    const list = "thực hiện kế hoạch kiểm soát năm 2027: 08 nhóm, 29 nhiệm vụ; công bố 47";
    expect(yearInLabel(list, tokenAt(list, "2027"))).toBe(false);
    const date = "họp ngày 30/6/2027, 297 người dự";
    expect(dateInLabel(date, tokenAt(date, "30/6/2027"))).toBe(false);
    const note = "tổ chức ngày 30/6/2027: xong";
    expect(dateInLabel(note, tokenAt(note, "30/6/2027"))).toBe(false);
  });

  it("lets the figure after it take the label's words", () => {
    const text = [
      "SỞ Y TẾ TỈNH CAO BẰNG",
      "TRUNG TÂM Y TẾ KHU VỰC HÒA AN",
      "",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ quý II năm 2027",
      "",
      "A. TÌNH HÌNH CHUNG",
      "- Trung tâm là đơn vị sự nghiệp y tế trực thuộc Sở Y tế, quy mô 150 giường kế hoạch.",
      "- Nhân lực:",
      "  + Số lượng người làm việc được Sở Y tế giao năm 2027: 318 người; có mặt đến ngày 14/6/2027: 297 viên chức.",
      "  + Hợp đồng lao động: 41 người.",
      "",
    ].join("\n");
    expect(boundByLabel(text, REPORT)("Biên chế sự nghiệp được giao")).toBe("318");
  });
});
