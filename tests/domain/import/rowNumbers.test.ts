/**
 * Row numbers in tables as text, read by notCounts.isRowNumber: the number in a row's first cell numbers the row and is
 * never a figure a clerk would choose.
 * - A table typed with «|»: «1 | Biên chế … | người | 45 |» (found walking an appendix table in the preview: the row
 *   numbers were offered beside each figure and left it unclear).
 * - A table aligned with spaces that the table readers leave as typed (a «TT» column, sub-rows «- Tiến sĩ», a dashed
 *   rule): «1    Biên chế công chức được giao năm 2026    38» (a commune's summary table bound four row numbers in
 *   place of «38», «không» and «-»).
 */
import { isRowNumber } from "../../../src/domain/import/meaning/notCounts";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const at = (line: string, number: string) => {
  const start = line.indexOf(number);
  return isRowNumber(line, start, start + number.length);
};

describe("a row number in a table typed with «|»", () => {
  it("opens the row, before its label, with or without a leading bar", () => {
    expect(at("1 | Biên chế công chức được giao | người | 45 |", "1")).toBe(true);
    expect(at("| 2 | Cán bộ, công chức hiện có | người | 42 |", "2")).toBe(true);
    expect(at("3. | Viên chức hiện có | người | 14 |", "3")).toBe(true);
  });

  it("near-miss: a figure in a row's cell, a year labelling a row, a count opening a sentence are none", () => {
    expect(at("1 | Biên chế công chức được giao | người | 45 |", "45")).toBe(false);
    expect(at("2025 | 58 | 55", "2025")).toBe(false);
    expect(at("12 cuộc giao ban | trong quý", "12")).toBe(false);
  });

  it("leaves the figure of its row to be bound", () => {
    const text = [
      "I. TÌNH HÌNH CHUNG",
      "PHỤ LỤC SỐ LIỆU",
      "STT | Nội dung | Đơn vị tính | Quý II/2026 | Ghi chú",
      "1 | Biên chế công chức được giao | người | 45 |",
      "2 | Công chức hiện có | người | 42 |",
      "",
    ].join("\n");
    expect(boundByLabel(text, REPORT)("Biên chế công chức được giao")).toBe("45");
  });
});

describe("a row number in a table aligned with spaces", () => {
  it("opens the row, two or more spaces before its capitalised label", () => {
    expect(at("1    Biên chế công chức được giao năm 2026                  38", "1")).toBe(true);
    expect(at("11   Điều động, luân chuyển đi                              không", "11")).toBe(true);
    expect(at("  3.  Viên chức (đơn vị sự nghiệp)    x", "3")).toBe(true);
  });

  it("near-miss: one space, a lower-case word, or the row's own figure are no row number", () => {
    expect(at("1 Biên chế công chức được giao", "1")).toBe(false);
    expect(at("12   cuộc họp giao ban", "12")).toBe(false);
    expect(at("1    Biên chế công chức được giao năm 2026                  38", "38")).toBe(false);
  });

  it("leaves the figure of each row to be bound", () => {
    const text = [
      "I. TÌNH HÌNH CHUNG",
      "BIỂU TỔNG HỢP KẾT QUẢ",
      "TT   Nội dung                                               Kết quả",
      "---------------------------------------------------------------------",
      "1    Biên chế công chức được giao                           38",
      "2    Công chức có mặt                                       35",
      "10   Tiếp nhận công chức                                    01",
      "11   Điều động, luân chuyển đi                              không",
      "",
    ].join("\n");
    const bound = boundByLabel(text, REPORT);
    expect(["Biên chế công chức được giao", "Công chức đang thực hiện", "Tiếp nhận công chức"].map(bound)).toEqual(["38", "35", "01"]);
  });
});
