/**
 * A table typed with «|» between its cells and tabs as padding (barTabRows.ts) is read by its bars: held-out 491's
 * qualifications table («Kỳ⇥⇥| Tiến sĩ⇥| Thạc sĩ …» over a quý I row and a quý II row) had no column reach its
 * figures, and «01» of the note below it («01 đồng chí bảo vệ … thạc sĩ») was bound as the master's count. Both
 * sides: lines that are no such table (a bar inside a cell's words, a line alone, bars in counts that differ) are
 * left as written, and the earlier quarter's row still gives nothing.
 */
import { barTabRows } from "../../../src/domain/import/meaning/barTabRows";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");

const TABLE = [
  "Kỳ\t\t| Tiến sĩ\t| Thạc sĩ\t| Đại học\t| Cao cấp LLCT",
  "Quý I/2025\t| 01\t| 18\t| 29\t| 11",
  "Quý II/2025\t| 01\t| 19\t| 28\t| 12",
].join("\n");

const report = (table: string) =>
  [
    "BÁO CÁO",
    "Kết quả thực hiện công tác dân chủ quý II năm 2025",
    "I. TÌNH HÌNH CHUNG",
    "3. Trình độ công chức cơ quan Sở (so sánh với quý trước)",
    "",
    table,
    "",
    "(Quý II có 01 đồng chí bảo vệ thành công luận văn thạc sĩ; 01 đồng chí tốt nghiệp cao cấp lý luận chính trị.)",
    "",
  ].join("\n");

describe("a table typed with bars and tabs as padding", () => {
  it("is read by its bars, one character for one", () => {
    const read = barTabRows(TABLE);
    expect(read).toHaveLength(TABLE.length);
    expect(read.split("\n").map((l) => l.split("\t").map((c) => c.trim()))).toEqual([
      ["Kỳ", "Tiến sĩ", "Thạc sĩ", "Đại học", "Cao cấp LLCT"],
      ["Quý I/2025", "01", "18", "29", "11"],
      ["Quý II/2025", "01", "19", "28", "12"],
    ]);
  });

  it("gives each figure its own column in the report's own quarter's row, none of the note below", () => {
    const bound = boundByLabel(report(TABLE), QUARTERLY);
    expect(bound("Tiến sĩ")).toBe("01");
    expect(bound("Thạc sĩ")).toBe("19");
    expect(bound("Cao cấp lý luận chính trị")).toBe("12");
  });

  it("leaves lines that are no such table as written", () => {
    // A bar inside a cell's words parts nothing.
    const wordBar = "Nội dung\tSố lượng\nHồ sơ A|B\t12\nHồ sơ C|D\t14";
    expect(barTabRows(wordBar)).toBe(wordBar);
    // One line is no table; two lines with other numbers of bars are not written alike.
    const alone = "Ghi chú:\t| xem phụ lục";
    expect(barTabRows(alone)).toBe(alone);
    const unlike = "Kỳ\t| Tiến sĩ\t| Thạc sĩ\nQuý II/2025\t| 01";
    expect(barTabRows(unlike)).toBe(unlike);
  });

  it("never gives the earlier quarter's row, even alone", () => {
    const earlierOnly = TABLE.split("\n").slice(0, 2).join("\n");
    const bound = boundByLabel(report(earlierOnly), QUARTERLY);
    expect(bound("Thạc sĩ")).not.toBe("18");
    expect(bound("Cao cấp lý luận chính trị")).not.toBe("11");
  });
});
