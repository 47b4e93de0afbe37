/**
 * A space-aligned table whose header wraps in its cells («Lãnh đạo» over «UBND tỉnh», meaning/spaceAligned.ts) is
 * read as a table with a two-row header, and a column naming a period of the form's kind other than the report's
 * («Tháng 9/2026» in October's report, earlierColumn.ts otherPeriodColumn) is another period's: never this month's
 * figure. Words no corpus document uses.
 */
import { otherPeriodColumn } from "../../../src/domain/import/meaning/earlierColumn";
import { spaceAlignedTables } from "../../../src/domain/import/meaning/spaceAligned";
import { lastPeriodCell, otherPeriodCell, tableCell } from "../../../src/domain/import/meaning/tableGrid";
import { headerOf } from "../../../src/domain/import/meaning/tableHeaders";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

const TABLE = [
  "Nội dung                 Lãnh đạo     Thủ trưởng     Cộng     Tháng 6/2027",
  "                         UBND tỉnh    sở, ban",
  "Lượt tiếp                   03           05           08           11",
  "Người đến                   04           07           11           15",
  "",
].join("\n");

const cells = (text: string) => text.split("\n").map((l) => l.split("\t").map((c) => c.trim()));
const at = (text: string, line: number, value: string) => {
  const from = text.split("\n").slice(0, line).join("\n").length + 1;
  const start = text.indexOf(value, from);
  return { start, end: start + value.length };
};

describe("a header wrapped in its cells", () => {
  it("reads the lower line as the header's second row, each cell under its own column, one character for one", () => {
    const read = spaceAlignedTables(TABLE);
    expect(read.length).toBe(TABLE.length);
    expect(cells(read)[1]).toEqual(["", "UBND tỉnh", "sở, ban"]);
    expect(cells(read)[2]).toEqual(["Lượt tiếp", "03", "05", "08", "11"]);
    expect(tableCell(read, at(read, 2, "03"))).toMatchObject({ header: "UBND tỉnh", group: "Lãnh đạo", label: "Lượt tiếp" });
    // A column with nothing under it keeps its one line.
    expect(tableCell(read, at(read, 2, "08"))).toMatchObject({ header: "Cộng", group: "" });
  });

  it("leaves a lower line whose words stand under no header cell, or only under the labels', as it is", () => {
    const between = TABLE.replace("                         UBND tỉnh    sở, ban", "                                UBND tỉnh và sở");
    expect(spaceAlignedTables(between).split("\n")[1]).toBe("                                UBND tỉnh và sở");
    const group = TABLE.replace("                         UBND tỉnh    sở, ban", "A. Cấp tỉnh");
    expect(spaceAlignedTables(group).split("\n").slice(0, 2).join("\n")).toBe(group.split("\n").slice(0, 2).join("\n"));
  });
});

describe("a column naming another period of the form's kind", () => {
  const october = { kind: "month", index: 10, year: 2026 };
  it("is earlier or later than the report's month; the report's own month, another kind or an unknown month says nothing", () => {
    expect(otherPeriodColumn("Tháng 9/2026", october)).toBe("earlier");
    expect(otherPeriodColumn("Tháng 10/2025", october)).toBe("earlier");
    expect(otherPeriodColumn("Tháng 11/2026", october)).toBe("later");
    expect(otherPeriodColumn("Tháng 12", { kind: "month", index: 1, year: 2027 })).toBe("earlier");
    expect(otherPeriodColumn("Tháng 10/2026", october)).toBeNull();
    expect(otherPeriodColumn("Cộng", october)).toBeNull();
    expect(otherPeriodColumn("Tháng 8/2026 và tháng 9/2026", october)).toBeNull();
    expect(otherPeriodColumn("Tháng 9/2026", { kind: "quarter", index: 3, year: 2026 })).toBeNull();
    expect(otherPeriodColumn("Tháng 9/2026", { kind: "month", index: null, year: 2026 })).toBeNull();
    // Two months side by side, neither the title's: the title is a template's, the table alone judges.
    expect(otherPeriodColumn("Tháng 12/2025", october, ["Nội dung", "Tháng 01/2026", "Tháng 12/2025"])).toBeNull();
    expect(otherPeriodColumn("Tháng 9/2026", october, ["Nội dung", "Tháng 10/2026", "Tháng 9/2026"])).toBe("earlier");
  });

  it("makes its cells another period's, the report's period known; not the total's column, and nothing without it", () => {
    const read = spaceAlignedTables(TABLE);
    const july = { kind: "month", index: 7, year: 2027 };
    expect(otherPeriodCell(read, at(read, 2, "11"), july)).toBe(true);
    expect(lastPeriodCell(read, at(read, 2, "11"), july)).toBe(true);
    expect(otherPeriodCell(read, at(read, 2, "08"), july)).toBe(false);
    expect(otherPeriodCell(read, at(read, 2, "11"))).toBe(false);
  });

  it("binds the month's figures from the total's column, never last month's", () => {
    const text = [
      "UBND TỈNH KON TUM",
      "THANH TRA TỈNH",
      "BÁO CÁO",
      "Kết quả tiếp công dân tháng 7/2027",
      "",
      "Tổng hợp kết quả tiếp công dân tháng 7/2027:",
      "",
      TABLE,
    ].join("\n");
    const found = recognizeFigures(text, MONTHLY);
    const got = (id: string) => boundValue(found.get(`tcd:${id}`));
    expect(["08", null]).toContain(got("tong.luot"));
    expect(["11", null]).toContain(got("tong.nguoi"));
    // Last month's column is offered to no figure of this month, not even for the clerk to choose…
    const lastColumn = new Set([text.lastIndexOf("11"), text.lastIndexOf("15")]);
    for (const [id, r] of found) {
      if (id.startsWith("tcd:soSanh.")) continue;
      const places = r.state === "bound" ? r.occurrences : r.state === "ambiguous" ? r.candidates : [];
      expect(places.filter((o) => lastColumn.has(o.start))).toEqual([]);
    }
    // …and is the comparison's: last month's sessions.
    expect(got("soSanh.luotThangTruoc")).toBe("11");
  });
});

describe("a header line cut mid-cell", () => {
  // «… | Rút,» over «trả lại | Trễ hạn | Đang GQ»: a pipe table's line broken at the page's width (metamorphic «ngắt
  // dòng 70 cột» on 15) goes on with its line; only a whole cell over shorter words is a header wrapped in its cells.
  const rows = (upper: string[]) => ({ rows: [upper, ["trả lại", "Trễ hạn", "Đang GQ"], ["Một cửa", "126", "118", "9"]], headerRows: 2 });

  it("is no lower row: each column keeps its own header", () => {
    const block = rows(["Đơn vị", "HS tiếp nhận", "Đã GQ", "Rút,"]);
    expect([1, 2].map((c) => headerOf(block, c))).toEqual([
      { header: "HS tiếp nhận", group: "" },
      { header: "Đã GQ", group: "" },
    ]);
  });

  it("near-miss: a whole last cell over a shorter line is a header wrapped in its cells", () => {
    const block = rows(["Đơn vị", "HS tiếp nhận", "Đã GQ", "Rút"]);
    expect(headerOf(block, 1)).toEqual({ header: "Trễ hạn", group: "HS tiếp nhận" });
  });
});
