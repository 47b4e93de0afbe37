import { byLargestChange, bySection, changeBetween, compareFigures, periodValues } from "../../../src/domain/comparison/compare";
import { count, defineForm, percentOf, sumOf, text, year } from "./form";

const SECTIONS = [
  { id: "A", number: "1", title: "Hồ sơ" },
  { id: "B", number: "2", title: "Cán bộ" },
];
const FORM = defineForm(
  [
    count("nhan", "Hồ sơ nhận", "A"),
    count("xong", "Hồ sơ giải quyết", "A"),
    percentOf("tyLe", "Tỷ lệ giải quyết", "A", "xong", "nhan"),
    count("canBo", "Cán bộ", "B"),
    count("moi", "Cán bộ mới", "B"),
    sumOf("tong", "Tổng", "B", ["canBo", "moi"]),
    year("nam", "Năm", "B"),
    text("ten", "Tên", "B"),
  ],
  [],
  SECTIONS,
);
const Q1 = { quarter: 1, year: 2026 } as const;
const Q4 = { quarter: 4, year: 2025 } as const;

describe("changeBetween", () => {
  it.each([
    [100, 130, 30, 30, "up"],
    [8, 6, -2, -25, "down"],
    [5, 5, 0, 0, "same"],
    [0, 4, 4, null, "up"],
    [95.06, 93.5, -1.56, -1.64, "down"],
  ])("%p → %p: change %p, %p%%, %p", (previous, current, change, percent, status) => {
    expect(changeBetween(previous, current)).toEqual({ change, changePercent: percent, status });
  });

  it("computes nothing from an unknown side", () => {
    expect(changeBetween(null, 4)).toEqual({ change: null, changePercent: null, status: "unknown" });
    expect(changeBetween(4, null)).toEqual({ change: null, changePercent: null, status: "unknown" });
  });
});

describe("compareFigures", () => {
  const current = periodValues(FORM, { "bcdc:nhan": "200", "bcdc:xong": "150", "bcdc:canBo": "10", "bcdc:nam": "2026", "bcdc:ten": "X" }, Q1);
  const previous = periodValues(FORM, { "bcdc:nhan": "100", "bcdc:xong": "100", "bcdc:canBo": "10", "bcdc:moi": "2" }, Q4);
  const rows = compareFigures({ report: FORM, current, previous });

  it("compares every count and percentage, typed or computed, and nothing else", () => {
    expect(rows.map((r) => r.id)).toEqual(["bcdc:nhan", "bcdc:xong", "bcdc:tyLe", "bcdc:canBo", "bcdc:moi", "bcdc:tong"]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("bcdc:nhan")).toMatchObject({ previous: 100, current: 200, change: 100, changePercent: 100, status: "up", unit: "số lượng" });
    expect(byId.get("bcdc:tyLe")).toMatchObject({ previous: 100, current: 75, change: -25, changePercent: -25, status: "down", unit: "%" });
    expect(byId.get("bcdc:canBo")).toMatchObject({ change: 0, status: "same" });
    // Missing this quarter: unknown, never 0; the sum of an unknown part is unknown too.
    expect(byId.get("bcdc:moi")).toMatchObject({ previous: 2, current: null, change: null, status: "unknown" });
    expect(byId.get("bcdc:tong")).toMatchObject({ previous: 12, current: null, status: "unknown" });
    expect(byId.get("bcdc:nhan")?.yearChange.status).toBe("unknown");
  });

  it("sorts by the largest relative change, changes from 0 first, unchanged then unknown last", () => {
    const withZero = compareFigures({
      report: FORM,
      current,
      previous: periodValues(FORM, { "bcdc:nhan": "0", "bcdc:xong": "120", "bcdc:canBo": "10", "bcdc:moi": "2" }, Q4),
    });
    expect(byLargestChange(withZero).map((r) => r.id)).toEqual(["bcdc:nhan", "bcdc:xong", "bcdc:canBo", "bcdc:tyLe", "bcdc:moi", "bcdc:tong"]);
  });

  it("groups by section in the definition's order", () => {
    expect(bySection(rows).map((g) => [g.section.title, g.rows.length])).toEqual([["Hồ sơ", 3], ["Cán bộ", 3]]);
  });
  // The 500-figure timing (< 5 ms) is a row of `npm run bench` (scripts/bench/comparison.ts): jest's transpiled code is not what ships.
});
