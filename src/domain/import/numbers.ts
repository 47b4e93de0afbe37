/**
 * Every number written in a report's text, read whole: "9.780", "9780", "9 780" with a space, a non-breaking space
 * (U+00A0), a thin one (U+2009, a PDF's) or a narrow one (U+202F), "08", "95,06%", "95,06 %", "95.06%", "95.06 %".
 * A figure is one token: the recognisers only ever take a whole token, so "7 642" can never be read as 642, nor
 * "9.780" as 780.
 *
 * Decisions (docs/import-and-check.md, «Cách viết số»):
 * - thousands are grouped by one kind of separator throughout a number ("9.780.000", "9 780 000"), groups of three;
 * - a group separated by a space is part of the number only when it has exactly three digits and the number before
 *   it does not start with 0 ("05 100" is two numbers: 05 and 100);
 * - a dot followed by one or two digits is a decimal mark (95.06); a comma always is (95,06);
 * - numbers inside citations and dates ("59/2023/NĐ-CP", "15/12/2025", "429-QĐi", "H.01b", "11/2020") are not
 *   figures; a fraction of counts ("27/31 lượt", "46/55 biên chế") is two counts, but days in a list of dates
 *   («các ngày 22/9, 06/10 và 01/12/2025», dayMonthLists.ts) are not.
 */
import ABBREVIATIONS from "./meaning/abbreviations.json";
import { KNOWN_UNITS } from "./meaning/words";
import { inSlashGroup } from "./slashGroups";
import { dateInput, writtenDateEnd } from "./writtenDates";
import { dayMonthInListEnd } from "./dayMonthLists";
import { commaThousandsEnd } from "./commaThousands";

export type NumberKind =
  /** A whole number: a count or a year. */
  | "count"
  /** A number with "%". */
  | "percent"
  /** dd/mm/yyyy, or dd-mm-yyyy, dd.mm.yyyy, «dd tháng mm năm yyyy» (writtenDates.ts). */
  | "date"
  /** Part of a symbol, a month/year, a range, a decimal without "%": never a figure. */
  | "other";

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  /** The value read (counts, percents); NaN for dates and others. */
  value: number;
}

const SEPARATORS = [".", " ", "\u00a0", "\u2009", "\u202f"] as const;
const SPACE = /[ \u00a0\u2009\u202f]/;
/** A space, or a dotted blank's dots the figure was filled in before («94,74……%», dottedBlanks.ts). */
const PERCENT_GAP = /^(?:[ \u00a0\u2009\u202f]?|[….]*…[….]*)%/u;
/**
 * The sign in words, «92,4 phần trăm», «đạt 100 phần trăm»: a share as «%» is. Not «2 phần trăm điểm» (a change in
 * points, no share: never a figure). Read as the text is (composed marks), like every word the recognizers compare.
 */
const PERCENT_WORDS = /^[ \u00a0\u2009\u202f]+phần[ \u00a0\u2009\u202f]+trăm(?![\p{L}\p{M}\d])/iu;
const POINTS_AFTER = /^[ \u00a0\u2009\u202f]+điểm(?![\p{L}\p{M}])/iu;
/** The sign of a percentage at the end of a token's text, either way it is written. */
export const PERCENT_SIGN_END = /(?:[ \u00a0\u2009\u202f]?%|[….]*…[….]*%|[ \u00a0\u2009\u202f]+phần[ \u00a0\u2009\u202f]+trăm)$/iu;

/** After a number ending at `end`: the length of its percent sign, 0 for none, -1 for «phần trăm điểm» (no share). */
function percentSign(text: string, end: number): number {
  const sign = PERCENT_GAP.exec(text.slice(end, end + 24));
  if (sign) return sign[0].length;
  const words = PERCENT_WORDS.exec(text.slice(end, end + 16));
  if (!words) return 0;
  return POINTS_AFTER.test(text.slice(end + words[0].length, end + words[0].length + 8)) ? -1 : words[0].length;
}

