/** @jest-environment jsdom */
import { withComputed } from "../../../src/domain/compute";
import { REPORT } from "../../support/forms";
import { writeReportDocx } from "../../../src/domain/template/docx";
import { escapeXml } from "../../../src/domain/template/docx/xml";
import { REFERENCE_OFFICE, type OfficeSettings } from "../../../src/domain/template/settings";
import { all, controls, openPart, parseXml, textOf } from "./docxParts";

const HOSTILE = `<w:t>&"'</w:t>]]><!--`;
const PERIOD = { quarter: 1, year: 2026 } as const;
const PARTS = ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"];

async function paragraphsOf(settings: OfficeSettings, values = withComputed(REPORT, new Map(), PERIOD)): Promise<string[]> {
  const docx = await writeReportDocx(REPORT, settings, values, { period: PERIOD });
  for (const part of PARTS) await openPart(docx, part); // each throws if malformed
  return all(await openPart(docx, "word/document.xml"), "p").map(textOf);
}

describe("text that looks like markup", () => {
  it("is caught by the test's own parser when it is not escaped", () => {
    expect(() => parseXml(`<w:t>${HOSTILE}</w:t>`)).toThrow(/Malformed XML/);
  });

  it.each<keyof OfficeSettings>(["governingBody", "officeName", "place", "symbolSuffix", "signerTitle", "signerName"])(
    "round-trips through the settings field %s",
    async (key) => {
      const paragraphs = await paragraphsOf({ ...REFERENCE_OFFICE, [key]: HOSTILE });
      expect(paragraphs.some((p) => p.includes(HOSTILE))).toBe(true);
    },
  );

  it("round-trips through the recipients, every one of them", async () => {
    const paragraphs = await paragraphsOf({ ...REFERENCE_OFFICE, recipients: [HOSTILE, `${HOSTILE}2`] });
    expect(paragraphs).toEqual(expect.arrayContaining([`- ${HOSTILE};`, `- ${HOSTILE}2.`]));
  });

  it("round-trips through a figure, with a 10,000-character value, inside its control", async () => {
    const long = `${HOSTILE}${"Chiềng Mung & ".repeat(800)}`.slice(0, 10_000);
    const values = withComputed(REPORT, new Map([["bcdc:anSinh.tenXa", { kind: "text", value: long }]]), PERIOD);
    const docx = await writeReportDocx(REPORT, REFERENCE_OFFICE, values, { period: PERIOD });
    const control = controls(await openPart(docx, "word/document.xml")).find((c) => c.tag === "bcdc:anSinh.tenXa");
    expect(long).toHaveLength(10_000);
    expect(control?.text.length).toBe(10_000);
    // A boolean, so a failure does not print 10,000 characters twice.
    expect(control?.text === long).toBe(true);
  });

  it("keeps attribute values intact: a label with quotes stays the control's title", () => {
    expect(escapeXml(`a"b'c<d>&`)).toBe("a&quot;b&apos;c&lt;d&gt;&amp;");
  });

  it("drops the characters XML 1.0 cannot carry (control characters, lone surrogates) and keeps the rest", async () => {
    const paragraphs = await paragraphsOf({ ...REFERENCE_OFFICE, signerName: "Trần\u0000 Bình\u000B Minh\uD800 😀\t" });
    expect(paragraphs).toContain("Trần Bình Minh 😀\t");
  });
});
