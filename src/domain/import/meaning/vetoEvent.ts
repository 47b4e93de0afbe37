/**
 * A figure whose label names a numbered event or term («chào mừng Đại hội XIV») is written where that event is named:
 * «Đại hội XIV», «Đại hội lần thứ XIV», «Đại hội 14». A number whose sentence names no such numeral is another award's
 * («Chủ tịch UBND huyện tặng Giấy khen cho 61 cá nhân có thành tích trong phong trào thi đua năm 2024»). Only in the
 * final demotion: the figure is left to the clerk, the number is not sent on to another figure.
 */
import { romanNumerals } from "./vetoRival";

const ROMAN_VALUE: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function valueOf(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUE[roman[i]!]!;
    const next = ROMAN_VALUE[roman[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** An event or term named with its numeral: «Đại hội XIV», «khóa XV», «kỳ họp thứ 10», «lần thứ XIV». */
const EVENT = /(?<![\p{L}])(?:đại hội|khóa|khoá|kỳ họp|lần thứ)(?:\s+(?:lần\s+)?thứ)?\s+([IVXLC]{1,6})(?![\p{L}])/giu;

/** The numerals of the events a label names, upper case (none for most labels: a label «L» is no event). */
export function eventNumerals(label: string): string[] {
  return [...label.matchAll(EVENT)].map((m) => m[1]!.toUpperCase()).filter((n) => romanNumerals(n).includes(n));
}

/** The sentence names none of the label's event numerals, in Roman or Arabic figures. */
export function eventUnnamed(numerals: readonly string[], sentence: string): boolean {
  if (numerals.length === 0) return false;
  const named = romanNumerals(sentence);
  if (numerals.some((n) => named.includes(n))) return false;
  return !numerals.some((n) => new RegExp(`(?:lần thứ|đại hội|khóa|khoá)\\s*${valueOf(n)}(?!\\d)`, "iu").test(sentence));
}

/**
 * «đợt thi đua chào mừng Đại hội lần thứ XIV …, theo đó đã đề nghị khen thưởng 02 cá nhân và 01 tập thể»: a number
 * whose stretch of sentence (from the last «;» before it to the end of its clause or the next number) names an event
 * another figure of the section is for is that event's, not a figure the form keeps apart from it (the council's
 * own awards). The next number ends the stretch: «Bằng khen cho 05 cá nhân … năm 2025 và cho 01 cá nhân … Đại hội
 * XIV» names the event for the second figure only.
 */
export function otherEventNamed(numerals: readonly string[], text: string, from: number, start: number, end: number): boolean {
  if (numerals.length === 0) return false;
  // Searched from the sentence's start only: back through the whole text it cost each number the text's length.
  const opening = from + text.slice(from, start).lastIndexOf(";") + 1;
  const rest = /[;.\n\d]/.exec(text.slice(end, end + 200));
  return !eventUnnamed(numerals, text.slice(opening, rest ? end + rest.index : end + 200));
}
