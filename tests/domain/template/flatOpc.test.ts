/** @jest-environment jsdom */
import { withComputed } from "../../../src/domain/compute";
import { REPORT } from "../../support/forms";
import { writeReportDocx } from "../../../src/domain/template/docx";
import { reportOoxml } from "../../../src/domain/template/ooxml";
import { REFERENCE_OFFICE, type OfficeSettings } from "../../../src/domain/template/settings";
import { validateFigures } from "../../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../fixtures/referenceReport";
import { all, child, controls, openPart, parseXml, textOf, W, wAttr } from "./docxParts";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const HOSTILE = `<w:t>&"'</w:t>]]><!--`;
const filled = validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD).values;
const empty = withComputed(REPORT, new Map(), REFERENCE_PERIOD);

/** The package parsed strictly, and its parts by name (each part's root element). */
function open(ooxml: string): { pkg: Document; parts: Map<string, Element> } {
  const pkg = parseXml(ooxml);
  const parts = new Map<string, Element>();
  for (const part of Array.from(pkg.getElementsByTagNameNS(PKG, "part"))) {
    const xmlData = part.getElementsByTagNameNS(PKG, "xmlData")[0]!;
    parts.set(part.getAttributeNS(PKG, "name") ?? "", xmlData.firstElementChild!);
  }
  return { pkg, parts };
}

const documentOf = (ooxml: string): Document => {
  const root = open(ooxml).parts.get("/word/document.xml")!;
  return root.ownerDocument;
};

describe("the report as a Flat OPC package for body.insertOoxml", () => {
  const ooxml = reportOoxml(REPORT, REFERENCE_OFFICE, filled, { period: REFERENCE_PERIOD });
  const { pkg, parts } = open(ooxml);

  it("is one well-formed pkg:package with the document, its relationships and the styles", () => {
    expect(pkg.documentElement.namespaceURI).toBe(PKG);
    expect(pkg.documentElement.localName).toBe("package");
    expect([...parts.keys()]).toEqual(["/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/styles.xml"]);
    expect(parts.get("/word/document.xml")!.localName).toBe("document");
    const rel = parts.get("/word/_rels/document.xml.rels")!.firstElementChild!;
    expect([rel.getAttribute("Type")?.endsWith("/styles"), rel.getAttribute("Target")]).toEqual([true, "styles.xml"]);
    expect(ooxml.indexOf("<?xml")).toBe(ooxml.lastIndexOf("<?xml")); // no declaration inside pkg:xmlData
  });

  it("has a tagged plain-text control titled with the field's label for every field, as the .docx has", async () => {
    const found = controls(documentOf(ooxml));
    expect(REPORT.fields.filter((field) => !found.some((c) => c.tag === field.id)).map((f) => f.id)).toEqual([]);
    expect(found.filter((c) => c.alias !== REPORT.byId.get(c.tag)?.label || !c.plainText)).toEqual([]);
    const docx = controls(await openPart(await writeReportDocx(REPORT, REFERENCE_OFFICE, filled, { period: REFERENCE_PERIOD }), "word/document.xml"));
    expect(found).toEqual(docx);
  });

  it("carries the same paragraphs as the .docx, header and closing tables included, but no page setup", async () => {
    const docx = await openPart(await writeReportDocx(REPORT, REFERENCE_OFFICE, filled, { period: REFERENCE_PERIOD }), "word/document.xml");
    const doc = documentOf(ooxml);
    expect(all(doc, "p").map(textOf)).toEqual(all(docx, "p").map(textOf));
    expect(all(doc, "tbl")).toHaveLength(2);
    expect(all(doc, "sectPr")).toHaveLength(0);
    expect(all(doc, "p").map(textOf)).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "I. ĐẶC ĐIỂM, TÌNH HÌNH"]));
  });

  it("gives every role style its own Times New Roman, Vietnamese and single spacing, as the open document's Normal is not ours", () => {
    const styles = all(parts.get("/word/styles.xml")!.ownerDocument, "style").filter((s) => wAttr(s, "styleId")?.startsWith("Bcdc"));
    expect(styles).toHaveLength(16);
    for (const style of styles) {
      const fonts = child(style, "rFonts")!;
      expect(["ascii", "hAnsi", "cs", "eastAsia"].map((slot) => wAttr(fonts, slot))).toEqual(Array(4).fill("Times New Roman"));
      expect(wAttr(child(style, "lang"), "val")).toBe("vi-VN");
      expect([wAttr(child(style, "spacing"), "line"), wAttr(child(style, "spacing"), "lineRule")]).toEqual(["240", "auto"]);
    }
    const body = styles.find((s) => wAttr(s, "styleId") === "BcdcBody")!;
    expect(wAttr(child(body, "sz"), "val")).toBe("28");
    expect(wAttr(child(body, "jc"), "val")).toBe("both");
  });

  it("uses only the styles it defines", () => {
    const defined = new Set(all(parts.get("/word/styles.xml")!.ownerDocument, "style").map((s) => wAttr(s, "styleId")));
    const used = new Set(all(documentOf(ooxml), "pStyle").map((s) => wAttr(s, "val")));
    expect([...used].filter((id) => !defined.has(id))).toEqual([]);
  });
});

describe("hostile text through the Word path", () => {
  it.each<keyof OfficeSettings>(["governingBody", "officeName", "place", "symbolSuffix", "signerTitle", "signerName"])(
    "keeps %s as text and the package well-formed",
    (key) => {
      const paragraphs = all(documentOf(reportOoxml(REPORT, { ...REFERENCE_OFFICE, [key]: HOSTILE }, empty, { period: REFERENCE_PERIOD })), "p").map(textOf);
      expect(paragraphs.some((p) => p.includes(HOSTILE))).toBe(true);
    },
  );

  it("keeps every recipient as text", () => {
    const doc = documentOf(reportOoxml(REPORT, { ...REFERENCE_OFFICE, recipients: [HOSTILE, `${HOSTILE}2`] }, empty, { period: REFERENCE_PERIOD }));
    expect(all(doc, "p").map(textOf)).toEqual(expect.arrayContaining([`- ${HOSTILE};`, `- ${HOSTILE}2.`]));
  });

  it("keeps a 10,000-character figure whole inside its control, and drops what XML cannot carry", () => {
    const long = `${HOSTILE}\u0001${"Chiềng Mung & ".repeat(800)}`.slice(0, 10_001);
    const values = withComputed(REPORT, new Map([["bcdc:anSinh.tenXa", { kind: "text", value: long }]]), REFERENCE_PERIOD);
    const control = controls(documentOf(reportOoxml(REPORT, REFERENCE_OFFICE, values, { period: REFERENCE_PERIOD }))).find((c) => c.tag === "bcdc:anSinh.tenXa");
    expect(control?.text.length).toBe(10_000);
    expect(control?.text === long.replace("\u0001", "")).toBe(true);
  });

  it("cannot add elements: the document part holds exactly the report's own w:sdt and w:p", () => {
    const plain = documentOf(reportOoxml(REPORT, REFERENCE_OFFICE, empty, { period: REFERENCE_PERIOD }));
    const hostile = documentOf(reportOoxml(REPORT, { ...REFERENCE_OFFICE, officeName: `</w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="bcdc:x"/></w:sdtPr></w:sdt>` }, empty, { period: REFERENCE_PERIOD }));
    expect(hostile.getElementsByTagNameNS(W, "*").length).toBe(plain.getElementsByTagNameNS(W, "*").length);
  });
});
