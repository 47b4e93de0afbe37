/**
 * A table typed with «|» numbers its rows like any other: «1 | Biên chế … | người | 45 |» — the 1 is the row's number,
 * never a figure a clerk would choose (found walking an appendix table in the preview: the row numbers were offered
 * beside each figure and left it unclear).
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
