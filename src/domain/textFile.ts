/**
 * The text of a .txt report as it arrives: UTF-8 with or without a BOM, UTF-16 LE or BE with a BOM. Anything else is
 * refused with the reason in Vietnamese, never guessed: an empty file, UTF-16 without a BOM, UTF-32, bytes that are
 * not UTF-8 (a legacy code page such as Windows-1258, TCVN3 or VNI), or UTF-8 that spells a legacy Vietnamese font
 * (the letters of TCVN3/VNI text pasted as Latin-1 symbols: "V¨n phßng", "Vaên phoøng").
 */

export class TextFileError extends Error {}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new TextFileError("tệp rỗng (0 byte), không có nội dung để kiểm tra");
  const b = (i: number) => bytes[i] ?? -1;
  if ((b(0) === 0xff && b(1) === 0xfe && b(2) === 0 && b(3) === 0) || (b(0) === 0 && b(1) === 0 && b(2) === 0xfe && b(3) === 0xff)) {
    throw new TextFileError("tệp mã hoá UTF-32, chưa đọc được: hãy lưu lại bằng Unicode UTF-8");
  }
  let text: string;
  if (b(0) === 0xef && b(1) === 0xbb && b(2) === 0xbf) text = utf8(bytes.subarray(3));
  else if (b(0) === 0xff && b(1) === 0xfe) text = utf16(bytes.subarray(2), "utf-16le");
  else if (b(0) === 0xfe && b(1) === 0xff) text = utf16(bytes.subarray(2), "utf-16be");
  else if (looksUtf16WithoutBom(bytes)) {
    throw new TextFileError("tệp có vẻ mã hoá UTF-16 nhưng không có dấu BOM ở đầu: hãy lưu lại bằng Unicode UTF-8");
  } else text = utf8(bytes);
  if (text.includes("\u0000")) throw new TextFileError("tệp có ký tự NUL: không phải tệp văn bản (.txt)");
  if (text.trim() === "") throw new TextFileError("tệp chỉ có khoảng trắng, không có nội dung để kiểm tra");
  if (legacyFont(text)) {
    throw new TextFileError(
      "văn bản gõ bằng phông chữ cũ (TCVN3/ABC hoặc VNI): chữ tiếng Việt hiện thành ký hiệu lạ; hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã) rồi kiểm tra lại",
    );
  }
  return text.replace(/\r\n?/g, "\n");
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new TextFileError(
      "tệp không phải UTF-8 (có thể là bảng mã cũ như Windows-1258, TCVN3 hay VNI): hãy mở bằng Word hoặc Notepad và lưu lại với bảng mã Unicode UTF-8",
      { cause },
    );
  }
}

function utf16(bytes: Uint8Array, label: "utf-16le" | "utf-16be"): string {
  if (bytes.length % 2 !== 0) throw new TextFileError(`tệp ${label.toUpperCase()} bị cắt dở (số byte lẻ)`);
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new TextFileError(`tệp ${label.toUpperCase()} có chuỗi byte không hợp lệ`, { cause });
  }
}

/** Text in UTF-16 has a NUL in every other byte for Latin letters. */
function looksUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length >= 4 && zeros / sample.length > 0.3;
}

/*
 * Vietnamese written in Unicode uses the letters of Latin Extended Additional (ạ ả ấ … ỹ) and đ ă ơ ư; text typed
 * in TCVN3 or VNI fonts shows, once read as Unicode, Latin-1 symbols and letters Vietnamese never uses (¨ ß ¬ µ ¸
 * ø ö ñ æ å …) in their place.
 */
const VIETNAMESE = /[\u1ea0-\u1ef9đĐăĂơƠưƯ]/gu;
const LEGACY = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/gu;

function legacyFont(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const legacy = sample.match(LEGACY)?.length ?? 0;
  const vietnamese = sample.match(VIETNAMESE)?.length ?? 0;
  return legacy >= 20 && legacy > vietnamese * 2;
}
