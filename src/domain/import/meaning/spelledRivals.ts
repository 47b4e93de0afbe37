/**
 * Numbers written in words before what they count: «bốn Phó Chánh Văn phòng», «mười hai cuộc giao ban», «hai mươi
 * mốt hồ sơ». They are never bound (the pane binds only what the clerk selects as digits, paneChoices.chosenInput), but
 * they are readings of a figure as good as any digit: «Chánh Văn phòng và bốn Phó Chánh Văn phòng; 01 Phó Chánh Văn
 * phòng kiêm nhiệm …» states four deputies, and the «01» beside them is another figure. A digit that a number in words
 * rivals is left for the clerk (assign.ts).
 *
 * A run of number words counts only when a known unit follows it right away («ba công khai», «một cửa», «Sở Tư pháp»
 * are not numbers), is not in brackets after its digits («03 (ba) cá nhân», vetoSpelled.ts) and is not an ordinal
 * («lần thứ hai»).
 */
import type { NumberToken } from "../numbers";
import { KNOWN_UNITS, syllables, unitAt } from "./words";

const DIGITS: Readonly<Record<string, number>> = {
  một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9,
};
const WORD = "một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ";
// Without the «u» flag (a lookbehind over letters costs a tenth of a second on a 70-page report): the words' edges are
// checked one character each.
const RUN = new RegExp(`(?:${WORD})(?:[ \\u00a0]+(?:${WORD}))*`, "gi");
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
const ORDINAL = /(?:thứ|lần|số|khóa|khoá|kỳ|quý|tháng|năm)[ \u00a0]+$/iu;

/** The number words of a run read as a whole number below 1 000, or null when they do not make one. */
export function spelledValue(run: string): number | null {
  const words = run.toLowerCase().normalize("NFC").split(/[ \u00a0]+/);
  let value = 0;
  let i = 0;
  const digit = (w: string | undefined, allowed: readonly string[] = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]) =>
    w !== undefined && allowed.includes(w) ? DIGITS[w]! : null;
  const hundreds = digit(words[0]);
  if (hundreds !== null && words[1] === "trăm") {
    value = hundreds * 100;
    i = 2;
    if (i === words.length) return value;
    if (words[i] === "linh" || words[i] === "lẻ") {
      const units = digit(words[i + 1]);
      return units !== null && i + 2 === words.length ? value + units : null;
    }
  }
  if (words[i] === "mười") {
    value += 10;
    i++;
  } else {
    const tens = digit(words[i]);
    if (tens === null) return null;
    if (words[i + 1] !== "mươi") return i + 1 === words.length ? value + tens : null;
    value += tens * 10;
    i += 2;
  }
  if (i === words.length) return value;
  // «mười lăm», «hai mươi mốt», «ba mươi tư»: the last digit's other names after tens.
  const units = digit(words[i], ["một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "nhăm", "sáu", "bảy", "tám", "chín"]);
  if (units === null || i + 1 !== words.length) return null;
  if (words[i] === "mốt" && value === 10) return null;
  return value + units;
}

/** Every number written in words and followed by a known unit, as count tokens (never bound, only rivals). */
export function spelledCounts(text: string): NumberToken[] {
  const found: NumberToken[] = [];
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && WORD_CHAR.test(text[start - 1]!)) continue;
    if (!/^[ \u00a0]+\p{L}/u.test(text.slice(end, end + 2))) continue;
    if (ORDINAL.test(text.slice(Math.max(0, start - 8), start))) continue;
    const value = spelledValue(m[0]);
    if (value === null || value === 0) continue;
    const after = text.slice(end, end + 40).split(/[,;.:()\n\t]/)[0] ?? "";
    if (unitAt(syllables(after), KNOWN_UNITS) === null) continue;
    found.push({ start, end, text: m[0], kind: "count", value });
  }
  return found;
}
