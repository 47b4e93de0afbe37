/**
 * A cell of a staff table's measure column («Biên chế giao», «Có mặt», «Hợp đồng») counts that measure of its row's
 * unit: «Văn phòng HĐND và UBND⇥9⇥8⇥1» is no count of the deputy heads of the office, while the staff figures that
 * name the measure still read such a table. Found on wt-fresh57's 512, a border commune's hand-typed table.
 */
import { otherStaffMeasure } from "../../../src/domain/import/meaning/staffMeasureColumn";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const table = [
  "UBND XÃ LŨNG CÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Số: 18/BC-UBND\tLũng Cú, ngày 16 tháng 3 năm 2026",
  "",
  "BÁO CÁO",
  "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026",
  "",
  "1. Tổ chức, biên chế",
  "UBND xã có Chủ tịch, 02 Phó Chủ tịch; 04 cơ quan chuyên môn, đơn vị: Văn phòng HĐND và UBND; Phòng Kinh tế; Phòng Văn hóa - Xã hội; Trung tâm Phục vụ hành chính công xã. Biên chế năm 2026 như sau:",
  "TT\tBộ phận\tBiên chế giao\tCó mặt\tHợp đồng",
  "1\tLãnh đạo UBND xã\t3\t3\t0",
  "2\tVăn phòng HĐND và UBND\t9\t8\t1",
  "3\tPhòng Kinh tế\t7\t6\t0",
  "4\tPhòng Văn hóa - Xã hội\t6\t6\t0",
  "\tCộng\t25\t24\t1",
  "Trình độ: thạc sĩ 2, đại học 19.",
  "",
  "2. Thực hiện dân chủ",
  "- Giao ban: 12 cuộc (sáng thứ Hai hằng tuần).",
  "",
].join("\n");

describe("a staff table's measure column", () => {
  it("is another measure than a count of posts or rooms", () => {
    expect(otherStaffMeasure(" Biên chế giao", "Số Phó Chánh Văn phòng Chánh Văn phòng và {N} Phó Chánh Văn phòng")).toBe(true);
    expect(otherStaffMeasure(" Có mặt", "Số Phó Chánh Văn phòng")).toBe(true);
  });
  it("is the figure's own measure when its words name it", () => {
    expect(otherStaffMeasure(" Biên chế giao", "Biên chế công chức được giao")).toBe(false);
    expect(otherStaffMeasure(" Có mặt", "Công chức đang thực hiện")).toBe(false);
    expect(otherStaffMeasure(" Hợp đồng", "Hợp đồng lao động")).toBe(false);
    expect(otherStaffMeasure(" Số lượng", "Số Phó Chánh Văn phòng")).toBe(false);
  });
  it("no deputy heads are read from the office's row", () => {
    expect(boundByLabel(table, REPORT)("Số Phó Chánh Văn phòng")).toBeNull();
  });
});
