/**
 * Counts written in words in a report's text (their value: ../../spelledCounts.ts): the echo after a count,
 * «03 (ba) cá nhân», read as blank; a count written only in words before its unit, «bốn Phó Chánh Văn phòng», read
 * as a count.
 */
import { NUMERAL_WORDS, spelledValue } from "../../spelledCounts";
import type { NumberToken } from "../numbers";
import { BRACKETED_WORDS } from "./bracketedWords";
import { KNOWN_UNITS } from "./words";

/** A count, then a bracket of words (bracketedWords.ts): the count in group 1, the bracket in 2, its words in 3. */
const ECHO = new RegExp(String.raw`(?<![\d.,/])(\d{1,3}(?:\.\d{3})*)[ \u00a0]*(${BRACKETED_WORDS})`, "gu");

/**
 * «03 (ba) cá nhân», «12 (mười hai) cuộc»: the bracket after a count saying the same number in words is blanked
 * (spaces, the text keeps its length), so the count is read with the words after it — its unit, what it counts —
 * as the clerk means it. A bracket that says another number, or anything else, is left as written.
 */
export function withoutSpelledEchoes(text: string): string {
  if (!text.includes("(")) return text;
  const blanks: Array<[number, number]> = [];
  for (const m of text.matchAll(ECHO)) {
    if (spelledValue(m[3]!) !== Number(m[1]!.replace(/\./g, ""))) continue;
    blanks.push([m.index + m[0].length - m[2]!.length, m.index + m[0].length]);
  }
  for (const m of text.matchAll(DIGITS_AFTER_WORDS)) {
    const words = spelledBefore(text, m.index, Number(m[1]!.replace(/\./g, "")));
    if (words === null) continue;
    // «mười một (11) ý kiến»: the words and the brackets are blanked, the digits stay where they are.
    blanks.push([words, m.index + m[0].indexOf("(") + 1], [m.index + m[0].lastIndexOf(")"), m.index + m[0].length]);
  }
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [from, to] of blanks) {
    if (from < at) continue;
    pieces.push(text.slice(at, from), " ".repeat(to - from));
    at = to;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/**
 * «mười một (11) ý kiến», «hai (02) cá nhân»: a count written in words with its digits in brackets after it, the
 * other order of the same habit. The words before the number then describe the digits as they would the words
 * («nhận được mười một (11) ý kiến» is what was received).
 */
const DIGITS_AFTER_WORDS = /[ \u00a0]*\([ \u00a0]*(\d{1,3}(?:\.\d{3})*)[ \u00a0]*\)/gu;
/** At most this many numeral words make one count («một nghìn hai trăm ba mươi tư»). */
const MOST_WORDS = 8;

/** Where the numeral words ending at `end` start, when they say `value` (the longest such run), or null. */
function spelledBefore(text: string, end: number, value: number): number | null {
  const before = text.slice(Math.max(0, end - 80), end);
  const words = [...before.matchAll(/[\p{L}\p{M}]+/gu)];
  let found: number | null = null;
  for (let k = words.length - 1, n = 1; k >= 0 && n <= MOST_WORDS; k--, n++) {
    const first = words[k]!;
    // Only spaces between the words, and between the last one and the bracket.
    const run = before.slice(first.index);
    if (!/^[\p{L}\p{M}]+(?:[ \u00a0]+[\p{L}\p{M}]+)*$/u.test(run)) break;
    if (!NUMERAL_WORDS.has(first[0].normalize("NFC").toLowerCase())) break;
    if (spelledValue(run) === value) found = end - before.length + first.index;
  }
  return found;
}

const WORD = `(?:${[...NUMERAL_WORDS].join("|")})`;
/** The first word may open a sentence («Mười hai cuộc …»); the unit may be capitalised («bốn Phó Chánh Văn phòng»). */
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const FIRST = `(?:${[...NUMERAL_WORDS].flatMap((w) => [w, capitalised(w)]).join("|")})`;
/** Each word of a unit in either case: «Phó Trưởng phòng», «Phó Chánh Văn phòng» capitalise the post, not the room. */
const eitherCase = (w: string) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`;
const UNIT = `(?:${KNOWN_UNITS.map((u) => u.split(" ").map(eitherCase).join(" ")).join("|")})`;
/**
 * A run of numeral words right before a known unit, at a word's start: «mười hai cuộc», «bốn Phó Chánh». Without
 * the «i» flag: a case-blind alternation is tried at every character of the text (40 ms on a 350,000-character
 * report), the written cases are few.
 */
const SPELLED_COUNT = new RegExp(
  `(?<words>${FIRST}(?:[ \\u00a0]+${WORD})*)(?=[ \\u00a0]+${UNIT}(?![\\p{L}\\p{M}]))`,
  "gu",
);

/**
 * Counts written only in words before their unit, as tokens beside the digits' (numbers.ts): «sáu ý kiến» is 6.
 * Not an ordinal («lần thứ hai»), and not a run ending in «năm» or «tư», which are words of their own before a noun
 * («trong năm cán bộ…», «đầu tư»): offices write five and four as «năm»/«bốn» in counts, but a year's «năm» is far
 * more common — except «năm» alone right after a word that does not go with a year («trễ hạn năm hồ sơ»: fiveCounted). Zero is read by the words for zero (zeroWords.ts), not here.
 */
export function spelledCounts(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  for (const m of text.matchAll(SPELLED_COUNT)) {
    const words = m.groups!["words"]!;
    // At a word's start (checked here: a lookbehind tried at every character doubles the cost).
    if (/[\p{L}\p{M}]/u.test(text[m.index - 1] ?? "")) continue;
    const last = words.toLowerCase().split(/[ \u00a0]+/).at(-1)!;
    if (last === "tư" || (last === "năm" && !fiveCounted(text, m.index, words))) continue;
    if (/(?<![\p{L}\p{M}])thứ[ \u00a0]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const value = spelledValue(words);
    if (value === null || value === 0) continue;
    found.push({ start: m.index, end: m.index + words.length, text: words, kind: "count", value });
  }
  return found;
}

/**
 * The words a year's «năm» follows: «trong năm», «cả năm», «mỗi năm», «đầu năm», «các năm», «năm năm» (a span of
 * years), «một năm»… Before a unit after any other word, «năm» is five: «trễ hạn năm hồ sơ», «cử năm công chức».
 */
const YEAR_BEFORE = /(?<![\p{L}\p{M}])(?:trong|cả|mỗi|hằng|hàng|của|đầu|cuối|giữa|nửa|các|những|qua|trước|sau|năm|một|hai|ba|bốn|sáu|bảy|tám|chín|mười|nhiều|vài|theo|cùng|tất|từng|nào|này|tới|đến|đã|trên|dưới|gần|hơn|khoảng|thứ|lần|tháng|quý)[ \u00a0]+$/iu;

/**
 * A run ending in «năm» that is five: after «lẻ» or «linh» («một trăm lẻ năm hồ sơ», no year follows them); the word
 * alone, not after a word that goes with a year, not on a line's start — after a label's colon it is the label's
 * count («Nâng lương trước thời hạn: năm công chức»), a year being written in digits there.
 */
function fiveCounted(text: string, at: number, words: string): boolean {
  const lower = words.toLowerCase().split(/[ \u00a0]+/u);
  if (lower.length > 1) return lower.length >= 3 && (lower.at(-2) === "lẻ" || lower.at(-2) === "linh");
  const before = text.slice(Math.max(0, at - 12), at);
  return /(?:\p{L}|\p{L}:)[ \u00a0]+$/u.test(before) && !YEAR_BEFORE.test(before);
}

/** The digits' tokens and the words' in text order. */
export function withSpelledCounts(text: string, tokens: readonly NumberToken[]): NumberToken[] {
  const spelled = spelledCounts(text);
  return spelled.length === 0 ? [...tokens] : [...tokens, ...spelled].sort((a, b) => a.start - b.start);
}
