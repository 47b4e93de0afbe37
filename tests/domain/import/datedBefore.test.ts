/**
 * A figure counted up to a date before the report's period began is an earlier period's (datedBefore.ts): a clerk
 * who copies last quarter's «tính đến ngày 14/6/2026 … 04 quyết định» into quý III's report has not stated quý III's.
 */
import { datedBeforePeriod, earliestStart } from "../../../src/domain/import/meaning/datedBefore";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const Q3 = { kind: "quarter" as const, index: 3, year: 2026 };
const at = (text: string, n: string, period = Q3) => {
  const start = text.indexOf(n);
  return datedBeforePeriod(text, start, start + n.length, period);
};

describe("datedBeforePeriod", () => {
  it("a quarter counts from the 15th of the month before it at the earliest; the first quarter from last December", () => {
    expect(earliestStart(Q3)).toEqual([2026, 6, 15]);
    expect(earliestStart({ kind: "quarter", index: 1, year: 2026 })).toEqual([2025, 12, 15]);
    expect(earliestStart({ kind: "month", index: 11, year: 2026 })).toEqual([2026, 10, 15]);
    expect(earliestStart({ kind: "quarter", index: null, year: 2026 })).toBeNull();
  });
  it("an end date before the period's start, in the number's clause, either side", () => {
    expect(at("Kiểm soát thủ tục hành chính: tính đến ngày 14/6/2026, Sở đã tham mưu ban hành 04 quyết định công bố.", "04")).toBe(true);
    expect(at("Sở đã tham mưu ban hành 04 quyết định công bố (tính đến hết ngày 31 tháng 5 năm 2026).", "04")).toBe(true);
    expect(at("Tại thời điểm 30/6/2025, Văn phòng có 06 phòng.", "06")).toBe(true);
  });
  it("a «;» inside a bracket ends no clause: the end date before the bracket is still the number's (numberClause.ts)", () => {
    expect(at("Tính đến ngày 14/6/2026 (theo Kế hoạch số 05/KH-UBND; Công văn số 12/VP), Sở đã ban hành 04 quyết định.", "04")).toBe(true);
  });
  it("near-match: a date within the period, a start date, a decision's date, another clause, a comparison", () => {
    expect(at("Kiểm soát thủ tục hành chính: tính đến ngày 14/9/2026, Sở đã tham mưu ban hành 04 quyết định công bố.", "04")).toBe(false);
    expect(at("Tính đến ngày 15/6/2026, Sở đã ban hành 04 quyết định.", "04")).toBe(false);
    expect(at("Từ ngày 01/6/2026 đến nay, Sở đã ban hành 04 quyết định.", "04")).toBe(false);
    expect(at("Theo Quyết định số 12/QĐ-UBND ngày 10/01/2026, Sở được giao 41 biên chế.", "41")).toBe(false);
    expect(at("Tính đến ngày 14/6/2026 có 03 quyết định; trong quý ban hành 04 quyết định.", "04")).toBe(false);
    expect(at("Trong quý ban hành 04 quyết định, tăng 01 so với quý trước (tính đến ngày 14/6/2026: 03).", "04")).toBe(false);
    expect(at("Tính đến ngày 14/6/2026, Sở đã ban hành 04 quyết định.", "04", { kind: "quarter", index: 2, year: 2026 })).toBe(false);
  });
});

it("in quý III's report, last quarter's «tính đến ngày 14/6/2026 … 04 quyết định» is not bound; the quarter's own is", () => {
  const head = "UBND TỈNH AN PHÚ\nVĂN PHÒNG\nBÁO CÁO\nTình hình thực hiện dân chủ ở cơ sở, công tác cán bộ và cải cách hành chính quý III năm 2026\nIII. CẢI CÁCH HÀNH CHÍNH\n";
  const line = (when: string) => `${head}1. Kiểm soát thủ tục hành chính: ${when}, Văn phòng đã tham mưu Chủ tịch UBND tỉnh ban hành 04 quyết định công bố danh mục thủ tục hành chính.`;
  const field = byLabel("Quyết định công bố danh mục TTHC").id;
  const earlier = recognizeFigures(line("tính đến ngày 14/6/2026"), REPORT).get(field);
  expect(boundValue(earlier)).toBeNull();
  expect(boundValue(recognizeFigures(line("tính đến ngày 14/9/2026"), REPORT).get(field))).toBe("04");
  expect(boundValue(recognizeFigures(line("trong quý"), REPORT).get(field))).toBe("04");
});
