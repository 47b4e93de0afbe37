/**
 * @jest-environment jsdom
 *
 * The stored report with the browser's XML parser and serializer, as the production build maps them
 * (src/domain/xml/nativeXmlDom.ts); jsdom stands in for the browser.
 */
import { storedReportFromXml, storedReportToXml, type StoredReport } from "../../src/domain/storedReport";

jest.mock("@xmldom/xmldom", () => jest.requireActual("../../src/domain/xml/nativeXmlDom"));

const sample: StoredReport = {
  period: { quarter: 2, year: 2026 },
  figures: { "bcdc:hcc.tiepNhan": "9.780", "bcdc:anSinh.tenXa": `<w:t>&"'\u200f` },
  written: { "bcdc:hcc.tiepNhan": "9.780" },
  history: [{ field: "bcdc:hcc.tiepNhan", from: "9.700", to: "9.780", at: "2026-03-05T08:00:00.000Z", by: "Nguyễn Văn A <&>" }],
};

describe("stored report XML with the browser's parser", () => {
  it("uses the platform's DOMParser, not @xmldom/xmldom", () => {
    expect(jest.requireMock<{ DOMParser: unknown }>("@xmldom/xmldom").DOMParser).toBe(window.DOMParser);
  });

  it("round-trips figures, writes and history, escaping markup in user text", () => {
    const xml = storedReportToXml(sample);
    expect(xml).not.toContain("<w:t>");
    expect(storedReportFromXml(xml)).toEqual(sample);
  });

  it.each([
    ["truncated XML", "<baoCao"],
    ["a damaged part of ours", `<baoCao xmlns="urn:bcdc:bao-cao-dan-chu:1" quy="1" nam="2026"><soLieu id="x">1</soLieu`],
    ["another namespace", `<baoCao xmlns="urn:other" quy="1" nam="2026"/>`],
  ])("returns null for %s", (_name, xml) => {
    expect(storedReportFromXml(xml)).toBeNull();
  });
});
