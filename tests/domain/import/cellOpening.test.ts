/**
 * An outline's answer table (cellOpening.ts, valueHeader.ts): a cell that opens with its number and says only its
 * unit after it is named by its row's label, and a header «Kết quả thực hiện quý II/2026» names no number. A Hà Nam
 * clerk's table, not the held-out Vĩnh Phúc one's wording; notes beside a row's figure are not the row's figure.
 */
import { namedInCell } from "../../../src/domain/import/meaning/cellOpening";
import { valuesOnly } from "../../../src/domain/import/meaning/valueHeader";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const inCell = (cell: string, n: string) => namedInCell(cell, cell.indexOf(n));

describe("namedInCell", () => {
  it("a number opening its cell with only a unit (and a bracket) after it is the row's", () => {
    expect(inCell("07 người", "07")).toBe(false);
    expect(inCell("02 công chức", "02")).toBe(false);
    expect(inCell("13 cuộc (tháng 1: 05; tháng 2: 03; tháng 3: 04)", "13")).toBe(false);
    expect(inCell("12/11", "12")).toBe(false);
  });
  it("near-match: words before it, or more than a unit after it, name it in the cell", () => {
    expect(inCell("Thạc sĩ 21; đại học 30", "21")).toBe(true);
    expect(inCell("Quý IV/2024: 71 hồ sơ", "71")).toBe(true);
    expect(inCell("02 chỉ tiêu chưa tuyển", "02")).toBe(true);
    expect(inCell("01 đ/c về Sở Nội vụ", "01")).toBe(true);
  });
});

describe("valuesOnly", () => {
  it("a header of the column's values and a period", () => {
    for (const h of ["Kết quả", "Kết quả thực hiện quý I/2025", "Thực hiện tháng 3/2026", "Số liệu năm 2025", "Kết quả thực hiện trong quý"]) expect(valuesOnly(h)).toBe(true);
  });
  it("near-match: a header that names a quantity, a plan or a period alone", () => {
    for (const h of ["Kết quả giải quyết", "Đã giải quyết", "Kế hoạch quý I", "Có mặt", "Lũy kế năm 2024", "Quý IV/2024"]) expect(valuesOnly(h)).toBe(false);
  });
});

describe("an answer table", () => {
  const text = [
    "UBND TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "VĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "TT\tNội dung\tKết quả thực hiện quý II/2026\tGhi chú",
    "1\tHợp đồng lao động theo Nghị định 111/2022/NĐ-CP\t09 người\t03 người nghỉ việc trong quý",
    "2\tCông chức được nâng lương trước thời hạn\t03 công chức\t",
    "3\tCuộc họp giao ban\t11 cuộc (tháng 4: 04; tháng 5: 03; tháng 6: 04)\t",
    "4\tCông chức hiện có\t46\t02 chỉ tiêu chưa tuyển",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  const bound = (label: string) => boundValue(r.get(byLabel(label).id));
  it("binds the number of each row's answer by the row's label", () => {
    expect(bound("Hợp đồng lao động")).toBe("09");
    expect(bound("Công chức được nâng lương trước thời hạn")).toBe("03");
    expect(bound("Cuộc họp giao ban trong quý")).toBe("11");
    expect(bound("Công chức đang thực hiện")).toBe("46");
  });
  it("near-match: the notes' numbers are bound to nothing", () => {
    const values = REPORT.fields.map((f) => boundValue(r.get(f.id)));
    expect(values).not.toContain("02");
    expect(values.filter((v) => v === "03")).toHaveLength(1);
  });
});
