/**
 * A table typed with spaces whose header takes two lines, words over the months («Tháng | Tháng | Tăng (+)» over
 * «STT | Chỉ tiêu | 5/2026 | 4/2026 | Giảm (-)»), ruled with dashes, its numbered rows with unnumbered sub-rows
 * (meaning/spaceAligned.ts; tableGrid.ts leaves the rule out): read as cells, each figure under its month.
 */
import { spaceAlignedTables } from "../../../src/domain/import/meaning/spaceAligned";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const UPPER = "                                         Tháng      Tháng      Tăng (+)";
const HEADER = " STT  Chỉ tiêu                           5/2026     4/2026     Giảm (-)";
const RULE = " ---  ------------------------------     ------     ------     --------";
const ROWS = [
  " 1   Tổng số lượt tiếp                       64         70          -6",
  "     - Tiếp định kỳ                          50         52          -2",
  "     - Tiếp đột xuất                         14         18          -4",
  "     Số người                                81         90          -9",
  " 2   Lãnh đạo UBND tỉnh - số lượt            03         01          +2",
  "     Lãnh đạo UBND tỉnh - số người           07         02          +5",
];
const TABLE = [UPPER, HEADER, RULE, ...ROWS].join("\n");
const cells = (text: string) => text.split("\n").map((l) => l.split("\t").map((c) => c.trim()));

describe("a space-aligned table of this month beside last month", () => {
  it("reads the upper header line, the rule and the sub-rows as cells under their columns", () => {
    const read = spaceAlignedTables(TABLE);
    expect(read.length).toBe(TABLE.length);
    expect(cells(read)).toEqual([
      ["", "", "Tháng", "Tháng", "Tăng (+)"],
      ["STT", "Chỉ tiêu", "5/2026", "4/2026", "Giảm (-)"],
      ["---", "------------------------------", "------", "------", "--------"],
      ["1", "Tổng số lượt tiếp", "64", "70", "-6"],
      ["", "- Tiếp định kỳ", "50", "52", "-2"],
      ["", "- Tiếp đột xuất", "14", "18", "-4"],
      ["", "Số người", "81", "90", "-9"],
      ["2", "Lãnh đạo UBND tỉnh - số lượt", "03", "01", "+2"],
      ["", "Lãnh đạo UBND tỉnh - số người", "07", "02", "+5"],
    ]);
  });

  it("takes this month's figures from this month's column, last month's from last month's", () => {
    const got = boundByLabel(`BÁO CÁO\nKết quả tiếp công dân tháng 5/2026\n\n${TABLE}\n`, MONTHLY);
    expect([got("Tổng số lượt tiếp công dân"), got("Lượt tiếp định kỳ"), got("Lượt tiếp đột xuất"), got("Lượt tiếp tháng trước")]).toEqual(["64", "50", "14", "70"]);
  });

  it("leaves a title over the header, and unnumbered rows under no «STT», as written", () => {
    const plain = ["Số liệu tiếp công dân", " Chỉ tiêu                                5/2026     4/2026", "     - Tiếp định kỳ                          50         52", "     - Tiếp đột xuất                         14         18"].join("\n");
    const read = cells(spaceAlignedTables(plain));
    expect(read[0]).toEqual(["Số liệu tiếp công dân"]);
    expect(read[2]![0]).toBe("- Tiếp định kỳ");
    expect(read[3]![0]).toBe("- Tiếp đột xuất");
  });

  it("a line of dashes alone, under no header, is no rule", () => {
    const text = ["---  ------     ------", "Tiếp định kỳ   50   52", "Tiếp đột xuất   14   18"].join("\n");
    expect(cells(spaceAlignedTables(text))[0]).toEqual(["---  ------     ------"]);
  });
});
