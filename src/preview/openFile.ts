/**
 * «Mở tệp…» in the preview's toolbar: a clerk's own report (.txt or .docx) becomes the simulated document, as Word
 * would hold it. A .docx's word/document.xml goes in whole with body.insertOoxml (its tables keep rows and cells); a
 * .txt becomes one paragraph per line. The package is built with the XML DOM, never by splicing the file's text.
 * Word's automatic numbering (numbering.xml) is not modelled by the simulation: list labels are not shown.
 */
import { inflateEntry, ZipError } from "../domain/zipEntry";
import { foreignFileKind } from "../domain/fileSignature";
import { documentXmlTooLarge, LimitError } from "../domain/limits";
import { decodeText, TextFileError } from "../domain/textFile";

const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
/** Above the command line's own .docx limit there is no report; the text limits of recognition still apply after. */
const MAX_FILE_BYTES = 30 * 1024 * 1024;

export class OpenFileError extends Error {}

function packageWith(body: (doc: XMLDocument) => Element): string {
  const doc = document.implementation.createDocument(PKG, "pkg:package", null);
  const part = doc.createElementNS(PKG, "pkg:part");
  part.setAttributeNS(PKG, "pkg:name", "/word/document.xml");
  part.setAttributeNS(PKG, "pkg:contentType", MAIN);
  const data = doc.createElementNS(PKG, "pkg:xmlData");
  data.appendChild(body(doc));
  part.appendChild(data);
  doc.documentElement.appendChild(part);
  return new XMLSerializer().serializeToString(doc);
}

function textPackage(text: string): string {
  return packageWith((doc) => {
    const root = doc.createElementNS(W, "w:document");
    const body = root.appendChild(doc.createElementNS(W, "w:body"));
    for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
      const t = doc.createElementNS(W, "w:t");
      t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
      t.textContent = line;
      body.appendChild(doc.createElementNS(W, "w:p")).appendChild(doc.createElementNS(W, "w:r")).appendChild(t);
    }
    return root;
  });
}

function docxPackage(bytes: Uint8Array): string {
  const xml = inflateEntry(bytes, "word/document.xml", documentXmlTooLarge);
  if (!xml) throw new OpenFileError("tệp .docx không có phần nội dung (word/document.xml)");
  const parsed = new DOMParser().parseFromString(new TextDecoder().decode(xml), "application/xml");
  if (parsed.getElementsByTagName("parsererror").length > 0 || parsed.documentElement.namespaceURI !== W) {
    throw new OpenFileError("phần nội dung của tệp .docx không phải văn bản Word đọc được");
  }
  return packageWith((doc) => doc.importNode(parsed.documentElement, true));
}

/** The Flat OPC package for `body.insertOoxml`, or an OpenFileError saying in Vietnamese why the file is refused. */
export function packageOfFile(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new OpenFileError("tệp rỗng");
  if (bytes.length > MAX_FILE_BYTES) throw new OpenFileError(`tệp lớn hơn giới hạn ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  const lower = name.toLowerCase();
  const foreign = lower.endsWith(".docx") || lower.endsWith(".txt") ? foreignFileKind(bytes, lower.endsWith(".docx") ? ".docx" : ".txt") : null;
  if (foreign) throw new OpenFileError(foreign);
  try {
    if (lower.endsWith(".docx")) return docxPackage(bytes);
    // As `npm run check` reads a .txt (src/domain/textFile.ts): UTF-8 with or without a BOM, UTF-16 with one.
    if (lower.endsWith(".txt")) return textPackage(decodeText(bytes));
  } catch (error) {
    if (error instanceof OpenFileError) throw error;
    if (error instanceof ZipError || error instanceof LimitError) throw new OpenFileError(`tệp .docx hỏng hoặc quá lớn: ${error.message}`, { cause: error });
    if (error instanceof TextFileError) throw new OpenFileError(error.message, { cause: error });
    throw error;
  }
  throw new OpenFileError("chỉ mở được tệp .txt hoặc .docx (tệp .doc cũ: mở bằng Word rồi lưu lại dạng .docx)");
}
