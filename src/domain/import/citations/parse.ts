/**
 * Finds cited documents in report text: "<type> [số] <số/ký hiệu> [ngày] <date> [của <issuer>]". A type word
 * without a number ("Quyết định công bố…", "Luật viên chức") is a mention, not a citation, and is skipped.
 */
import { isValidDate } from "../../period";
import { lineAt, lineStarts } from "../text";
import { readSymbol, TYPE_ABBR, type SymbolParts } from "./symbol";

export interface CitedDate {
  raw: string;
  day: number;
  month: number;
  year: number;
  /** Written after the word "ngày", as Nghị định 30/2020 requires. */
  hasNgay: boolean;
  valid: boolean;
}

export interface Citation {
  /** The type as written, e.g. "Kế hoạch". */
  type: string;
  /** Số và ký hiệu as written, e.g. "32/KH-UBND". */
  code: string;
  /** null when the symbol is malformed. */
  symbol: SymbolParts | null;
  date?: CitedDate;
  issuer?: string;
  /** The words after the citation up to the end of the clause: what the document is about. */
  subject: string;
  raw: string;
  start: number;
  end: number;
  line: number;
}

const TYPES = ["Thông tư liên tịch", ...Object.keys(TYPE_ABBR).filter((t) => t !== "thông tư liên tịch"), "Luật", "Công văn"];
const DATE = String.raw`(?<dmy>\d{1,2}/\d{1,2}/\d{1,5})|(?<long>\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{1,5})`;
const CITATION = new RegExp(
  String.raw`(?<![\p{L}])(?<type>${TYPES.join("|")})(?<so>\s+số)?\s+(?<code>\d(?:[\p{L}\d/-]*[\p{L}\d])?)` +
    String.raw`(?:,?\s+(?<ngay>ngày\s+)?(?:${DATE}))?` +
    // The issuer ends where the next document is cited («… của Chính phủ và Chỉ thị số 45-CT/TW … của Bộ Chính trị»).
    String.raw`(?:\s+của\s+(?<issuer>[^;.,\n]+?)(?=\s+(?:về|ban hành|hướng dẫn)\s|\s+(?:và|cùng)\s+(?:${TYPES.join("|")})(?![\p{L}])|[;.,\n]|$))?`,
  "giu",
);
const ASCII_DIGITS = /\d+/g;

function readDate(groups: Record<string, string | undefined>): CitedDate | undefined {
  const raw = groups["dmy"] ?? groups["long"];
  if (!raw) return undefined;
  const [day, month, year] = (raw.match(ASCII_DIGITS) ?? []).map(Number) as [number, number, number];
  const valid = String(year).length === 4 && year >= 1945 && year <= 2100 && isValidDate(year, month, day);
  return { raw, day, month, year, hasNgay: groups["ngay"] !== undefined, valid };
}

function subjectAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 400);
  const end = rest.search(/[;\n]|\.(?:\s|$)/);
  return end === -1 ? rest : rest.slice(0, end);
}

export function findCitations(text: string): Citation[] {
  const starts = lineStarts(text);
  const citations: Citation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const groups = match.groups ?? {};
    const code = groups["code"]!;
    // Without "số", only a symbol-looking token makes a citation ("Nghị định 59/2023/NĐ-CP", not "Luật 2025").
    if (!groups["so"] && !/[/-]/.test(code)) continue;
    const type = groups["type"]!;
    const start = match.index;
    const end = start + match[0].length;
    const citation: Citation = {
      type,
      code,
      symbol: readSymbol(code, /^(công văn|luật)$/iu.test(type)),
      subject: subjectAfter(text, end),
      raw: match[0],
      start,
      end,
      line: lineAt(starts, start),
    };
    const date = readDate(groups);
    if (date) citation.date = date;
    if (groups["issuer"]) citation.issuer = groups["issuer"].trim();
    citations.push(citation);
  }
  return citations;
}
