/**
 * Next year's plan beside this year's (543, quý IV/2026): «Kế hoạch kiểm soát TTHC năm 2026 gồm 08 nhóm công việc …
 * Dự thảo Kế hoạch năm 2027 gồm 09 nhóm công việc» — the draft's 09 is not the form's figure. The other side: a fourth
 * quarter's report that gives only next year's plan gives the form's figure (21, quý IV/2025: «Kế hoạch kiểm soát
 * TTHC năm 2026 … với 08 nhóm công việc»).
 */
import { laterYearBesideOwn } from "../../../src/domain/import/meaning/laterYearPlan";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const q4of = (year: number) => scopeOfKind("quarter", 4, year);
const at = (text: string, figure: string) => text.indexOf(figure);

const bound = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text).join("|") : (r?.state ?? null);
};

const both =
  "2. Kiểm soát thủ tục hành chính: Kế hoạch kiểm soát thủ tục hành chính năm 2026 gồm 08 nhóm công việc với 30 nhiệm vụ cụ thể, đến ngày 14/12/2026 hoàn thành 29/30 nhiệm vụ. Dự thảo Kế hoạch năm 2027 gồm 09 nhóm công việc, 34 nhiệm vụ.";
const onlyNext = "b) Kiểm soát thủ tục hành chính: Văn phòng tham mưu ban hành Kế hoạch kiểm soát TTHC năm 2026 (Quyết định số 2877/QĐ-UBND ngày 05/12/2025) với 08 nhóm công việc; 45 nhiệm vụ cụ thể.";

describe("next year's plan beside this year's", () => {
  it("is next year's: the draft's numbers, after the report's own year in the paragraph", () => {
    expect(laterYearBesideOwn(both, at(both, "09"), q4of(2026))).toBe(true);
    expect(laterYearBesideOwn(both, at(both, "34"), q4of(2026))).toBe(true);
    expect(laterYearBesideOwn(both, at(both, "08"), q4of(2026))).toBe(false);
  });

  it("near-miss: next year's plan alone, in a fourth quarter's report, is the form's figure", () => {
    expect(laterYearBesideOwn(onlyNext, at(onlyNext, "08"), q4of(2025))).toBe(false);
    const text = `UBND TỈNH ĐẮK LẮK\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2025\nIII. THỰC HIỆN DÂN CHỦ\n${onlyNext}\n`;
    expect(bound(text, "bcdc:ksthc.soNhom")).toBe("08");
  });

  it("leaves the draft's count for the clerk, never bound as this year's", () => {
    const text = `UBND TỈNH CÀ MAU\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2026\nIII. CẢI CÁCH HÀNH CHÍNH\n${both}\n`;
    expect(bound(text, "bcdc:ksthc.soNhom")).not.toBe("09");
  });
});
