/**
 * The pane formats numbers without Intl (building Intl.NumberFormat("vi-VN") cost the start 17–80 ms): its output
 * must be Intl's own, character for character, for every value it can be given.
 */
import fc from "fast-check";
import { formatCount, formatGrouped, formatPercent, roundTo } from "../../../src/domain/vnNumber";

const whole = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0, useGrouping: true });
const twoDecimals = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe("Vietnamese number formatting matches Intl.NumberFormat('vi-VN')", () => {
  it("groups whole numbers, rounding fractions half away from zero, signs and -0 included", () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer().map((n) => n + 0.5)), (value) => {
        expect(formatGrouped(value)).toBe(whole.format(value));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes counts as Intl does from 10 up (under 10 they take a leading zero)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(formatCount(value)).toBe(whole.format(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("writes percentages with two decimals as Intl does with the value rounded to the digits shown", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(formatPercent(value)).toBe(`${twoDecimals.format(roundTo(value, 2))}%`);
      }),
      { numRuns: 3000 },
    );
  });

  it("hands what it does not cover to Intl: infinities, NaN, numbers past 1e21", () => {
    for (const value of [Infinity, -Infinity, NaN, 1e21, 123e25]) expect(formatGrouped(value)).toBe(whole.format(value));
  });
});
