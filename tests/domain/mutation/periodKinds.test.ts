/** Periods at the edges hand-made mutants found untested (issue 14): the half-year's last month, a month vs its quarter. */
import { asKind, makePeriod, periodAt, samePeriod } from "../../../src/domain/periodKinds";

describe("period edges", () => {
  it("puts June in the first half-year and July in the second, and the same for quarters and months", () => {
    expect(periodAt("halfYear", new Date(2026, 5, 30))).toEqual(makePeriod("halfYear", 2026, 1));
    expect(periodAt("halfYear", new Date(2026, 6, 1))).toEqual(makePeriod("halfYear", 2026, 2));
    expect(periodAt("quarter", new Date(2026, 2, 31))).toEqual({ quarter: 1, year: 2026 });
    expect(periodAt("quarter", new Date(2026, 3, 1))).toEqual({ quarter: 2, year: 2026 });
    expect(periodAt("month", new Date(2026, 11, 31))).toEqual(makePeriod("month", 2026, 12));
  });

  it("tells two months of one quarter apart, and a month from its quarter", () => {
    expect(samePeriod(makePeriod("month", 2026, 4), makePeriod("month", 2026, 5))).toBe(false);
    expect(samePeriod(makePeriod("month", 2026, 4), makePeriod("month", 2026, 4))).toBe(true);
    expect(samePeriod(makePeriod("month", 2026, 6), { quarter: 2, year: 2026 })).toBe(false);
    expect(samePeriod({ quarter: 2, year: 2026 }, { kind: "quarter", quarter: 2, year: 2026 })).toBe(true);
    expect(samePeriod({ quarter: 2, year: 2026 }, { quarter: 2, year: 2027 })).toBe(false);
    expect(samePeriod({ quarter: 2, year: 2026 }, { quarter: 3, year: 2026 })).toBe(false);
  });

  it("carries a month to the half-year and the year it falls in", () => {
    expect(asKind(makePeriod("month", 2026, 6), "halfYear")).toEqual(makePeriod("halfYear", 2026, 1));
    expect(asKind(makePeriod("month", 2026, 7), "halfYear")).toEqual(makePeriod("halfYear", 2026, 2));
    expect(asKind(makePeriod("month", 2026, 4), "month")).toEqual(makePeriod("month", 2026, 4));
    expect(asKind(makePeriod("halfYear", 2026, 1), "quarter")).toEqual({ quarter: 2, year: 2026 });
  });
});
