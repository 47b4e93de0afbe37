/**
 * A table row opened by a dash under a row opened by none is a part of it (meaning/gridRows.ts): «- Định kỳ» under
 * «Số lượt tiếp» counts sessions held on schedule, so its cells are the «định kỳ» figures of each column's level.
 * Words no corpus document uses.
 */
import { gridAxes } from "../../../src/domain/import/meaning/gridRows";
import { gridAt } from "../../../src/domain/import/meaning/tableGrid";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

const TABLE = [
  "Chỉ tiêu\tLãnh đạo UBND tỉnh\tThủ trưởng sở, ngành\tChủ tịch UBND xã, phường\tCộng",
  "Số lượt tiếp\t02\t05\t31\t38",
  "- Định kỳ\t02\t03\t26\t31",
  "- Đột xuất\t0\t02\t05\t07",
  "Số người\t03\t06\t41\t50",
].join("\n");

/** The words ownCell.ts weighs for each figure row of the table holding `needle`. */
function rowWords(text: string, needle: string): string[][] {
  const start = text.indexOf(needle);
  const at = gridAt(text, { start, end: start + needle.length })!;
  return gridAxes(at.grid).rows.map((r) => [...r.words]);
}

describe("a dashed row is a part of the row above it", () => {
  it("reads what it counts with the words of the row above", () => {
    const [, scheduled] = rowWords(TABLE, "38");
    expect(scheduled).toEqual(expect.arrayContaining(["lượt", "tiếp", "định", "kì"]));
  });

  it("keeps only its own words as a table's first row, under a total row, or under a heading row", () => {
    const first = "Chỉ tiêu\tCộng\n- Định kỳ\t30\n- Đột xuất\t07\n";
    expect(rowWords(first, "30")[0]).not.toContain("lượt");
    const underTotal = "Chỉ tiêu\tCộng\nSố lượt tiếp\t37\nTổng cộng\t37\n- Định kỳ\t30\n";
    expect(rowWords(underTotal, "30")[2]).not.toContain("lượt");
    // A heading row with no figures names a part of the table: its dashed rows keep their own words.
    const underHeading = "Chỉ tiêu\tCộng\nSố lượt tiếp\t37\nII. TIẾP ĐỊNH KỲ\t\n- Lượt\t30\n";
    expect(rowWords(underHeading, "30")[1]).not.toContain("tiếp");
  });

  it("binds each level's «định kỳ» and «đột xuất» from the dashed rows, the month's from the total column", () => {
    const text = `UBND TỈNH YÊN BÁI\nTHANH TRA TỈNH\nBÁO CÁO\nKết quả tiếp công dân tháng 3/2027\n\nBiểu tổng hợp:\n${TABLE}\n`;
    const found = recognizeFigures(text, MONTHLY);
    const got = (id: string) => boundValue(found.get(`tcd:${id}`));
    expect([got("tong.dinhKy"), got("tong.dotXuat"), got("huyen.dinhKy"), got("huyen.dotXuat")]).toEqual(["31", "07", "26", "05"]);
    expect([got("tong.luot"), got("huyen.luot")]).toEqual(["38", "31"]);
  });
});

describe("a row stating its measure", () => {
  const text = (rows: string) =>
    `UBND TỈNH YÊN BÁI\nTHANH TRA TỈNH\nBÁO CÁO\nKết quả tiếp công dân tháng 3/2027\n\nBiểu tổng hợp:\nChỉ tiêu\tLãnh đạo UBND tỉnh\tThủ trưởng sở, ngành\tCộng\n${rows}\n`;

  it("states it in brackets closing its label or in a unit cell, and its dashed rows count in it; a row stating none has none", () => {
    const table = "Chỉ tiêu\tCộng\nSố lượt tiếp (lượt)\t11\n- Định kỳ\t08\nSố người\t15\nNgười được tiếp\tNgười\t15\n";
    const start = table.indexOf("11");
    const rows = gridAxes(gridAt(table, { start, end: start + 2 })!.grid).rows;
    expect(rows.map((r) => r.measure)).toEqual(["lượt", "lượt", null, "người"]);
  });

  it("is no row of a figure counted in another measure, nor are its dashed rows", () => {
    const found = recognizeFigures(text("Số lượt tiếp (lượt)\t04\t07\t11\n- Định kỳ\t03\t05\t08\n- Đột xuất\t01\t02\t03"), MONTHLY);
    expect(boundValue(found.get("tcd:tinh.luot"))).toBe("04");
    expect(["03", "01"]).not.toContain(boundValue(found.get("tcd:tinh.nguoi")));
  });

  it("is the row of a figure counted in its measure", () => {
    const found = recognizeFigures(text("Số lượt tiếp (lượt)\t04\t07\t11\nSố người (người)\t06\t09\t15"), MONTHLY);
    expect([boundValue(found.get("tcd:tinh.luot")), boundValue(found.get("tcd:tinh.nguoi"))]).toEqual(["04", "06"]);
  });
});
