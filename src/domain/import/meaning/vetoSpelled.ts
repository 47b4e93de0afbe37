/**
 * Two ways a report writes numbers that are not what they seem to the words after them:
 * - a count followed by itself in words, «01 (một) tập thể và 03 (ba) cá nhân»: the bracket is the same number, and
 *   the noun after it is still what the number counts — «03 (ba) cá nhân» counts people, never groups;
 * - a list's item mark, «gồm 07 (bảy) nhóm …: (1) Chỉ đạo …; (2) Công bố …; (3) Rà soát …»: «(3)» numbers an item
 *   and counts nothing.
 */
import { bracketedWordsAfter } from "./bracketedWords";
import { sameGroup } from "./score";
import { KNOWN_UNITS, syllables, unitAt } from "./words";

const NUMBER_WORDS = new Set(
  "không một mốt hai ba bốn tư năm lăm nhăm sáu bảy tám chín mười mươi trăm nghìn ngàn linh lẻ triệu".split(" "),
);

/** The number at `end` is followed by its words in brackets, then by a unit other than the field's. */
export function spelledOtherUnit(unit: string | null, text: string, end: number): boolean {
  if (!unit) return false;
  const bracket = bracketedWordsAfter(text, end);
  if (!bracket || !bracket.words.trim().toLowerCase().split(/\s+/).every((w) => NUMBER_WORDS.has(w))) return false;
  const rest = text.slice(bracket.end, bracket.end + 40).split(/[,;.:()\n\t]/)[0] ?? "";
  const head = unitAt(syllables(rest), KNOWN_UNITS);
  return head !== null && head !== unit && !sameGroup(head, unit);
}

/** «(3)» opening an item: after a line start, «:», «;» or «,», before a capitalised word. */
export function itemMark(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== "(" || text[end] !== ")") return false;
  const before = text.slice(Math.max(0, start - 4), start - 1);
  return /(?:^|[\n:;,]\s*|^\s*)$/u.test(before) && /^\)\s*\p{Lu}/u.test(text.slice(end, end + 4));
}
