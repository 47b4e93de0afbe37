/**
 * The sizes the add-in and `npm run check` accept, and the Vietnamese refusal for each. A real quarterly report is
 * about 200 paragraphs and 60,000 characters, its stored part a few kilobytes; the limits leave a wide margin and
 * keep time and memory bounded on hostile input (README, «Giới hạn»). Every pass under them is linear.
 */
import { formatCount } from "./vnNumber";

/** Lines (paragraphs) of text checked or recognised. */
export const MAX_TEXT_LINES = 100_000;
/**
 * Characters of text checked or recognised (UTF-16 code units). Figures cost memory whatever the line count: one
 * 30 MB line of figures passed 1 GB (and 300 s), a 9.9 M-character one took 494 MB (102 s on the loaded machine).
 */
export const MAX_TEXT_CHARS = 10_000_000;
/** Characters of the stored Custom XML Part read back (tens of thousands of history entries). */
export const MAX_STORED_CHARS = 8_000_000;
/**
 * Markup (elements, comments…: every "<") in the stored part. An XML DOM in Node costs about 1 KB per element: at
 * the character cap, 1.9 million empty elements took 1.9 GB and 51 s. A real part holds two elements per history
 * entry (about 90 characters each), so the character cap allows about 90,000 of them; this one leaves margin.
 */
export const MAX_STORED_ELEMENTS = 200_000;
/** A .docx file given to `npm run check`, as stored on disk. */
export const MAX_DOCX_FILE_BYTES = 100 * 1024 * 1024;
/**
 * word/document.xml once inflated, declared in the zip directory or counted while inflating. A real report's is
 * 200–600 KB; the XML DOM costs about 40 bytes of memory per byte of Word's XML, but about 1 KB per element however
 * short: 3.5 MB of `<x>` nested 500,000 deep took 813 MB, hence MAX_DOCUMENT_XML_ELEMENTS as well.
 */
export const MAX_DOCUMENT_XML_BYTES = 8 * 1024 * 1024;

/** 100.000, 8: thousands grouped, without the report's two-digit padding of small counts. */
const plain = (n: number) => formatCount(n).replace(/^0(?=\d$)/, "");
const MB = (bytes: number) => `${plain(Math.round(bytes / (1024 * 1024)))} MB`;

export class LimitError extends Error {
  override readonly name = "LimitError";
}

/** Refuses text past the line or character limit, before any pass over it. */
export function assertTextWithinLimits(text: string): void {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    if (++lines > MAX_TEXT_LINES) {
      throw new LimitError(
        `Văn bản có hơn ${plain(MAX_TEXT_LINES)} dòng (đoạn), quá giới hạn mà tiện ích kiểm tra được; hãy tách văn bản thành nhiều phần.`,
      );
    }
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new LimitError(
      `Văn bản dài ${plain(text.length)} ký tự, quá giới hạn ${plain(MAX_TEXT_CHARS)} ký tự mà tiện ích kiểm tra được; hãy tách văn bản thành nhiều phần.`,
    );
  }
}

/** A .txt file: at most 3 bytes of UTF-8 per character of text. */
export function textFileTooLarge(bytes: number): string | null {
  const max = MAX_TEXT_CHARS * 3;
  return bytes > max ? `tệp nặng ${MB(bytes)}, quá giới hạn ${MB(max)} của văn bản` : null;
}

export function docxFileTooLarge(bytes: number): string | null {
  return bytes > MAX_DOCX_FILE_BYTES ? `tệp nặng ${MB(bytes)}, quá giới hạn ${MB(MAX_DOCX_FILE_BYTES)}` : null;
}

/** A stored part inside a .docx (customXml/itemN.xml): at most 3 bytes of UTF-8 per character of the cap. */
export function storedPartTooLarge(bytes: number, declared: boolean): string | null {
  const max = MAX_STORED_CHARS * 3;
  if (bytes <= max) return null;
  return `dữ liệu lưu trong tệp (customXml) ${declared ? `ghi là ${MB(bytes)}` : `giải nén ra hơn ${MB(max)}`}, quá giới hạn ${MB(max)}`;
}

/** Elements of word/document.xml (a real report's has 10,000–30,000), checked before parsing: see above. */
export const MAX_DOCUMENT_XML_ELEMENTS = 300_000;

export function documentXmlTooManyElements(count: number, part = "nội dung văn bản (word/document.xml)"): string | null {
  if (count <= MAX_DOCUMENT_XML_ELEMENTS) return null;
  return `${part} có hơn ${plain(MAX_DOCUMENT_XML_ELEMENTS)} phần tử XML, quá giới hạn: tệp hỏng hoặc cố ý làm phình`;
}

/** `part`: what the clerk is told was too large (word/numbering.xml has the same limit). */
/** The stored part read back from a .docx by `npm run check`, refused by readStoredReport as too large. */
export function storedReadTooLarge(chars: number, elements?: number): string {
  const what = elements === undefined ? `dài ${plain(chars)} ký tự, quá giới hạn ${plain(MAX_STORED_CHARS)}` : `có hơn ${plain(MAX_STORED_ELEMENTS)} phần tử, quá giới hạn`;
  return `dữ liệu lưu trong tệp (customXml) ${what}: tệp hỏng hoặc cố ý làm phình`;
}

export function documentXmlTooLarge(bytes: number, declared: boolean, part = "nội dung văn bản (word/document.xml)"): string | null {
  if (bytes <= MAX_DOCUMENT_XML_BYTES) return null;
  const size = declared ? `ghi là ${MB(bytes)} khi giải nén` : `giải nén ra hơn ${MB(MAX_DOCUMENT_XML_BYTES)}`;
  return `${part} ${size}, quá giới hạn ${MB(MAX_DOCUMENT_XML_BYTES)}: tệp hỏng hoặc cố ý làm phình (zip bomb)`;
}

/**
 * Elements (and comments, processing instructions) in XML text: the "<" not opening an end tag, counted by a linear
 * scan before any parse, stopping once past `max`.
 */
export function countMarkup(xml: string, max: number): number {
  let count = 0;
  for (let at = xml.indexOf("<"); at !== -1 && count <= max; at = xml.indexOf("<", at + 1)) {
    if (xml.charCodeAt(at + 1) !== 0x2f /* "/" */) count++;
  }
  return count;
}
