/**
 * «Tháng 11/2026 | Tháng 10/2026 | Tăng (+) Giảm (-)»: the change between the months is no period and no figure's own
 * column, so the month columns beside it are still the periods' columns (gridRows.ts), and the change column is left
 * out of the grid's axes (its signed cells «-13» are no figures, its unsigned ones «0» are). Near-match: beside columns that are quantities, not periods, nothing changes.
 */
import { gridAxes } from "../../../src/domain/import/meaning/gridRows";
import { gridAt } from "../../../src/domain/import/meaning/tableGrid";

function axesAt(table: string, needle: string) {
  const start = table.indexOf(needle);
  return gridAxes(gridAt(table, { start, end: start + needle.length })!.grid);
}

describe("a column of the change between periods", () => {
  it("leaves the month columns the periods' columns, and is no column of the grid", () => {
    const table = "Nội dung\tTháng 11/2026\tTháng 10/2026\tTăng (+) Giảm (-)\nSố lượt tiếp\t118\t131\t-13\nSố người\t164\t171\t-7\nSố đoàn đông người\t02\t02\t0\n";
    const axes = axesAt(table, "164");
    expect(axes.periodColumns).toBe(true);
    expect(axes.columns.map((c) => c.header)).toEqual(["Tháng 11/2026", "Tháng 10/2026"]);
  });

  it("near-match: beside quantity columns the change column stays, and no column is a period's", () => {
    const table = "Cấp tiếp\tSố lượt\tSố người\tTăng (+) Giảm (-)\nCấp tỉnh\t02\t09\t+1\nCấp xã\t102\t138\t-11\nCấp huyện\t05\t07\t0\n";
    const axes = axesAt(table, "138");
    expect(axes.periodColumns).toBe(false);
    expect(axes.columns.map((c) => c.header)).toEqual(["Số lượt", "Số người", "Tăng (+) Giảm (-)"]);
  });
});
