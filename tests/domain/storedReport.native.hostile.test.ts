/**
 * @jest-environment jsdom
 *
 * Hostile XML in the stored part with the browser's parser (the production build's, src/domain/xml/nativeXmlDom.ts;
 * jsdom stands in for Chromium): entities are never expanded into figures, external ones never fetched, and a
 * newer version's part is recognised and not read. (Nesting is not tried here: jsdom's parser, unlike Chromium's,
 * takes minutes on 100,000 levels.)
 */
import { readStoredReport, STORED_NAMESPACE_PREFIX } from "../../src/domain/storedReport";

jest.mock("@xmldom/xmldom", () => jest.requireActual("../../src/domain/xml/nativeXmlDom"));

const part = (body: string, ns = `${STORED_NAMESPACE_PREFIX}1`) => `<baoCao xmlns="${ns}" quy="1" nam="2026">${body}</baoCao>`;

describe("hostile stored parts, browser parser", () => {
  it("does not expand a billion laughs into a figure", () => {
    const entities = Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("");
    const xml = `<?xml version="1.0"?><!DOCTYPE baoCao [<!ENTITY a "${"a".repeat(100)}">${entities}]>${part(`<soLieu id="ab:f">&j;</soLieu>`)}`;
    const read = readStoredReport(xml);
    const text = read.kind === "report" ? (read.report.figures["ab:f"] ?? "") : "";
    expect(text.length).toBeLessThan(1000);
  });

  it("never reads an external entity", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE baoCao [<!ENTITY x SYSTEM "file:///etc/passwd">]>${part(`<soLieu id="ab:f">&x;</soLieu>`)}`;
    expect(JSON.stringify(readStoredReport(xml))).not.toContain("root:");
  });

  it("recognises a newer version's part and reads nothing of it", () => {
    expect(readStoredReport(part(`<soLieu id="ab:f">1</soLieu>`, `${STORED_NAMESPACE_PREFIX}2`))).toEqual({ kind: "newer", version: 2 });
  });
});
