/**
 * What a file really is, from its first bytes, when its name says otherwise: reports arrive as a PDF saved under
 * .txt, an old Word .doc renamed .docx, an RTF, a .docx renamed .txt, or a .docx cut short by a download. Read as
 * the name says, each gave a message about code pages or a zip's "end of central directory"; the specialist needs
 * the file named for what it is and what to do. Signatures: PDF 1.7 (ISO 32000-1) §7.5.2 «%PDF-»; the OLE2
 * compound file header D0 CF 11 E0 A1 B1 1A E1 (MS-CFB §2.2, Word 97–2003 .doc); RTF 1.9.1 «{\rtf»; a zip's local
 * file header «PK\x03\x04» (PKWARE APPNOTE 4.3.7).
 */

const starts = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii("%PDF-");
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = ascii("{\\rtf");
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Why a file given as `.txt` or `.docx` is another kind of file, in Vietnamese; null when its bytes fit its name. */
export function foreignFileKind(bytes: Uint8Array, extension: ".txt" | ".docx"): string | null {
  const body = starts(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  if (starts(body, PDF)) {
    return "tệp là PDF, không phải văn bản .txt hay .docx: hãy lấy bản Word của báo cáo (hoặc chuyển PDF sang Word) rồi kiểm tra tệp .docx";
  }
  if (starts(body, OLE2)) {
    return "tệp là văn bản Word 97–2003 (.doc) hoặc tệp Office đời cũ, không phải .docx: hãy mở bằng Word, chọn Lưu thành › Word Document (.docx) rồi kiểm tra tệp mới";
  }
  if (starts(body, RTF)) {
    return "tệp là RTF (Rich Text Format), không phải văn bản thuần: hãy mở bằng Word và lưu thành Word Document (.docx) hoặc Plain Text (.txt) mã Unicode UTF-8";
  }
  if (extension === ".txt" && starts(body, ZIP)) {
    return "tệp là tệp nén (zip), có thể là một tệp .docx bị đổi đuôi thành .txt: hãy đổi lại đuôi .docx rồi kiểm tra";
  }
  return null;
}

/** A zip that has its first local header but no end record: the file was cut short (a download or copy not finished). */
export function truncatedZip(bytes: Uint8Array): boolean {
  return starts(bytes, ZIP);
}

/** The refusal of a file whose name is neither .docx nor .txt, with the way to one of them for the usual kinds. */
export function unsupportedExtension(extension: string): string {
  const how: Record<string, string> = {
    ".doc": ": tệp Word 97–2003, hãy mở bằng Word và lưu thành Word Document (.docx)",
    ".pdf": ": hãy lấy bản Word của báo cáo (.docx)",
    ".rtf": ": hãy mở bằng Word và lưu thành Word Document (.docx)",
    ".odt": ": hãy mở bằng LibreOffice hoặc Word và lưu thành Word Document (.docx)",
  };
  const kind = extension === "" ? "tệp không có đuôi" : `tệp ${extension}`;
  return `chỉ đọc được tệp .docx hoặc .txt (đây là ${kind})${how[extension] ?? ""}`;
}
