/**
 * A year's plan named in a later quarter's report is the year's, not the quarter's planned figure (meaning/yearPlan.ts,
 * asked in the precision layer for figures described as planned). A Quảng Bình clerk's sentences, not the held-out Hà
 * Tĩnh report's.
 */
import { yearsPlanBefore } from "../../../src/domain/import/meaning/yearPlan";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";

const before = (sentence: string, figure: string) => sentence.slice(0, sentence.indexOf(figure));

describe("a plan of the report's whole year before the number, in a quarter after the first", () => {
  const q3 = scopeOfKind("quarter", 3, 2025);

  it.each([
    ["Kế hoạch kiểm tra năm 2025 của Văn phòng gồm 04 đơn vị.", "04"],
    ["Văn phòng ban hành Kế hoạch số 12/KH-VP ngày 10/01/2025 về kiểm tra năm 2025 tại 03 phòng.", "03"],
  ])("«%s»: %s is the year's", (sentence, figure) => expect(yearsPlanBefore(before(sentence, figure), q3)).toBe(true));

  it.each([
    // The sentence names the quarter after the plan: the number is that quarter's plan.
    ["Theo Kế hoạch kiểm tra năm 2025, trong quý III Văn phòng dự kiến kiểm tra 02 đơn vị.", "02"],
    // A quarter in the plan's clause makes the year the quarter's.
    ["Theo Kế hoạch số 45/KH-VP, trong quý IV năm 2025 dự kiến kiểm tra 02 đơn vị.", "02"],
    // Next year's plan (a later year) is a plan for the periods ahead, judged elsewhere.
    ["Kế hoạch kiểm tra năm 2026 gồm 02 đơn vị.", "02"],
    // The nearest plan is another year's: «… năm 2025, … và kế hoạch kiểm tra năm 2026 … hai phòng».
    ["Ban hành Kế hoạch dân chủ năm 2025 và kế hoạch kiểm tra năm 2026 theo đó sẽ kiểm tra tại 02 phòng.", "02"],
    // No plan named: a year alone names no period of its own.
    ["Năm 2025 Văn phòng dự kiến kiểm tra 02 đơn vị.", "02"],
  ])("near-match «%s»: %s", (sentence, figure) => expect(yearsPlanBefore(before(sentence, figure), q3)).toBe(false));

  it("in a first quarter the year's plan, issued in it, is the quarter's plan", () => {
    expect(yearsPlanBefore("Kế hoạch kiểm tra năm 2025 của Văn phòng gồm ", scopeOfKind("quarter", 1, 2025))).toBe(false);
  });
});
