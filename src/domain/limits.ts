/**
 * The sizes the add-in and `npm run check` accept, and the Vietnamese refusal for each. A real quarterly report is
 * about 200 paragraphs and 60,000 characters, its stored part a few kilobytes; the limits leave a wide margin and
 * keep time and memory bounded on hostile input (README, «Giới hạn»). Every pass under them is linear.
 */
import { formatCount } from "./vnNumber";

/** Lines (paragraphs) of text checked or recognised. */
export const MAX_TEXT_LINES = 100_000;
/** Characters of text checked or recognised (UTF-16 code units). */
export const MAX_TEXT_CHARS = 32_000_000;
/** Characters of the stored Custom XML Part read back (tens of thousands of history entries). */
export const MAX_STORED_CHARS = 8_000_000;
/** A .docx file given to `npm run check`, as stored on disk. */
export const MAX_DOCX_FILE_BYTES = 100 * 1024 * 1024;
/**
 * word/document.xml once inflated, declared in the zip directory or counted while inflating. A real report's is
 * 200–600 KB; the XML DOM costs about 40 bytes of memory per byte of XML, so this bounds the command near 500 MB.
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
  if (text.length > MAX_TEXT_CHARS) {
    throw new LimitError(
      `Văn bản dài ${plain(text.length)} ký tự, quá giới hạn ${plain(MAX_TEXT_CHARS)} ký tự mà tiện ích kiểm tra được; hãy tách văn bản thành nhiều phần.`,
    );
  }
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) {
    if (++lines > MAX_TEXT_LINES) {
      throw new LimitError(
        `Văn bản có hơn ${plain(MAX_TEXT_LINES)} dòng (đoạn), quá giới hạn mà tiện ích kiểm tra được; hãy tách văn bản thành nhiều phần.`,
      );
    }
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

export function documentXmlTooLarge(bytes: number, declared: boolean): string | null {
  if (bytes <= MAX_DOCUMENT_XML_BYTES) return null;
  const size = declared ? `ghi là ${MB(bytes)} khi giải nén` : `giải nén ra hơn ${MB(MAX_DOCUMENT_XML_BYTES)}`;
  return `nội dung văn bản (word/document.xml) ${size}, quá giới hạn ${MB(MAX_DOCUMENT_XML_BYTES)}: tệp hỏng hoặc cố ý làm phình (zip bomb)`;
}
