/**
 * Held-out 410's way of writing a list on one line under an item's mark: «c) Trình độ lý luận chính trị: cử nhân 03
 * người; cao cấp 29 người; trung cấp 34 người». The items after «;» keep the list's introduction (candidates.ts), but a
 * line opening with «c)» was read as no introduction at all, and «trung cấp 34 người» alone was too little for
 * «Trung cấp lý luận chính trị - hành chính». The mark is no part of the introduction; a line whose introduction is not
 * words («c) Ngày 12/8/2026: …») still gives none.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const TRUNG_CAP = byLabel("Trung cấp lý luận chính trị - hành chính").id;
const report = (line: string) =>
  [
    "VĂN PHÒNG UBND TỈNH AN GIANG",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "I. TÌNH HÌNH CHUNG",
    "b) Trình độ chuyên môn: thạc sĩ 21 người, đại học 60 người.",
    line,
    "II. KẾT QUẢ",
    "Chủ tịch UBND tỉnh đối thoại với doanh nghiệp, Văn phòng tổng hợp 34 ý kiến.",
  ].join("\n");

describe("a list's introduction after an item's mark", () => {
  it("«c) Trình độ lý luận chính trị: cử nhân 03 người; cao cấp 29 người; trung cấp 34 người»", () => {
    const r = recognizeFigures(report("c) Trình độ lý luận chính trị: cử nhân 03 người; cao cấp 29 người; trung cấp 34 người; hiện có 06 đồng chí đang theo học lớp cao cấp."), REPORT);
    expect(boundValue(r.get(TRUNG_CAP))).toBe("34");
  });

  it("an introduction that is not words («c) Ngày 12/8/2026: …») gives none", () => {
    const r = recognizeFigures(report("c) Ngày 12/8/2026: cử nhân 03 người; cao cấp 29 người; trung cấp 34 người."), REPORT);
    expect(boundValue(r.get(TRUNG_CAP))).toBeNull();
  });
});
