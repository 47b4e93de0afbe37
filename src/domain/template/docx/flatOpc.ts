/**
 * The report as one Flat OPC string (`<pkg:package>`), the form Word's `insertOoxml` takes: the same body and role
 * styles as the .docx file, so the add-in and the template cannot drift apart. No zip, hence no jszip here: the
 * task pane loads this module on demand and keeps it small.
 *
 * What the package carries into an open document, and what it cannot (see README, "Tạo báo cáo mới"):
 * - paragraphs, the two header/closing tables, the rules, and every figure as a tagged plain-text control;
 * - the "BCDC …" paragraph styles (fonts, sizes, spacing): Word adds styles the document lacks and keeps its own
 *   definition of any style it already has, so the role styles restate everything they need;
 * - not the page: no w:sectPr. Word does not take page size, margins or headers from inserted content reliably,
 *   so the document keeps its own page setup; the .docx template has the decree's.
 */
import type { Paragraph } from "../types";
import { bodyXml } from "./layout";
import { STYLES } from "./parts";
import { el, NS, XML_DECLARATION, type Attrs } from "./xml";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const CT = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/** A part's XML without its declaration: inside pkg:xmlData only elements may appear. */
const bare = (xml: string) => (xml.startsWith(XML_DECLARATION) ? xml.slice(XML_DECLARATION.length) : xml);

function part(name: string, contentType: string, xml: string): string {
  // Microsoft's own Flat OPC examples for insertOoxml give relationship parts a padding hint; we do the same.
  const padding: Attrs = contentType === RELS_TYPE ? { "pkg:padding": 512 } : {};
  return el("pkg:part", { "pkg:name": name, "pkg:contentType": contentType, ...padding }, el("pkg:xmlData", {}, bare(xml)));
}

function relationships(type: string, target: string): string {
  return el(
    "Relationships",
    { xmlns: "http://schemas.openxmlformats.org/package/2006/relationships" },
    el("Relationship", { Id: "rId1", Type: `${REL}/${type}`, Target: target }),
  );
}

/** The document part: the body only, ending with a paragraph as Word wants. */
export function flatDocumentXml(paragraphs: readonly Paragraph[]): string {
  return el("w:document", { "xmlns:w": NS.w, "xmlns:r": NS.r }, el("w:body", {}, bodyXml(paragraphs), el("w:p")));
}

export function paragraphsToFlatOpc(paragraphs: readonly Paragraph[]): string {
  return (
    XML_DECLARATION +
    el(
      "pkg:package",
      { "xmlns:pkg": PKG },
      part("/_rels/.rels", RELS_TYPE, relationships("officeDocument", "word/document.xml")),
      part("/word/_rels/document.xml.rels", RELS_TYPE, relationships("styles", "styles.xml")),
      part("/word/document.xml", `${CT}.document.main+xml`, flatDocumentXml(paragraphs)),
      part("/word/styles.xml", `${CT}.styles+xml`, STYLES),
    )
  );
}
