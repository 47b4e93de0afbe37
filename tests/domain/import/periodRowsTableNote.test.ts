/**
 * A table whose rows are the year's quarters, the report's own one row among them, with its columns the figures
 * (meaning/periodRows.ts), and the sentence under a table that says whose its figures are («Hồ sơ nêu trên là hồ sơ
 * tại Bộ phận Một cửa của Ban …», meaning/tableNote.ts). Words no corpus document uses.
 */
import { tableNoteAfter } from "../../../src/domain/import/meaning/tableNote";
import { ownPeriodRow } from "../../../src/domain/import/meaning/periodRows";
import { gridAt } from "../../../src/domain/import/meaning/tableGrid";
import { ownPeriodColumn } from "../../../src/domain/import/meaning/earlierColumn";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const HEAD = ["UBND TỈNH QUẢNG BÌNH", "BAN QUẢN LÝ KHU KINH TẾ TỈNH", "", "BÁO CÁO", "Kết quả thực hiện dân chủ quý II năm 2027", "", "2. Giải quyết thủ tục hành chính"];
const TABLE = [
  "Kỳ\tHồ sơ tiếp nhận\tĐã giải quyết\tĐang giải quyết",
  "Quý I/2027\t131\t122\t09",
  "Quý II/2027\t176\t168\t08",
  "Lũy kế\t307\t290\t08",
];
const NOTE = "Hồ sơ nêu trên là hồ sơ tại Bộ phận Một cửa của Ban đặt tại Trung tâm Phục vụ hành chính công tỉnh.";
const doc = (rows: string[], note = NOTE) => [...HEAD, ...rows, "(*) Số đang giải quyết tại ngày cuối kỳ.", note, ""].join("\n");
const Q2 = { kind: "quarter", index: 2, year: 2027 };

describe("the sentence under a table saying whose its figures are", () => {
  it("is read for a cell of the table, past the table's own notes, when it points back to the table", () => {
    const text = doc(TABLE);
    const note = tableNoteAfter(text, text.indexOf("176"));
    expect(note).toContain("bộ phận một cửa của ban đặt tại trung tâm phục vụ hành chính công tỉnh");
  });

  it("near-match: a sentence that does not point back, or a number outside a table, has none", () => {
    const text = doc(TABLE, "Ban tiếp tục nâng cao chất lượng tại Bộ phận Một cửa của Ban.");
    expect(tableNoteAfter(text, text.indexOf("176"))).toBe("");
    const prose = [...HEAD, "Trong quý tiếp nhận 176 hồ sơ.", NOTE, ""].join("\n");
    expect(tableNoteAfter(prose, prose.indexOf("176"))).toBe("");
  });
});

describe("a table whose rows are periods", () => {
  it("names the report's own quarter by its row", () => {
    expect(ownPeriodColumn("Quý II/2027", Q2)).toBe(true);
    expect(ownPeriodColumn("Quý I/2027", Q2)).toBe(false);
    expect(ownPeriodColumn("Lũy kế", Q2)).toBe(false);
    const text = doc(TABLE);
    const g = gridAt(text, { start: text.indexOf("176"), end: text.indexOf("176") + 3 })!;
    expect(ownPeriodRow(g.grid, g.row, Q2)).toBe(true);
    const earlier = gridAt(text, { start: text.indexOf("131"), end: text.indexOf("131") + 3 })!;
    expect(ownPeriodRow(earlier.grid, earlier.row, Q2)).toBe(false);
  });

  it("binds the report's own row, column by column, as the desk's figures the note names", () => {
    const bound = boundByLabel(doc(TABLE), REPORT);
    expect(bound("Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("176");
    expect(bound("Hồ sơ đã giải quyết, trả kết quả")).toBe("168");
  });

  it("near-match: rows of other things than periods, or no row of the report's quarter, give no row", () => {
    const units = TABLE.map((r) => r.replace("Quý I/2027", "Phòng Quản lý đầu tư").replace("Quý II/2027", "Văn phòng Ban"));
    const text = doc(units);
    const g = gridAt(text, { start: text.indexOf("176"), end: text.indexOf("176") + 3 })!;
    expect(ownPeriodRow(g.grid, g.row, Q2)).toBe(false);
    const late = doc(TABLE.map((r) => r.replace("Quý II/2027", "Quý III/2027")));
    expect(boundByLabel(late, REPORT)("Hồ sơ đã giải quyết, trả kết quả")).toBeNull();
  });
});
