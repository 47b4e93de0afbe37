import { figuresOf, periodName, previousQuarter, sameQuarterLastYear, withPeriod } from "../../../src/domain/comparison/periods";
import { storedReportFromXml, storedReportToXml, type StoredReport } from "../../../src/domain/storedReport";

describe("earlier periods", () => {
  it("steps back a quarter across the year and to the same quarter of the year before", () => {
    expect(previousQuarter({ quarter: 1, year: 2026 })).toEqual({ quarter: 4, year: 2025 });
    expect(previousQuarter({ quarter: 3, year: 2026 })).toEqual({ quarter: 2, year: 2026 });
    expect(sameQuarterLastYear({ quarter: 2, year: 2026 })).toEqual({ quarter: 2, year: 2025 });
    expect(periodName({ quarter: 4, year: 2025 })).toBe("Quý IV/2025");
  });

  it("keeps one entry per period, in time order, the newest replacing an older one of the same period", () => {
    let list = withPeriod([], { period: { quarter: 1, year: 2026 }, figures: { a: "1" } });
    list = withPeriod(list, { period: { quarter: 3, year: 2025 }, figures: { a: "2" } });
    list = withPeriod(list, { period: { quarter: 1, year: 2026 }, figures: { a: "3" } });
    expect(list.map((p) => periodName(p.period))).toEqual(["Quý III/2025", "Quý I/2026"]);
    expect(figuresOf(list, { quarter: 1, year: 2026 })).toEqual({ a: "3" });
    expect(figuresOf(list, { quarter: 2, year: 2026 })).toBeUndefined();
  });
});

describe("earlier periods in the stored report", () => {
  const sample: StoredReport = {
    period: { quarter: 2, year: 2026 },
    figures: { "bcdc:hcc.tiepNhan": "9.900" },
    written: {},
    history: [],
    periods: [
      { period: { quarter: 2, year: 2025 }, figures: { "bcdc:hcc.tiepNhan": "8.000" } },
      { period: { quarter: 1, year: 2026 }, figures: { "bcdc:hcc.tiepNhan": "9.780", "bcdc:anSinh.tenXa": `=HYPERLINK("x")<&>` } },
    ],
  };

  it("round-trips every period's figures as flat soLieuKy elements, escaped, without touching the current figures", () => {
    const xml = storedReportToXml(sample);
    expect(xml.match(/<soLieuKy /g)).toHaveLength(3);
    expect(xml).toContain('quy="1" nam="2026" id="bcdc:hcc.tiepNhan">9.780</soLieuKy>');
    expect(xml).toContain("&lt;&amp;&gt;");
    const back = storedReportFromXml(xml);
    expect(back).toEqual(sample);
    expect(back?.figures).toEqual({ "bcdc:hcc.tiepNhan": "9.900" });
  });

  it("reads parts without earlier periods as before, and leaves out an element with an impossible period", () => {
    expect(storedReportFromXml(storedReportToXml({ ...sample, periods: [] }))?.periods).toBeUndefined();
    const xml = storedReportToXml(sample).replace('quy="2" nam="2025"', 'quy="7" nam="2025"');
    expect(storedReportFromXml(xml)?.periods?.map((p) => p.period)).toEqual([{ quarter: 1, year: 2026 }]);
  });
});
