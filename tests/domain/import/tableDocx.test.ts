/**
 * Two Word tables of shapes the corpus does not have, built here as .docx (w:gridSpan, w:vMerge) and read as
 * `npm run check` reads them: a table by agency with a «STT» column and a «Toàn tỉnh» row under a group header, and a
 * table by indicator with this quarter and the same quarter last year side by side, each split into count and «(%)».
 */
import { recognise, top, under, type Cell } from "../../support/tableDocx";
import { REPORT } from "../../support/forms";

describe("a table by agency: «STT», a group header over four columns, a «Toàn tỉnh» row", () => {
  const blocks: Array<string | Cell[][]> = [
    "II. CẢI CÁCH HÀNH CHÍNH",
    "Kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh trong quý:",
    [
      [top("STT"), top("Cơ quan"), { text: "Kết quả giải quyết hồ sơ", span: 4 }],
      [under, under, "Tiếp nhận", "Đã giải quyết", "Trễ hạn", "Đang giải quyết"],
      ["1", "Sở Xây dựng", "486", "455", "12", "31"],
      ["2", "Sở Tư pháp", "3.912", "3.860", "4", "52"],
      ["3", "Sở Công Thương", "1.603", "1.540", "21", "63"],
      ["", "Tổng cộng", "6.001", "5.855", "37", "146"],
    ],
  ];
  const provinceWide = blocks.map((b) => (typeof b === "string" ? b : b.map((row) => row.map((c) => (c === "Tổng cộng" ? "Toàn tỉnh" : c))))); 

  it("writes each row with a cell per grid column, the group's span kept", async () => {
    const { text } = await recognise(blocks);
    expect(text.split("\n")).toContain("STT\tCơ quan\tKết quả giải quyết hồ sơ\t\t\t");
  });

  it("binds the centre's figures from the total row, none from an agency's row", async () => {
    const { value } = await recognise(blocks);
    expect(value("bcdc:hcc.tiepNhan")).toEqual(["6.001"]);
    expect(value("bcdc:hcc.daGiaiQuyet")).toEqual(["5.855"]);
    expect(value("bcdc:hcc.dangGiaiQuyet")).toEqual(["146"]);
    for (const id of ["bcdc:hcc.tiepNhan", "bcdc:hcc.daGiaiQuyet", "bcdc:hcc.treHan", "bcdc:hcc.dangGiaiQuyet"]) {
      expect(["486", "3.912", "1.603", "455", "12", "4", "21", "31", "52", "63"]).not.toContain((value(id) as string[] | string)[0]);
    }
  });

  it("with a «Toàn tỉnh» row: the total is still the only candidate, left to the clerk (the level veto: a province-wide figure)", async () => {
    const { value } = await recognise(provinceWide);
    for (const id of ["bcdc:hcc.tiepNhan", "bcdc:hcc.daGiaiQuyet", "bcdc:hcc.dangGiaiQuyet"]) expect(value(id)).toBe("ambiguous");
  });
});

describe("a table by indicator: this quarter beside the same quarter last year, each as count and «(%)»", () => {
  const blocks: Array<string | Cell[][]> = [
    "2. Cải cách hành chính",
    "a) Bộ phận một cửa của Văn phòng",
    [
      [top("Chỉ tiêu"), { text: "Quý II năm 2026", span: 2 }, { text: "Cùng kỳ năm 2025", span: 2 }],
      [under, "Số hồ sơ", "Tỷ lệ (%)", "Số hồ sơ", "Tỷ lệ (%)"],
      ["Tiếp nhận", "84", "", "75", ""],
      ["Đã giải quyết", "79", "94,05", "70", "93,33"],
      ["Trả sớm hạn", "10", "12,66", "08", "11,43"],
      ["Đang giải quyết", "05", "5,95", "05", "6,67"],
    ],
  ];

  it("binds this quarter's counts and rates, the «(%)» cells read as percentages", async () => {
    const { value } = await recognise(blocks);
    expect(value("bcdc:motCuaVp.tiepNhan")).toEqual(["84"]);
    expect(value("bcdc:motCuaVp.traSom")).toEqual(["10"]);
    expect(value("bcdc:motCuaVp.tyLeTraSom")).toEqual(["12,66"]);
  });

  it("never binds last year's column to a figure of this quarter", async () => {
    const { value } = await recognise(blocks);
    const lastYear = ["75", "70", "93,33", "08", "11,43", "6,67"];
    for (const f of REPORT.fields) {
      const got = value(f.id);
      if (Array.isArray(got)) expect(lastYear).not.toContain(got[0]);
    }
  });
});
