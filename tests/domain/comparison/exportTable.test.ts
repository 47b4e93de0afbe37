import { strFromU8, unzipSync } from "fflate";
import type { ComparedState } from "../../../src/domain/comparison/earlier";
import { exportFileName, exportTable, toCsv } from "../../../src/domain/comparison/exportTable";
import { neutralised } from "../../../src/domain/csvText";
import { toXlsx } from "../../../src/domain/comparison/xlsx";
import { count, defineForm, list, percentOf, periodPart } from "./form";

const S = [
  { id: "ky", number: "", title: "Kỳ báo cáo" },
  { id: "A", number: "II.1", title: "Hồ sơ <&> \"một cửa\"" },
];
const HOSTILE = ["=HYPERLINK(\"http://x\",\"bấm\")", "+1+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR"];
const FORM = defineForm(
  [
    periodPart("quy", "Quý", "quarterRoman", "ky"),
    count("nhan", HOSTILE[0]!, "A"),
    count("xong", "Hồ sơ, đã giải quyết", "A"),
    percentOf("tl", "Tỷ lệ", "A", "xong", "nhan"),
    list("xa", "Các xã", "A"),
  ],
  [],
  S,
);
const state: ComparedState = {
  report: FORM,
  period: { quarter: 2, year: 2026 },
  raw: { "bcdc:nhan": "200", "bcdc:xong": "150", "bcdc:xa": "@Xã A\n=Xã B" },
  unconfirmed: [],
  periods: [
    { period: { quarter: 1, year: 2026 }, figures: { "bcdc:nhan": "250", "bcdc:xong": "100" } },
    { period: { quarter: 2, year: 2025 }, figures: { "bcdc:nhan": "180" } },
  ],
};

describe("exportTable", () => {
  const table = exportTable(state);

  it("has one row per figure and one column per period in time order, with the change against the previous quarter", () => {
    expect(table.header).toEqual(["Mục", "Số liệu", "Đơn vị", "Quý II/2025", "Quý I/2026", "Quý II/2026", "Thay đổi Quý II/2026 so với Quý I/2026", "Thay đổi (%)"]);
    expect(table.rows).toEqual([
      ["II.1 Hồ sơ <&> \"một cửa\"", HOSTILE[0], "số lượng", 180, 250, 200, -50, -20],
      ["II.1 Hồ sơ <&> \"một cửa\"", "Hồ sơ, đã giải quyết", "số lượng", null, 100, 150, 50, 50],
      ["II.1 Hồ sơ <&> \"một cửa\"", "Tỷ lệ", "%", null, 40, 75, 35, 87.5],
      ["II.1 Hồ sơ <&> \"một cửa\"", "Các xã", "", null, null, "@Xã A; =Xã B", null, null],
    ]);
  });

  it("leaves this quarter's carried drafts out until confirmed", () => {
    const carried = exportTable({ ...state, unconfirmed: ["bcdc:nhan"] });
    expect(carried.rows[0]!.slice(3)).toEqual([180, 250, null, null, null]);
  });

  it("names the file after the period", () => {
    expect(exportFileName(state.period)).toBe("so-lieu-quy-ii-2026");
  });
});

describe("CSV", () => {
  it.each(HOSTILE)("writes %j as text, not as a formula", (text) => {
    expect(neutralised(text).startsWith("'")).toBe(true);
    expect(neutralised(text).slice(1)).toBe(text);
  });

  it("starts with a BOM, quotes what needs quoting, keeps numbers (negative ones too) as numbers", () => {
    const csv = toCsv(exportTable(state));
    expect(csv.startsWith("\ufeffMục,Số liệu,Đơn vị,Quý II/2025")).toBe(true);
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe(`"II.1 Hồ sơ <&> ""một cửa""","'=HYPERLINK(""http://x"",""bấm"")",số lượng,180,250,200,-50,-20`);
    expect(lines[2]).toBe(`"II.1 Hồ sơ <&> ""một cửa""","Hồ sơ, đã giải quyết",số lượng,,100,150,50,50`);
    expect(lines[4]).toBe(`"II.1 Hồ sơ <&> ""một cửa""",Các xã,,,,'@Xã A; =Xã B,,`);
    expect(toCsv({ header: ["a"], rows: HOSTILE.map((h) => [h]) }).split("\r\n").slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"",""bấm"")"`, "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTab", `"'\rCR"`,
    ]);
  });
});

describe("xlsx", () => {
  it("stores every text as a string cell (no formula), numbers as numbers, unknown as empty", async () => {
    const table = exportTable(state);
    const blob = await toXlsx({ ...table, rows: [...table.rows, HOSTILE] }, "Số liệu");
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const shared = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    const all = sheet + shared;
    expect(sheet).not.toMatch(/<f[ >]/);
    // The hostile row (6): every cell a shared string, the strings as written.
    for (const column of "ABCDEF") expect(sheet).toMatch(new RegExp(`<c r="${column}6"[^>]* t="s"><v>\\d+</v></c>`));
    const strings = [...shared.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
    for (const text of HOSTILE) expect(strings).toContain(text);
    expect(all).toContain("Hồ sơ &lt;&amp;&gt;");
    expect(sheet).toMatch(/<c r="G2"[^>]*><v>-50<\/v><\/c>/);
    expect(sheet).not.toMatch(/<c r="D3"/);
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain('name="Số liệu"');
  });
});
