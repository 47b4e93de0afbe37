/**
 * The text of a report file's bytes, once read, as `npm run check` and the «So sánh» tab both take it: an empty file
 * or one of another kind (fileSignature.ts) refused by name, a .txt decoded as it arrives (textFile.ts), a .docx read
 * as Word shows it (import/docx/docxText.ts), and the text held to the recognition limits before any pass over it.
 * The file's size on disk is each caller's to check first (the command line before it reads the file).
 */
import { foreignFileKind } from "./fileSignature";
import { DocxXmlError, textFromDocx } from "./import/docx/docxText";
import { assertTextWithinLimits, LimitError } from "./limits";
import { decodeText, TextFileError } from "./textFile";
import { ZipError } from "./zipEntry";

export function reportFileText(data: Uint8Array, extension: ".txt" | ".docx"): string {
  if (data.length === 0) throw new TextFileError("tệp rỗng (0 byte), không có nội dung để kiểm tra");
  const foreign = foreignFileKind(data, extension);
  if (foreign) throw new TextFileError(foreign);
  const text = extension === ".txt" ? decodeText(data) : textFromDocx(data);
  assertTextWithinLimits(text);
  return text;
}

/** Whether `error` is one of reportFileText's refusals (its message is Vietnamese and names the problem). */
export function isReportFileRefusal(error: unknown): error is Error {
  return error instanceof TextFileError || error instanceof LimitError || error instanceof ZipError || error instanceof DocxXmlError;
}
