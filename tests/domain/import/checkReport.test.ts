import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS } from "../../support/corpusMeasure";
import { REPORT } from "../../support/forms";
import { checkReport, ReportCheckError } from "../../../src/domain/import/checkReport";
import { renderCheck } from "../../../src/domain/import/render";
import { CORRECTED_TEXT } from "../../fixtures/correctedReference";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";

describe("checkReport on the reference report", () => {
  const check = checkReport(REFERENCE_TEXT, { report: REPORT });

  it("reads the period from the title and binds every typed figure", () => {
    expect(check.period).toEqual({ quarter: 1, year: 2026 });
    expect(check.periodFrom).toBe("title");
    expect([check.typedBound, check.typedTotal]).toEqual([62, 62]);
  });

  it("reports the arithmetic, document, citation and structure problems of seed-inventory.md, each with its lines", () => {
    expect(check.problems.map((p) => [p.source, p.key, p.lines])).toEqual([
      ["figures", "hcc.daGiaiQuyetTong", [163]],
      ["figures", "hcc.tong", [163]],
      ["figures", "hcc.kySoLieu", [163]],
      ["document", "doc.disagree:bcdc:bienChe.nam", [15, 67]],
      ["document", "doc.computed:bcdc:hcc.tyLeDangGiaiQuyet", [163]],
      ["citations", "citation.malformed:429-QĐi", [33, 189]],
      ["citations", "citation.conflict:KH:32", [33, 43, 189]],
      ["citations", "range:2026 - 20230", [53]],
      ["citations", "citation.noNgay:144/QĐ-VPUB", [101]],
      ["citations", "citation.planYear:04/KH-UBND", [115]],
      ["citations", "citation.symbolYear:45/2020/NĐ-CP", [157]],
      ["citations", "citation.issuer:3266/UBND-NC", [167]],
      ["structure", "structure.numbering:61", [61]],
      ["structure", "structure.sameTitle:137-141", [137, 141]],
    ]);
    expect([check.errors, check.warnings]).toEqual([9, 5]);
  });

  it("is plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });

  it("renders Vietnamese lines for the command line", () => {
    const out = renderCheck("bao-cao.txt", check).split("\n");
    expect(out[0]).toBe("== bao-cao.txt — quý I năm 2026 (theo tiêu đề)");
    expect(out).toContain("Số liệu nhận ra: 62/62 ô nhập liệu.");
    expect(out).toContain("  Hồ sơ tiếp nhận (Trung tâm PVHCC): 9.780 (dòng 163, mục III.2.c)");
    expect(out).toContain("Vấn đề: 9 lỗi, 5 cảnh báo.");
    expect(out).toContain(
      "  [CẢNH BÁO] (văn bản, dòng 163) Văn bản ghi «Tỷ lệ đang giải quyết (Trung tâm Phục vụ hành chính công tỉnh)» là 9,7%, nhưng theo số liệu phải là 9,82% (960 / 9.780).",
    );
  });
});

describe("checkReport on the corrected reference report", () => {
  it("reports no problem at all", () => {
    const check = checkReport(CORRECTED_TEXT, { report: REPORT });
    expect(check.problems).toEqual([]);
    expect(check.typedBound).toBe(check.typedTotal);
    expect(renderCheck("sua.txt", check)).toContain("Không phát hiện vấn đề nào.");
  });
});

describe("checkReport without a period", () => {
  it("checks what it can and says the period checks did not run when the title names no quarter", () => {
    const check = checkReport("Một văn bản không có tiêu đề báo cáo quý.", { report: REPORT });
    expect([check.period, check.periodFrom, check.complete]).toEqual([null, "none", false]);
    expect(check.unchecked[0]!.message).toContain("--ky I/2026");
  });

  it("says an empty text is empty", () => {
    expect(() => checkReport(" \n\t", { report: REPORT })).toThrow(ReportCheckError);
    expect(() => checkReport("", { report: REPORT })).toThrow("văn bản trống");
  });

  it("uses the period it is given", () => {
    const check = checkReport(REFERENCE_TEXT, { period: { quarter: 2, year: 2026 }, report: REPORT });
    expect(check.periodFrom).toBe("given");
    expect(check.problems.map((p) => p.key)).toContain("structure.quarter.title:8");
  });
});

describe("checkReport's words for a figure left unclear", () => {
  // Both statements of the serving staff count are candidates; the meetings, said to be the communes', have one
  // candidate that the level veto leaves unclear.
  const reworded = readFileSync(join(CORPUS, "reworded/01-ngan-gon.txt"), "utf8").replace("- Giao ban trong quý: 11 cuộc.", "- Giao ban của các xã trong quý: 11 cuộc.");
  const text = `${reworded}\nGhi chú: đến ngày 14/3/2026, công chức có mặt 44 người.\n`;
  const messages = checkReport(text, { report: REPORT }).problems.filter((p) => p.key.startsWith("import.ambiguous:")).map((p) => p.message);

  it("says «có nhiều số» only when there are several, and «chưa chắc» for a single one", () => {
    // The candidates in either order: both named with their lines.
    const several = messages.find((m) => m.includes("«Công chức đang thực hiện»"));
    expect(several).toMatch(/: có nhiều số có thể là số liệu này \((44 \(dòng \d+\), 46 \(dòng 14\)|46 \(dòng 14\), 44 \(dòng \d+\))/);
    const single = messages.filter((m) => m.includes(": chưa chắc "));
    for (const m of single) expect(m).toMatch(/: chưa chắc \S+ \(dòng \d+\) là số liệu này; hãy nhập tay\.$/);
    expect(single).toEqual([expect.stringContaining("«Cuộc họp giao ban trong quý»: chưa chắc 11 (dòng 45)")]);
  });
});
