/**
 * Writes the report as a .docx: skeleton + office settings + figures → a zip of WordprocessingML parts.
 * Pure: returns bytes, touches no file system, so the build script, tests and (later) the add-in can all use it.
 */
import JSZip from "jszip";
import type { Values } from "../../compute";
import { skeletonToParagraphs, type Dating } from "../paragraphs";
import type { OfficeSettings } from "../settings";
import type { ReportDefinition } from "../../report";
import type { Paragraph } from "../types";
import { bodyXml } from "./layout";
import { PAGE } from "./page";
import { CONTENT_TYPES, DOCUMENT_RELS, HEADER_DEFAULT_ID, HEADER_EMPTY, HEADER_FIRST_ID, HEADER_PAGE_NUMBER, PACKAGE_RELS, SETTINGS, STYLES } from "./parts";
import { el, NS, XML_DECLARATION } from "./xml";

export { PAGE };

function sectionXml(): string {
  return el(
    "w:sectPr",
    {},
    el("w:headerReference", { "w:type": "default", "r:id": HEADER_DEFAULT_ID }),
    el("w:headerReference", { "w:type": "first", "r:id": HEADER_FIRST_ID }),
    el("w:pgSz", { "w:w": PAGE.width, "w:h": PAGE.height }),
    el("w:pgMar", { "w:top": PAGE.top, "w:right": PAGE.right, "w:bottom": PAGE.bottom, "w:left": PAGE.left, "w:header": PAGE.header, "w:footer": PAGE.footer, "w:gutter": 0 }),
    // No page number on the first page.
    el("w:titlePg"),
  );
}

export function documentXml(paragraphs: readonly Paragraph[]): string {
  // Word expects the body to end with a paragraph, not with the closing table.
  const body = el("w:body", {}, bodyXml(paragraphs), el("w:p"), sectionXml());
  return XML_DECLARATION + el("w:document", { "xmlns:w": NS.w, "xmlns:r": NS.r }, body);
}

export async function paragraphsToDocx(paragraphs: readonly Paragraph[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELS);
  zip.file("word/document.xml", documentXml(paragraphs));
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/styles.xml", STYLES);
  zip.file("word/settings.xml", SETTINGS);
  zip.file("word/header1.xml", HEADER_PAGE_NUMBER);
  zip.file("word/header2.xml", HEADER_EMPTY);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The whole report: empty figures show a placeholder, the period fields name `dating.period` once computed. */
export function writeReportDocx(report: ReportDefinition, settings: OfficeSettings, values: Values, dating: Dating = {}): Promise<Uint8Array> {
  return paragraphsToDocx(skeletonToParagraphs(report, settings, values, dating));
}
