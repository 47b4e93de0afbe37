/**
 * A clerk's short form of a long phrase: the initials of its first words, then its last word written out, «SNL việc»
 * for «số người làm việc», as a telegraphic report writes a label it repeats («SNL việc giao 2026: 36»). Such a form is
 * in no glossary and no table of abbreviations, but the phrase is one the reports' language names (the shared
 * synonyms' phrases, words.ts): read as that phrase when exactly one phrase fits. Taken only when the capitals are no
 * Vietnamese syllable, no abbreviation read otherwise, at least three letters (two initials fit too many phrases),
 * and the word after them is the phrase's next word.
 */
import { notASyllable } from "./abbreviations";
import { isSharedShortForm, SHARED_PHRASES, wordOf } from "./words";

type Reading = [string[], string[]];

/** Three or four capitals, then a word in small letters. */
const FORM = /(?<![\p{L}\p{M}\d])(\p{Lu}{3,4})[^\S\n]+(\p{Ll}+)(?![\p{L}\p{M}])/gu;

/** A word's first letter without its marks («đ» as «d»): what its initial in a short form is. */
function initial(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d")[0] ?? "";
}

/** The phrase whose first words' initials spell `letters` and whose next word is `next`, when only one such is known. */
function phraseFor(letters: string, next: string): string[] | null {
  const found = new Set<string>();
  for (const phrase of SHARED_PHRASES) {
    if (phrase.length <= letters.length || phrase[letters.length] !== next) continue;
    if ([...letters].every((ch, k) => initial(phrase[k]!) === ch)) found.add(phrase.slice(0, letters.length + 1).join(" "));
  }
  return found.size === 1 ? [...found][0]!.split(" ") : null;
}

export function initialsReadings(text: string, defined: ReadonlySet<string>): Reading[] {
  const readings = new Map<string, Reading>();
  for (const m of text.matchAll(FORM)) {
    const short = wordOf(m[1]!);
    if (!notASyllable(short) || isSharedShortForm(short) || defined.has(short)) continue;
    const next = wordOf(m[2]!);
    const phrase = phraseFor([...short].map(initial).join(""), next);
    if (phrase) readings.set(`${short} ${next}`, [[short, next], phrase]);
  }
  return [...readings.values()];
}
