/**
 * A bracket of words right after a number: «03 (ba) cá nhân», «03 (hai) công chức», «01 (một) tập thể». Offices
 * write a count so, its words in brackets after its digits; what the words say is each reader's to judge (the same
 * number: spelledNumbers.ts blanks the echo; another: wordsDisagree.ts asks the clerk; numeral words before another
 * unit: vetoSpelled.ts). Read one way for all of them: letters and spaces only, at most 60, spaces inside the bracket
 * aside.
 */

/** The bracket, its words in group 1. */
export const BRACKETED_WORDS = String.raw`\([ \u00a0]*([\p{L} \u00a0]{1,60}?)[ \u00a0]*\)`;

const AFTER = new RegExp(String.raw`^[ \u00a0]*${BRACKETED_WORDS}`, "u");

/** The bracket of words that follows `end` (spaces between allowed): its words and where it ends; null when none. */
export function bracketedWordsAfter(text: string, end: number): { words: string; end: number } | null {
  const m = AFTER.exec(text.slice(end, end + 70));
  return m ? { words: m[1]!, end: end + m[0].length } : null;
}
