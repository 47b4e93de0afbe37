/**
 * «Kế hoạch … gồm 16 nhiệm vụ, đến nay đã hoàn thành 07 nhiệm vụ»: a count said done («đã hoàn thành», «hoàn thành
 * xong») right after a count of the same thing in the same sentence is the progress on that whole, the part finished
 * so far: it is no figure of how many there are, only of how many were completed (a figure whose own words say
 * «hoàn thành» keeps it).
 */
import { syllables } from "./words";

/** «đã hoàn thành», «hoàn thành xong», «đã thực hiện xong» right before the number (a clause's verb). */
const DONE = /(?<![\p{L}])(?:(?:đã\s+)?hoàn thành(?:\s+xong)?|đã\s+(?:thực hiện|triển khai|làm)\s+xong|đã\s+xong)\s*(?:được\s+)?$/iu;
/** The sentence before the number: back to a full stop before a space, a line break or a colon's list. */
const REACH = 200;

/** The noun written right after a number (its first syllable), or null. */
function nounAfter(text: string, end: number): string | null {
  return syllables(text.slice(end, end + 30).split(/[,;.:()\n\t]/)[0] ?? "")[0] ?? null;
}

export function completedPart(text: string, start: number, end: number): boolean {
  if (!DONE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const noun = nounAfter(text, end);
  if (noun === null) return false;
  const back = text.slice(Math.max(0, start - REACH), start);
  const from = Math.max(back.lastIndexOf("\n"), back.search(/\.\s[^.]*$/u));
  const sentence = back.slice(from + 1);
  // The whole: an earlier number of the sentence counting the same noun.
  for (const m of sentence.matchAll(/(?<![\d.,])\d+(?![\d.,]\d)/gu)) {
    const after = (sentence.length - m.index) - m[0].length;
    if (nounAfter(text, start - after) === noun) return true;
  }
  return false;
}

/** The field's own words say it counts what was completed. */
export function countsCompleted(label: string): boolean {
  return /hoàn thành|đã thực hiện|đã xong/iu.test(label);
}
