import { sectionChanges } from "../../../src/domain/comparison/chartData";
import { compareFigures, periodValues } from "../../../src/domain/comparison/compare";
import { count, defineForm, percentOf } from "./form";

const FORM = defineForm(
  [count("nhan", "Hồ sơ nhận", "A"), count("som", "Hồ sơ trả sớm", "A"), percentOf("tyLe", "Tỷ lệ trả sớm", "A", "som", "nhan"), count("moi", "Hồ sơ mới", "A")],
  [],
  [{ id: "A", number: "1", title: "Hồ sơ" }],
);
const Q4 = { quarter: 4, year: 2025 } as const;
const Q1 = { quarter: 1, year: 2026 } as const;

describe("sectionChanges", () => {
  // 7,79% → 12,35%: the rate rose 4,56 points; its relative change (+58,54%) would be drawn as the rate's rise.
  const rows = compareFigures({
    report: FORM,
    previous: periodValues(FORM, { "bcdc:nhan": "770", "bcdc:som": "60" }, Q4),
    current: periodValues(FORM, { "bcdc:nhan": "850", "bcdc:som": "105", "bcdc:moi": "3" }, Q1),
  });
  const series = sectionChanges(rows, "A", (row) => row);

  it("draws the counts' relative change and says a percentage's change in points instead", () => {
    expect(series.labels).toEqual(["Hồ sơ nhận", "Hồ sơ trả sớm"]);
    expect(series.values).toEqual([10.39, 75]);
    expect(series.points).toEqual([{ label: "Tỷ lệ trả sớm", change: 4.56 }]);
    expect(series.left).toEqual(["Hồ sơ mới"]);
  });

  it("lists a percentage unknown on a side as not drawn, not as a change", () => {
    const unknown = compareFigures({ report: FORM, previous: null, current: periodValues(FORM, { "bcdc:nhan": "850", "bcdc:som": "105" }, Q1) });
    const none = sectionChanges(unknown, "A", (row) => row);
    expect(none.points).toEqual([]);
    expect(none.left).toEqual(["Hồ sơ nhận", "Hồ sơ trả sớm", "Tỷ lệ trả sớm", "Hồ sơ mới"]);
  });
});
