/**
 * A table drawn in characters («+-----+», «|», a spanning header over its own short rule, words wrapped in a cell):
 * read one line per row, its header over its figures (held-out 1152, whose every rule ended the table).
 */
import { ruledTables } from "../../../src/domain/import/meaning/ruledTables";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";


const TABLE = [
  "+-----+----------------------+-----------------+------+",
  "|  TT |        Đơn vị        |    Công chức    |  HĐ  |",
  "|     |                      +--------+--------+      |",
  "|     |                      |  Giao  | Có mặt |  LĐ  |",
  "+-----+----------------------+--------+--------+------+",
  "|  1  | Các phòng chuyên môn |     57 |     53 |   08 |",
  "|     | (05 phòng)           |        |        |      |",
  "+-----+----------------------+--------+--------+------+",
  "|     | Tổng cộng            |     61 |     57 |   10 |",
  "+-----+----------------------+--------+--------+------+",
].join("\n");

describe("a table drawn with «+---+» rules", () => {
  it("is read with its length kept: rules skipped, a spanning header cell split, a wrapped line dashed", () => {
    const read = ruledTables(TABLE);
    expect(read).toHaveLength(TABLE.length);
    const lines = read.split("\n");
    expect(lines[0]).toBe("|-----|----------------------|-----------------|------|");
    expect(lines[1]!.split("|").map((c) => c.trim())).toEqual(["", "TT", "Đơn vị", "Công chức", "", "HĐ", ""]);
    expect(lines[2]).toMatch(/^\|[-|]+\|$/u);
    expect(lines[3]).toBe(TABLE.split("\n")[3]);
    expect(lines[5]).toBe(TABLE.split("\n")[5]);
    expect(lines[6]).toMatch(/^\|[-|]+\|$/u);
  });

  it("binds the staff figures from the total row under their columns", () => {
    const text = `I. ĐẶC ĐIỂM, TÌNH HÌNH\n2. Biên chế, lao động năm 2024\n\nBảng 1. Biên chế công chức, lao động\n${TABLE}\n`;
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:bienChe.congChucGiao"))).not.toBe("57");
    expect(shown(r.get("bcdc:bienChe.congChucThucHien"))).toBe("57");
  });

  it("near-match: a text with «+-» and bars but no drawn table is left as written", () => {
    const text = "Tăng +-5% so với quý trước | ghi chú\n+--- không phải bảng\n";
    expect(ruledTables(text)).toBe(text);
  });
});
