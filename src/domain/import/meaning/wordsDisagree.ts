/**
 * A count written both in words and in digits that do not agree: «hai (03) công chức», «03 (hai) công chức». Offices
 * write a count twice so that it cannot be misread; when the two differ, nothing else in the sentence says which one
 * the clerk meant, so neither is the figure: the clerk is asked. The number still competes as the figure's reading
 * (refusing it would hand the figure to the next number, «nâng bậc lương thường xuyên cho mười bốn người»), but what
 * it wins stays offered, never bound. Two that agree are the usual echo (spelledNumbers.ts blanks it).
 */
import { NUMERAL_WORDS, spelledValue } from "../../spelledCounts";
import type { FieldId } from "../../types";
import type { Recognition } from "../types";
import { bracketedWordsAfter } from "./bracketedWords";

/** A run of numeral words at the end of `before`, then a bracket opening before the digits. */
const WORDS_THEN_BRACKET = /(?<![\p{L}\p{M}])((?:[\p{L}]+[ \u00a0]+){0,5}?[\p{L}]+)[ \u00a0]*\([ \u00a0]*$/u;

/** The digits at `start`–`end` stand beside numeral words of another value, before or after them. */
export function wordsDisagree(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!/^\d{1,3}(?:\.\d{3})*$/.test(written)) return false;
  const value = Number(written.replace(/\./g, ""));
  // The digits alone in their bracket: «năm (02 đợt)» is a year's plan and its count, not one number said twice.
  if (/\([ \u00a0]*$/.test(text.slice(Math.max(0, start - 3), start)) && /^[ \u00a0]*\)/.test(text.slice(end, end + 3))) {
    const words = numeralTail(text.slice(Math.max(0, start - 80), start));
    const spelled = words === null ? null : spelledValue(words);
    if (spelled !== null && spelled !== value) return true;
  }
  const after = bracketedWordsAfter(text, end);
  if (after) {
    const spelled = spelledValue(after.words);
    if (spelled !== null && spelled !== value) return true;
  }
  return false;
}

/** The longest run of numeral words that ends the text before the bracket, or null. */
function numeralTail(before: string): string | null {
  const m = WORDS_THEN_BRACKET.exec(before);
  if (!m) return null;
  const words = m[1]!.split(/[ \u00a0]+/);
  let from = words.length;
  while (from > 0 && NUMERAL_WORDS.has(words[from - 1]!.normalize("NFC").toLowerCase())) from--;
  if (from === words.length) return null;
  // «năm» and «tư» end far more words of their own («kế hoạch năm», «đầu tư») than counts (as spelledNumbers.ts reads).
  const last = words.at(-1)!.normalize("NFC").toLowerCase();
  return last === "năm" || last === "tư" ? null : words.slice(from).join(" ");
}

/**
 * Bound figures any of whose places its own words contradict become the clerk's to choose (their places offered);
 * returns them, so that no later step (the sums) binds them again.
 */
export function doubtContradicted(text: string, result: Map<FieldId, Recognition>): FieldId[] {
  const doubted: FieldId[] = [];
  for (const [id, r] of result) {
    if (r.state !== "bound" || !r.occurrences.some((o) => wordsDisagree(text, o.start, o.end))) continue;
    result.set(id, { state: "ambiguous", candidates: r.occurrences });
    doubted.push(id);
  }
  return doubted;
}
