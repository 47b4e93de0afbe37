/**
 * «VP không có tổ chức trực thuộc; bố trí 04 bộ phận (TH; HĐND; HC-QT; TCD)»: where the office says in so many words
 * that it has none of what the form's list holds, the units it goes on to name in that sentence are of another kind
 * (its internal desks), not that list. Told by the list's own name (its label, or its count's) right after «không
 * (có)», in the sentence before the heading: «không có đơn vị sự nghiệp trực thuộc; có 05 phòng» denies another list,
 * not this one. Language knowledge and the form's labels only: no field is named.
 */
import type { ListTarget } from "./listHeads";

/** A denial of the target's list by its own name, for a target: built once per document. */
export function denialOf(target: ListTarget): RegExp | null {
  const names = target.named.map((h) => h.join("[ \\t]+"));
  if (names.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{M}])không(?:[ \\t]+(?:có|còn))?[ \\t]+(?:${names.join("|")})(?![\\p{L}\\p{M}])`, "iu");
}

/** How far back the sentence before a heading is read (a denial is a short clause before it). */
const REACH = 160;

/** The sentence before `at` (its line, after the last full stop) denies the target's list by its own name. */
export function deniedBefore(text: string, at: number, denial: RegExp | null): boolean {
  if (denial === null) return false;
  const from = Math.max(0, at - REACH, text.lastIndexOf("\n", at - 1) + 1);
  const sentence = text.slice(from, at).split(/[.!?](?=[ \t])/u).at(-1) ?? "";
  return denial.test(sentence);
}
