/** The stored part keeps a document's form and a period of any kind, and reads both back unchanged. */
import { emptyStoredReport, storedReportFromXml, storedReportToXml } from "../../src/domain/storedReport";
import { makePeriod } from "../../src/domain/periodKinds";
import { formText } from "../support/forms";

describe("stored form and period kinds", () => {
  it("round-trips the form text, hostile characters included, and its format version", () => {
    const text = JSON.stringify({ ...JSON.parse(formText("tiep-cong-dan-thang")), title: "]]></mauBaoCao><x a=\"&\">" });
    const xml = storedReportToXml({ ...emptyStoredReport({ quarter: 1, year: 2026 }), form: { formatVersion: 1, text } });
    expect(xml).toContain('<mauBaoCao phienBan="1">');
    expect(storedReportFromXml(xml)?.form).toEqual({ formatVersion: 1, text });
  });

  it("round-trips monthly, half-year and annual periods, and a quarter stays as before", () => {
    for (const period of [makePeriod("month", 2020, 11), makePeriod("halfYear", 2026, 2), makePeriod("year", 2026, 1), { quarter: 3 as const, year: 2026 }]) {
      expect(storedReportFromXml(storedReportToXml(emptyStoredReport(period)))?.period).toEqual(period);
    }
    expect(storedReportToXml(emptyStoredReport({ quarter: 3, year: 2026 }))).not.toContain("loaiKy");
    expect(storedReportToXml(emptyStoredReport(makePeriod("month", 2020, 11)))).toMatch(/<baoCao [^>]*loaiKy="month"[^>]*thang="11"/);
  });
});
