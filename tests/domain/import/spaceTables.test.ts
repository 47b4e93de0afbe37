/**
 * A table laid out with spaces is read by its columns (meaning/spaceTables.ts): in a quarter-III report, the
 * «Quý III/2026» column gives the figures, not the first number after each row's words (the quarter before). Text
 * copied from the web with doubled spaces between words is no table.
 */
import { wideGapTables } from "../../../src/domain/import/meaning/spaceTables";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const TABLE = [
  "UBND TỈNH HÀ GIANG",
  "VĂN PHÒNG",
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý III năm 2026",
  "",
  "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  "Số liệu giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh:",
  "",
  "Nội dung                    Quý II/2026     Quý III/2026",
  "Số hồ sơ tiếp nhận               8.412            9.027",
  "Số hồ sơ đã giải quyết           8.105            8.740",
  "Số hồ sơ trễ hạn                    31               22",
  "Số hồ sơ đang giải quyết           307              287",
  "",
].join("\n");

it("the columns of a space-aligned table are read as a tab table's, one character for one", () => {
  const read = wideGapTables(TABLE);
  expect(read.length).toBe(TABLE.length);
  expect(read.split("\n")[9]!.split("\t").map((c) => c.trim())).toEqual(["Số hồ sơ tiếp nhận", "8.412", "9.027"]);
});

it("the report's quarter is read from its own column, not from the quarter before", () => {
  const r = recognizeFigures(TABLE, REPORT);
  const centre = (id: string) => boundValue(r.get(`bcdc:hcc.${id}`));
  expect([centre("tiepNhan"), centre("daGiaiQuyet"), centre("treHan"), centre("dangGiaiQuyet")]).toEqual(["9.027", "8.740", "22", "287"]);
});

it("doubled spaces of a web page, a single aligned line and two rows are no table", () => {
  const web = [
    "•  Biên chế năm 2025:  Văn phòng được giao  71  biên chế công chức, hiện có  66;",
    "•  Trình độ chuyên môn:  02  tiến sĩ,  29  thạc sĩ,  47  đại học.",
    "•  Lý luận chính trị:  cao cấp 24;  trung cấp 31;  cử nhân 01;  đang học 02.",
  ].join("\n");
  expect(wideGapTables(web)).toBe(web);
  const prose = [
    "Văn phòng đã tổ chức   nhiều hội nghị quán triệt   cho toàn thể công chức, viên chức và người lao động của cơ quan.",
    "Các phòng chuyên môn   đã xây dựng kế hoạch   thực hiện nhiệm vụ được giao theo chỉ đạo của Lãnh đạo Văn phòng.",
    "Công tác kiểm tra   được duy trì thường xuyên   theo kế hoạch đã ban hành từ đầu năm, bảo đảm đúng quy định.",
  ].join("\n");
  expect(wideGapTables(prose)).toBe(prose);
  const two = "Chỉ tiêu      Quý I      Quý II\nTiếp nhận      120      130";
  expect(wideGapTables(two)).toBe(two);
});
