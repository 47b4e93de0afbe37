/** Periods of every kind and Nghị định 09/2019's data cut-off for each. */
import { asKind, cutoffOf, followingPeriod, makePeriod, periodAt, periodName } from "../../src/domain/periodKinds";
import { periodText } from "../../src/domain/period";

describe("period kinds", () => {
  it("cut a month's data from the 15th of the month before to the 14th, January from December of the year before", () => {
    expect(cutoffOf(makePeriod("month", 2026, 3))).toEqual({ start: "2026-02-15", end: "2026-03-14" });
    expect(cutoffOf(makePeriod("month", 2026, 1))).toEqual({ start: "2025-12-15", end: "2026-01-14" });
  });

  it("keep the quarter's cut-off (Q1 2026: 15/12/2025 – 14/3/2026)", () => {
    expect(cutoffOf({ quarter: 1, year: 2026 })).toEqual({ start: "2025-12-15", end: "2026-03-14" });
    expect(cutoffOf({ quarter: 4, year: 2026 })).toEqual({ start: "2026-09-15", end: "2026-12-14" });
  });

  it("cut six months and the year from 15/12 of the year before", () => {
    expect(cutoffOf(makePeriod("halfYear", 2026, 1))).toEqual({ start: "2025-12-15", end: "2026-06-14" });
    expect(cutoffOf(makePeriod("halfYear", 2026, 2))).toEqual({ start: "2026-06-15", end: "2026-12-14" });
    expect(cutoffOf(makePeriod("year", 2026, 1))).toEqual({ start: "2025-12-15", end: "2026-12-14" });
  });

  it("name periods as titles write them and follow on into the next year", () => {
    expect([makePeriod("month", 2020, 11), makePeriod("quarter", 2026, 1), makePeriod("halfYear", 2026, 1), makePeriod("year", 2026, 1)].map(periodName))
      .toEqual(["tháng 11 năm 2020", "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026"]);
    expect(followingPeriod(makePeriod("month", 2020, 12))).toEqual(makePeriod("month", 2021, 1));
    expect(followingPeriod(makePeriod("halfYear", 2026, 2))).toEqual(makePeriod("halfYear", 2027, 1));
    expect(followingPeriod(makePeriod("year", 2026, 1))).toEqual(makePeriod("year", 2027, 1));
    expect(periodText(makePeriod("month", 2020, 12), "nextName")).toBe("tháng 1 năm 2021");
    expect(periodText(makePeriod("month", 2020, 11), "month")).toBe("11");
  });

  it("find today's period of each kind, and carry a period over to another kind by its last month", () => {
    const may = new Date(2026, 4, 20);
    expect([periodAt("month", may), periodAt("quarter", may), periodAt("halfYear", may), periodAt("year", may)]).toEqual([
      makePeriod("month", 2026, 5), { quarter: 2, year: 2026 }, makePeriod("halfYear", 2026, 1), makePeriod("year", 2026, 1),
    ]);
    expect(asKind({ quarter: 3, year: 2026 }, "month")).toEqual(makePeriod("month", 2026, 9));
    expect(asKind(makePeriod("month", 2026, 2), "quarter")).toEqual({ quarter: 1, year: 2026 });
  });
});
