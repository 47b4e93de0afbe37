/**
 * A table's group row («I. BIÊN CHẾ NĂM 2026⇥⇥», words in its first cell only) heads the rows under it as a line above
 * a list does: its year is the year of their staff figures (yearOfFigures.ts). A Hà Nam clerk's table, not the
 * held-out report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const TABLE = (group: string) =>
  ["Nội dung\tĐơn vị\tSố lượng\tGhi chú", group, "- Biên chế công chức được giao\tNgười\t61\t", "- Công chức hiện có\tNgười\t57\tĐủ chức danh", ""].join("\n");
const year = (text: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel("Năm của số liệu biên chế").id));

describe("a year in a table's group row", () => {
  it("is the year of the staff rows under it", () => {
    expect(year(TABLE("I. TỔ CHỨC, BIÊN CHẾ NĂM 2026\t\t\t"))).toBe("2026");
  });

  it("near-match: a group row of other things, or a year in another cell, heads no staff figure", () => {
    expect(year(TABLE("I. KHEN THƯỞNG NĂM 2026\t\t\t"))).toBeNull();
    expect(year(TABLE("I. TỔ CHỨC, BIÊN CHẾ\tnăm 2025\t\t"))).toBeNull();
  });
});
