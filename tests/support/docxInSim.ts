/**
 * A .docx of the corpus opened in the Word simulation as Word would hold it: its word/document.xml inserted with
 * body.insertOoxml (a Flat OPC package of that one part), so its tables keep their rows and cells
 * (src/preview/wordSim/ooxml.ts). Used by the gateway tests and handed to the preview by the browser tests.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

export function flatOpcOfDocx(path: string): string {
  const files = unzipSync(readFileSync(path), { filter: (f) => f.name === "word/document.xml" });
  const xml = strFromU8(files["word/document.xml"]!).replace(/^<\?xml[^>]*\?>\s*/, "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pkg:package xmlns:pkg="${PKG}">` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
    `<pkg:xmlData>${xml}</pkg:xmlData></pkg:part></pkg:package>`
  );
}
