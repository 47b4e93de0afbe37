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

/** The numerals of the events a label names, upper case (none for most labels). */
export function eventNumerals(label: string): string[] {
  return romanNumerals(label);
}

/** The sentence names none of the label's event numerals, in Roman or Arabic figures. */
export function eventUnnamed(numerals: readonly string[], sentence: string): boolean {
  if (numerals.length === 0) return false;
  const named = romanNumerals(sentence);
  if (numerals.some((n) => named.includes(n))) return false;
  return !numerals.some((n) => new RegExp(`(?:lần thứ|đại hội|khóa|khoá)\\s*${valueOf(n)}(?!\\d)`, "iu").test(sentence));
}
