/**
 * The act a number is the count of: the words right before it, its trailing function words dropped («nhận được 08» →
 * «nhận»; «đã giải quyết 1.142» → «giải quyết»). A figure's acts are those words before the placeholder in its
 * wordings; a total whose act is the figure's is the figure's own count, whatever setting it shares with one of its
 * parts (sums.ts).
 */
import { isFunctionWord } from "./words";

export type Act = readonly string[];

/** The last one or two content-bearing syllables of `before` (syllables up to a number), or null. */
export function actOf(before: readonly string[]): Act | null {
  let end = before.length;
  while (end > 0 && isFunctionWord(before[end - 1]!)) end--;
  if (end === 0) return null;
  return before.slice(Math.max(0, end - 2), end);
}

/** The same act: the same last syllable, and the same one before it when both have two («nhận» is «nhận được»'s). */
export function sameAct(a: Act, b: Act): boolean {
  if (a.at(-1) !== b.at(-1)) return false;
  return a.length === 1 || b.length === 1 || a[0] === b[0];
}
