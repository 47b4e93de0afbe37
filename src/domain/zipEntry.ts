/**
 * One entry of a .docx (a zip), inflated with a byte budget. The sizes a zip declares are checked first, then the
 * bytes are counted while inflating and the inflation stops once the budget is passed: a hostile file may declare a
 * small size and expand to gigabytes. fflate's streaming Inflate is fed a few kilobytes at a time, so at most about
 * a thousand times that (deflate's largest expansion) is produced past the budget.
 * Zip layout: PKWARE APPNOTE.TXT 4.3 (end of central directory, central directory headers, local file headers).
 */
import { Inflate } from "fflate";
import { truncatedZip } from "./fileSignature";
import { LimitError } from "./limits";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 4096;

export class ZipError extends Error {}

interface Entry {
  method: number;
  compressed: number;
  declared: number;
  localOffset: number;
}

/* Read once per zip: a file with 65,535 entries asked for each of them must not re-read the directory each time. */
const directories = new WeakMap<Uint8Array, Map<string, Entry>>();

/** The zip's directory: every entry by name (names decoded as UTF-8). */
function readDirectory(zip: Uint8Array): Map<string, Entry> {
  const known = directories.get(zip);
  if (known) return known;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes long).
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd === -1) {
    // The end record is what a download cut short loses: a file that starts as a zip and has none was truncated.
    throw new ZipError(
      truncatedZip(zip)
        ? "tệp bị cắt dở: có phần đầu của một tệp .docx nhưng thiếu phần cuối (tải về hoặc sao chép chưa xong?); hãy lấy lại tệp gốc"
        : "tệp không có cấu trúc của một tệp .docx (Word 2007 trở lên)",
    );
  }
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries = new Map<string, Entry>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError("mục lục zip hỏng");
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    // Readers differ on which of two same-named entries counts: a file that shows one thing to Word and another
    // to this check is refused.
    if (entries.has(name)) throw new ZipError(`mục lục zip có hai mục cùng tên ${name}`);
    entries.set(name, {
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true), // 0xFFFFFFFF (zip64) reads as 4 GB: over any budget
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extra;
  }
  directories.set(zip, entries);
  return entries;
}

export function entryNames(zip: Uint8Array): string[] {
  return [...readDirectory(zip).keys()];
}

/**
 * The entry's bytes, or null when the zip has no such entry. `tooLarge(bytes, declared)` returns the refusal when
 * a size passes the budget; it is asked about the declared sizes, then about the running count (LimitError).
 */
export function inflateEntry(zip: Uint8Array, name: string, tooLarge: (bytes: number, declared: boolean) => string | null): Uint8Array | null {
  const entry = readDirectory(zip).get(name);
  if (!entry) return null;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const local = entry.localOffset;
  if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) throw new ZipError("mục lục zip trỏ sai chỗ");
  const localDeclared = view.getUint32(local + 22, true);
  const refusal = tooLarge(entry.declared, true) ?? tooLarge(localDeclared, true);
  if (refusal) throw new LimitError(refusal);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = zip.subarray(start, Math.min(zip.length, start + entry.compressed));
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`cách nén ${entry.method} không được hỗ trợ`);

  const chunks: Uint8Array[] = [];
  let total = 0;
  let over: string | null = null;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    over ??= tooLarge(total, false);
    if (!over) chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length && !over; at += CHUNK) inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
  } catch (cause) {
    // fflate's reason is English ("unexpected EOF"); the clerk is told what it means, the cause keeps it.
    throw new ZipError("nội dung nén hỏng hoặc bị cắt dở", { cause });
  }
  if (over) throw new LimitError(over);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
