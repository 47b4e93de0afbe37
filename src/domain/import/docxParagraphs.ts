/**
 * The paragraphs of a .docx in the browser (and in Node): fflate unzips word/document.xml only, the platform's XML
 * parser reads it (the production build maps @xmldom/xmldom to the browser's DOMParser). Deleted text and field codes
 * are left out, as Word shows the document. Sizes are checked from the zip's directory before anything is inflated.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SKIPPED = new Set(["pPr", "rPr", "sdtPr", "delText", "instrText"]);
/** A year's reports are a few MB at most; far larger is not a report, or is a zip bomb. */
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
export const MAX_DOCUMENT_XML_BYTES = 60 * 1024 * 1024;

export class DocxReadError extends Error {}

interface XmlNode {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string | null;
  textContent?: string | null;
  childNodes: ArrayLike<XmlNode>;
}

export function docxParagraphs(data: Uint8Array): string[] {
  if (data.length > MAX_DOCX_BYTES) throw new DocxReadError("Tệp quá lớn để là một báo cáo (trên 30 MB).");
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (file) => {
        if (file.name !== "word/document.xml") return false;
        tooBig = file.originalSize > MAX_DOCUMENT_XML_BYTES;
        return !tooBig;
      },
    });
  } catch (cause) {
    throw new DocxReadError("Tệp này không phải tệp Word .docx (không giải nén được).", { cause });
  }
  if (tooBig) throw new DocxReadError("Nội dung tệp quá lớn để là một báo cáo.");
  const xml = files["word/document.xml"];
  if (!xml) throw new DocxReadError("Tệp này không phải văn bản Word .docx (thiếu word/document.xml).");
  let doc: XmlNode;
  try {
    doc = new DOMParser().parseFromString(strFromU8(xml), "text/xml") as unknown as XmlNode;
  } catch (cause) {
    throw new DocxReadError("Nội dung tệp .docx bị hỏng, không đọc được.", { cause });
  }
  const paragraphs: string[] = [];
  walk(doc, paragraphs, null);
  if (hasParserError(doc)) throw new DocxReadError("Nội dung tệp .docx bị hỏng, không đọc được.");
  return paragraphs;
}

function hasParserError(node: XmlNode): boolean {
  // The browser's parser reports damage as a <parsererror> element instead of throwing.
  const doc = node as unknown as { getElementsByTagName?: (name: string) => ArrayLike<unknown> };
  return (doc.getElementsByTagName?.("parsererror").length ?? 0) > 0;
}

function walk(node: XmlNode, paragraphs: string[], current: string[] | null): void {
  const inW = node.namespaceURI === W;
  const name = node.localName ?? "";
  if (name === "Fallback") return; // mc:Fallback repeats the text for older Word
  if (inW && SKIPPED.has(name)) return;
  if (inW && name === "p") {
    const own: string[] = [];
    for (const child of Array.from(node.childNodes)) walk(child, paragraphs, own);
    paragraphs.push(own.join(""));
    return;
  }
  if (current && inW) {
    if (name === "t") return void current.push(node.textContent ?? "");
    if (name === "tab") return void current.push("\t");
    if (name === "br" || name === "cr") return void current.push("\n");
  }
  for (const child of Array.from(node.childNodes)) walk(child, paragraphs, current);
}
