/**
 * A .docx of the corpus opened in the Word simulation as Word would hold it: its word/document.xml inserted with
 * body.insertOoxml (a Flat OPC package of that one part), so its tables keep their rows and cells
 * (src/preview/wordSim/ooxml.ts). Used by the gateway tests and handed to the preview by the browser tests.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MAIN_PART =
  '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">';
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function flatOpcOfDocx(path: string): string {
  const files = unzipSync(readFileSync(path), { filter: (f) => f.name === "word/document.xml" });
  const xml = strFromU8(files["word/document.xml"]!).replace(/^<\?xml[^>]*\?>\s*/, "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pkg:package xmlns:pkg="${PKG}">` +
    `${MAIN_PART}<pkg:xmlData>${xml}</pkg:xmlData></pkg:part></pkg:package>`
  );
}

/** A document of plain paragraphs, one per line, as a Flat OPC package (a text file as Word would hold it). */
export function flatOpcOfLines(lines: readonly string[]): string {
  const body = lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="${PKG}">` +
    `${MAIN_PART}<pkg:xmlData><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`
  );
}