/** Reads every number of the text, left to right, as whole tokens. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const digits = /\d+/g;
  let match: RegExpExecArray | null;
  while ((match = digits.exec(text)) !== null) {
    const token = readAt(text, match.index);
    tokens.push(token);
    digits.lastIndex = token.end;
  }
  return tokens;
}

/** Reads the number that starts at `start` (a digit not preceded by a digit of the same number). */
function readAt(text: string, start: number): NumberToken {
  let end = runEnd(text, start);
  const first = text.slice(start, end);
  // A date: dd/mm/yyyy.
  const date = /^\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/.exec(text.slice(start, start + 11));
  if (date && first.length <= 2) return token(text, start, start + date[0].length, "date", Number.NaN);
  const written = first.length <= 2 ? writtenDateEnd(text, start) : null;
  if (written !== null) return token(text, start, written, "date", Number.NaN);
  const listed = first.length <= 2 ? dayMonthInListEnd(text, start) : null;
  if (listed !== null) return token(text, start, listed, "other", Number.NaN);
  // Grouped thousands, with one separator throughout.
  if (first.length <= 3) {
    for (const sep of SEPARATORS) {
      if (sep !== "." && first.startsWith("0") && first.length > 1) continue;
      let at = end;
      while (text[at] === sep && /^\d{3}(?!\d)/.test(text.slice(at + 1, at + 5))) at += 4;
      if (at > end) {
        end = at;
        break;
      }
    }
  }
  // «6,482 hồ sơ»: thousands grouped with a comma, before a count's unit (commaThousands.ts).
  const commaGrouped = end - start === first.length ? commaThousandsEnd(text, start, end) : null;
  if (commaGrouped !== null) return token(text, start, commaGrouped, "count", Number(text.slice(start, commaGrouped).replace(/\D/g, "")));
  const whole = text.slice(start, end);
  const plain = Number(whole.replace(/\D/g, ""));
  // A decimal: "95,06", "95.06" (dot and one or two digits), "1.234,5".
  const decimal = /^[.,](\d+)(?!\d)/.exec(text.slice(end, end + 12));
  const dotOk = decimal && (text[end] === "," || (decimal[1]!.length <= 2 && !whole.includes(".")));
  if (decimal && dotOk) {
    const value = Number(`${plain}.${decimal[1]}`);
    const after = end + decimal[0].length;
    const pct = percentSign(text, after);
    return pct > 0 ? token(text, start, after + pct, "percent", value) : token(text, start, after, "other", value);
  }
  const pct = percentSign(text, end);
  if (pct > 0) return token(text, start, end + pct, "percent", plain);
  if (pct < 0) return token(text, start, end, "other", plain);
  return token(text, start, end, isPartOfSymbol(text, start, end) ? "other" : "count", plain);
}

function runEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
  return end;
}

/** "59/2023", "3/2026", "429-QĐi", "2026-2030", "H.01b", "XIV2": numbers that name, not count. */
function isPartOfSymbol(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? " ";
  const after = text[end] ?? " ";
  // «trước hạn/đúng hạn/trễ hạn: 12.410/1.309/186»: each is a label's count (slashGroups.ts).
  if ((before === "/" || after === "/" || /[ \t]\/|\/[ \t]/.test(text.slice(start - 2, end + 2))) && inSlashGroup(text, start)) return false;
  // A fraction of counts, "27/31 lượt", "46/55 biên chế": both are counts (a month/year, "11/2020", is not).
  const fraction = /^\/\d{1,3}(?:\.\d{3})*(?![\d/])/;
  if (after === "/" && fraction.test(text.slice(end, end + 12)) && !/^\/\d{4}(?!\d)/.test(text.slice(end, end + 6))) {
    return /[\p{L}/\\]/u.test(before);
  }
  // …its whole too, up to three digits or grouped in thousands («1.304/1.346 hồ sơ»: no year, no symbol's number).
  if (before === "/" && /\d/.test(text[start - 2] ?? "") && (end - start < 4 || /^\d{1,3}(?:\.\d{3})+$/.test(text.slice(start, end))) && text[end] !== "/") {
    const numerator = /(\d[\d.]*)\/$/.exec(text.slice(Math.max(0, start - 12), start));
    const beforeNumerator = numerator ? text[start - 1 - numerator[0].length] ?? " " : "/";
    if (numerator && !/[\p{L}/\\\d]/u.test(beforeNumerator)) return /\p{L}/u.test(after);
  }
  if (before === "/" && countPerUnit(text, start, end)) return false;
  if (/[\p{L}/\\]/u.test(before) || (/\p{L}/u.test(after) && !gluedUnit(text, end)) || after === "/") return true;
  if (before === "." && /\p{L}/u.test(text[start - 2] ?? "")) return true;
  // Ranges and symbols joined by a hyphen: "2026-2030", "18-CT/TU"; "2026 - 2030" is a range of years too.
  if (after === "-" && /[\d\p{L}]/u.test(text[end + 1] ?? "")) return true;
  if (before === "-" && /\d/.test(text[start - 2] ?? "")) return true;
  return false;
}

