/**
 * A level named with «trở lên», «trở xuống» or after «trên», «sau», «dưới» is a range of levels, not the level: «đội
 * ngũ có trình độ đại học trở lên là 94 người» counts doctors, masters and graduates together, and «trên đại học» the
 * first two; neither is the count of «Đại học». The level that describes the number is the one in its own segment
 * (between «,», «;», brackets) or, when that names none, the last one before it in its sentence: «Đại học 57 (trên đại
 * học: 37)» keeps its 57, «… đại học trở lên chiếm đa số, với 88 người» gives 88 to the range.
 */
import { syllables } from "./words";

const AFTER: ReadonlyArray<readonly string[]> = [["trở", "lên"], ["trở", "xuống"]];
const BEFORE: ReadonlySet<string> = new Set(["trên", "sau", "dưới"]);

/** Where the label's syllables stand in `words`, first to last. */
function places(own: readonly string[], words: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i + own.length <= words.length; i++) if (own.every((w, k) => words[i + k] === w)) at.push(i);
  return at;
}

function ranged(own: readonly string[], words: readonly string[], i: number): boolean {
  const next = words.slice(i + own.length, i + own.length + 2);
  return BEFORE.has(words[i - 1] ?? "") || AFTER.some((a) => a.every((w, k) => next[k] === w));
}

/** The field's label describes the number (its segment's syllables, or its sentence's before it) only as a range. */
export function levelRange(label: string, segment: readonly string[], before: () => readonly string[]): boolean {
  const own = syllables(label);
  if (own.length === 0 || own.length > 3) return false;
  const inSegment = places(own, segment);
  if (inSegment.length > 0) return inSegment.every((i) => ranged(own, segment, i));
  const words = before();
  const last = places(own, words).at(-1);
  return last !== undefined && ranged(own, words, last);
}
