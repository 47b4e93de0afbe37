/** Earlier periods of every kind a form may have: months, quarters, half-years, years (issue 12). */
import { againstPeriod, parsePhraseTag, phraseTag } from "../../../src/domain/comparison/phraseTag";
import { periodIndex, periodName, previousPeriod, samePeriodLastYear, withPeriod } from "../../../src/domain/comparison/periods";
import { fieldName } from "../../../src/domain/fieldName";
import { makePeriod } from "../../../src/domain/periodKinds";
import { storedReportFromXml, storedReportToXml, type StoredReport } from "../../../src/domain/storedReport";
import { builtInDefinition } from "../../support/forms";

const month = (year: number, m: number) => makePeriod("month", year, m);
const half = (year: number, h: number) => makePeriod("halfYear", year, h);
const wholeYear = (year: number) => makePeriod("year", year, 1);

describe("the period before, and the same one a year before, of each kind", () => {
  it("steps back a month, across the year", () => {
    expect(previousPeriod(month(2026, 3))).toEqual(month(2026, 2));
    expect(previousPeriod(month(2026, 1))).toEqual(month(2025, 12));
    expect(samePeriodLastYear(month(2026, 3))).toEqual(month(2025, 3));
  });

  it("steps back a half-year and a year; a quarter as before", () => {
    expect(previousPeriod(half(2026, 2))).toEqual(half(2026, 1));
    expect(previousPeriod(half(2026, 1))).toEqual(half(2025, 2));
    expect(samePeriodLastYear(half(2026, 1))).toEqual(half(2025, 1));
    expect(previousPeriod(wholeYear(2026))).toEqual(wholeYear(2025));
    expect(previousPeriod({ quarter: 1, year: 2026 })).toEqual({ quarter: 4, year: 2025 });
  });

  it("names each kind, and sorts them by when they end (a month is not its quarter)", () => {
    expect([month(2026, 3), half(2026, 1), wholeYear(2025), { quarter: 1 as const, year: 2026 }].map(periodName)).toEqual([
      "Tháng 3/2026",
      "6 tháng đầu/2026",
      "Năm 2025",
      "Quý I/2026",
    ]);
    expect(periodIndex(month(2026, 3))).not.toBe(periodIndex({ quarter: 1, year: 2026 }));
    const months = [month(2026, 1), month(2025, 12), month(2026, 2)].reduce((list, p) => withPeriod(list, { period: p, figures: {} }), [] as ReturnType<typeof withPeriod>);
    expect(months.map((p) => periodName(p.period))).toEqual(["Tháng 12/2025", "Tháng 1/2026", "Tháng 2/2026"]);
  });
});

describe("what a phrase compares with, in words", () => {
  it("says the month, the half-year, the year", () => {
    expect(againstPeriod("previous", month(2026, 3))).toBe("so với tháng trước");
    expect(againstPeriod("lastYear", month(2026, 3))).toBe("so với cùng kỳ năm trước");
    expect(againstPeriod("lastYear", half(2026, 1))).toBe("so với 6 tháng đầu năm trước");
    expect(againstPeriod("previous", half(2026, 1))).toBe("so với 6 tháng cuối năm trước");
    expect(againstPeriod("previous", half(2026, 2))).toBe("so với 6 tháng đầu năm");
    expect(againstPeriod("previous", wholeYear(2026))).toBe("so với năm trước");
    expect(againstPeriod("previous", { quarter: 2, year: 2026 })).toBe("so với quý trước");
  });

  it("tags a quarterly form's phrase as before (@quyTruoc), other kinds' @kyTruoc, and reads both", () => {
    expect(phraseTag("tcd:tong", "previous", "month")).toBe("tcd:tong@kyTruoc");
    expect(phraseTag("bcdc:a", "previous", "quarter")).toBe("bcdc:a@quyTruoc");
    expect(parsePhraseTag("tcd:tong@kyTruoc")).toEqual({ field: "tcd:tong", basis: "previous" });
    expect(parsePhraseTag("bcdc:a@cungKy")).toEqual({ field: "bcdc:a", basis: "lastYear" });
    expect(parsePhraseTag("@cungKy")).toBeNull();
  });

  it("names a phrase control after its field in messages and history, not by its tag", () => {
    const quarterly = builtInDefinition("bao-cao-dan-chu-quy");
    expect(fieldName(quarterly, "bcdc:hcc.tiepNhan@quyTruoc")).toBe("Hồ sơ tiếp nhận (Trung tâm PVHCC) — so với quý trước");
    const monthly = builtInDefinition("tiep-cong-dan-thang");
    const first = monthly.fields.find((f) => f.kind === "count" && !f.formula)!;
    expect(fieldName(monthly, `${first.id}@kyTruoc`)).toBe(`${fieldName(monthly, first.id)} — so với tháng trước`);
    expect(fieldName(quarterly, "bcdc:khongCo@quyTruoc")).toBe("bcdc:khongCo@quyTruoc");
  });
});

describe("earlier periods of other kinds in the stored part", () => {
  const sample: StoredReport = {
    period: month(2026, 3),
    figures: { "tcd:a": "12" },
    written: {},
    history: [],
    periods: [
      { period: month(2025, 3), figures: { "tcd:a": "7" } },
      { period: month(2026, 2), figures: { "tcd:a": "10" } },
    ],
  };

  it("round-trips months with loaiKy and thang beside quy and nam", () => {
    const xml = storedReportToXml(sample);
    expect(xml).toContain('<soLieuKy quy="1" nam="2026" id="tcd:a" loaiKy="month" thang="2">10</soLieuKy>');
    expect(storedReportFromXml(xml)).toEqual(sample);
  });

  it("still reads a quarter written without loaiKy, and round-trips half-years and years", () => {
    const old = `<baoCao xmlns="urn:bcdc:bao-cao-dan-chu:1" quy="2" nam="2026"><soLieuKy quy="1" nam="2026" id="bcdc:a">9.780</soLieuKy></baoCao>`;
    expect(storedReportFromXml(old)?.periods).toEqual([{ period: { quarter: 1, year: 2026 }, figures: { "bcdc:a": "9.780" } }]);
    const halves: StoredReport = { ...sample, period: half(2026, 2), periods: [{ period: half(2026, 1), figures: { "tcd:a": "3" } }, { period: wholeYear(2025), figures: { "tcd:a": "9" } }] };
    expect(storedReportFromXml(storedReportToXml(halves))?.periods).toEqual([...halves.periods!].sort((a, b) => periodIndex(a.period) - periodIndex(b.period)));
  });

  it("leaves out a period that cannot be: a month outside its quarter, a month without loaiKy, an unknown kind", () => {
    const xml = storedReportToXml(sample);
    for (const bad of [
      xml.replace('loaiKy="month" thang="2"', 'loaiKy="month" thang="5"'),
      xml.replace(' loaiKy="month" thang="2"', ' thang="2"'),
      xml.replace('loaiKy="month" thang="2"', 'loaiKy="week" thang="2"'),
      xml.replace(' thang="2"', ""),
    ]) {
      expect(storedReportFromXml(bad)?.periods?.map((p) => periodName(p.period))).toEqual(["Tháng 3/2025"]);
    }
  });
});