/**
 * «12hồ sơ», «84người»: a count typed without the space before its unit (a known unit, whole) is still a count; so
 * is one glued to a unit's short form, «52hs», «52QĐ» (abbreviations.json: a short form one of whose readings is a
 * unit), «03đ/c» (how clerks shorten «đồng chí», vetoHeadNoun.ts) — but not «12QĐ-UBND», a document's number.
 */
const SHORT_UNITS = ABBREVIATIONS.entries.flatMap((e) =>
  [("means" in e ? e.means : undefined), ...(e.readings ?? []).map((r) => r.means)].some((m) => m !== undefined && KNOWN_UNITS.includes(m)) ? [e.short] : [],
);
const GLUED_UNIT = new RegExp(
  `^(?:${KNOWN_UNITS.join("|")}|(?:${[...SHORT_UNITS, "đ/c"].join("|")})(?![-/]))(?![\\p{L}\\p{M}\\d])`,
  "iu",
);
function gluedUnit(text: string, end: number): boolean {
  return GLUED_UNIT.test(text.slice(end, end + 24).normalize("NFC"));
}

/**
 * «01 lượt/03 người», «866 lượt / 964 người»: a count, its unit, a slash, then a count of another unit: one act counted
 * two ways (Lâm Đồng's, Quảng Ngãi's monthly reports), both counts. Units are lowercase words; a symbol's part after a
 * slash is not («12/QĐ-UBND», «BC/03»). A hurried clerk glues the units, «104lượt/148ng».
 */
const COUNT_UNIT_SLASH = /(?<![\p{L}\d/.,])\d[\d.]*[ \u00a0]*\p{Ll}[\p{Ll} \u00a0]{0,15}[ \u00a0]*\/[ \u00a0]*$/u;
function countPerUnit(text: string, start: number, end: number): boolean {
  return /^[ \u00a0]*\p{Ll}/u.test(text.slice(end, end + 3)) && COUNT_UNIT_SLASH.test(text.slice(Math.max(0, start - 30), start));
}

function token(text: string, start: number, end: number, kind: NumberKind, value: number): NumberToken {
  return { start, end, text: text.slice(start, end), kind, value };
}

/** The tokens by start offset, to check that a pattern captured a whole number. */
export function tokenIndex(tokens: readonly NumberToken[]): Map<number, NumberToken> {
  return new Map(tokens.map((t) => [t.start, t]));
}

/** What a clerk types for a figure token: digits as written without the "%" («phần trăm»), a space-grouped count without spaces. */
export function inputOf(t: NumberToken): string {
  if (t.kind === "percent") {
    const digits = t.text.replace(PERCENT_SIGN_END, "");
    return digits.includes(",") ? digits : digits.replace(".", ",");
  }
  // A count written in words («mười hai», meaning/spelledNumbers.ts) is typed as its digits.
  if (t.kind === "count" && /\p{L}/u.test(t.text)) return String(t.value);
  // «9 780» and «6,482 hồ sơ» (commaThousands.ts) are typed as «9.780», «6.482».
  if (t.kind === "count") return SPACE.test(t.text) || t.text.includes(",") ? t.text.replace(/[ \u00a0\u2009\u202f,]/g, ".") : t.text;
  return t.kind === "date" ? dateInput(t.text) : t.text;
}
