/**
 * A typed table's rule of dashes is no row, and bulleted sub-rows repeated under several numbered rows are read with
 * their row (meaning/subRows.ts, tableGrid.ts); a row naming the kinds of a level's bodies («UBND xã, phường») is the
 * level's, not one body's (singleBodyRow.ts).
 */
import { withParentLabels } from "../../../src/domain/import/meaning/subRows";
import { singleBodyRow } from "../../../src/domain/import/meaning/singleBodyRow";
import { gridAt, tableCell } from "../../../src/domain/import/meaning/tableGrid";

const rows = (lines: string[]) => lines.map((l) => l.split("\t"));

describe("bulleted sub-rows", () => {
  it("a label repeated under two numbered rows is read with each row's", () => {
    const grid = rows(["1\tThủ trưởng sở, ngành - số lượt\t14", "\t+ Định kỳ\t10", "2\tChủ tịch UBND xã, phường - số lượt\t102", "\t+ Định kỳ\t85"]);
    withParentLabels(grid, 0);
    expect(grid.map((r) => r[1])).toEqual(["Thủ trưởng sở, ngành - số lượt", "Thủ trưởng sở, ngành - số lượt + Định kỳ", "Chủ tịch UBND xã, phường - số lượt", "Chủ tịch UBND xã, phường - số lượt + Định kỳ"]);
  });

  it("a sub-row naming its own part, or one with no bullet, or under no numbered row, is left as written", () => {
    const grid = rows(["5\tBổ nhiệm Phó Trưởng phòng\t03", "\t- Phòng Tổng hợp\t02", "\t- Phòng Nội chính\t01", "\tSố người\t07", "Tổng\tcộng\t03", "\t- Phòng Tổng hợp\t02"]);
    const before = grid.map((r) => r[1]);
    withParentLabels(grid, 0);
    expect(grid.map((r) => r[1])).toEqual(before);
  });
});

describe("a typed table's rule", () => {
  const table = ["\t\tTháng\tTháng", "STT\tNội dung\t5/2026\t4/2026", "---\t--------\t------\t------", "1\tTổng số lượt tiếp\t64\t70", "2\tSố người\t81\t90"].join("\n");

  it("is no row: the header above it heads the figures", () => {
    const cell = tableCell(table, { start: table.indexOf("64"), end: table.indexOf("64") + 2 });
    expect(cell?.label).toBe("Tổng số lượt tiếp");
    expect(`${cell?.group} ${cell?.header}`.trim()).toBe("Tháng 5/2026");
  });

  it("a line of tabs alone is no rule: it stays a row of the grid", () => {
    const text = ["Chỉ tiêu\tQuý II", "\t", "Tiếp nhận\t64"].join("\n");
    expect(gridAt(text, { start: text.indexOf("64"), end: text.indexOf("64") + 2 })?.row).toBe(2);
    const ruled = ["Chỉ tiêu\tQuý II", "---\t---", "Tiếp nhận\t64"].join("\n");
    expect(gridAt(ruled, { start: ruled.indexOf("64"), end: ruled.indexOf("64") + 2 })?.row).toBe(1);
  });
});

describe("a level named by its kinds of bodies", () => {
  const cellOf = (label: string) => {
    const text = `STT\tNội dung\tTháng 11/2026\n4\t${label}\t102\n5\tKhác\t03`;
    return { text, o: { start: text.indexOf("102"), end: text.indexOf("102") + 3 } };
  };

  it("«Chủ tịch UBND xã, phường» is the level's row", () => {
    const { text, o } = cellOf("Chủ tịch UBND xã, phường - số lượt");
    expect(singleBodyRow(text, o)).toBe(false);
  });

  it("«Chủ tịch UBND xã Kiến Thụy» is one body's", () => {
    const { text, o } = cellOf("Chủ tịch UBND xã Kiến Thụy - số lượt");
    expect(singleBodyRow(text, o)).toBe(true);
  });
});
