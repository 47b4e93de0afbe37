/**
 * What a document's abbreviations mean, read from the document itself, for words.ts to read them as their expansion:
 * - those it defines: Nghị định 30/2020/NĐ-CP (Phụ lục I, on the body of a document) has a phrase used often written
 *   in full once with its short form in brackets right after it, «hồ sơ (HS)», «thủ tục hành chính (TTHC)»; reports
 *   also write «(sau đây gọi tắt là Trung tâm)», «(viết tắt: PVHCC)», «Trung tâm Phục vụ hành chính công (trung tâm)»;
 * - those of abbreviations.json with several readings («ĐH» is đại học beside «ThS» and đại hội beside «Đảng»): the
 *   reading whose words stand around its uses, when every use that says anything says the same; otherwise none.
 * A definition is taken only when its short form matches the phrase (initials, or the phrase's first words), and an
 * initials form only when it is no Vietnamese syllable: «(TA)» is no reason to read every «ta» as something else.
 */
import ABBREVIATIONS from "./abbreviations.json";
import { syllables, wordOf, wordsOf } from "./words";
import { glossaryReadings } from "./abbreviationGlossary";

type Reading = [string[], string[]];

interface Ambiguous {
  /** `written`: the reading's words as `when`'s are spelt, to find it written out in full. */
  readings: Array<{ means: string[]; when: string[]; written: string }>;
}

const AMBIGUOUS = new Map<string, Ambiguous>(
  ABBREVIATIONS.entries.flatMap((e): Array<[string, Ambiguous]> =>
    e.readings ? [[wordOf(e.short), { readings: e.readings.map((r) => ({ means: wordsOf(r.means), when: r.when.map((w) => ` ${syllables(w).join(" ")} `), written: ` ${syllables(r.means).join(" ")} ` })) }]] : [],
  ),
);

/** The several-reading short forms as clerks write them, in capitals: found in one pass over a long text. */
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${ABBREVIATIONS.entries.flatMap((e) => (e.readings ? [e.short] : [])).join("|")})(?![\\p{L}\\p{M}])`,
  "gu",
);
/** How far on each side of an abbreviation, within its line, the words that tell its reading are looked for. */
const WINDOW = 80;
/** A short form in brackets: capitals (with the odd small letter, «ThS», «TTg»), or a few words. */
/** «(sau đây gọi là Văn phòng)», the legal drafter's «hereinafter», defines a short name as «gọi tắt là» does. */
const BRACKETED = /\(\s*(?:(?:(?:sau đây )?(?:gọi|viết) tắt(?: là|:)|sau đây gọi là)\s*)?([^()\n]{2,40}?)\s*\)/giu;
/** Vietnamese syllable finals: a run of letters ending otherwise («pakn»), or with no vowel («hs»), is no syllable. */
const SYLLABLE = /^[^aăâeêioôơuưy]*[aăâeêioôơuưy]+(?:c|ch|m|n|ng|nh|p|t)?$/u;

export function documentReadings(text: string): Reading[] {
  // A glossary's definitions («Trong báo cáo này: TTHC là …»; abbreviationGlossary.ts) and those in brackets.
  const defined = new Map([...glossaryReadings(text), ...definitions(text)]);
  const readings: Reading[] = [...defined.values()];
  for (const [short, means] of resolved(text)) if (!defined.has(short)) readings.push([[short], means]);
  return readings;
}

/** A run of letters that no Vietnamese word is: safe to read as an abbreviation wherever it stands. */
export function notASyllable(word: string): boolean {
  return !SYLLABLE.test(word.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d"));
}

function definitions(text: string): Map<string, Reading> {
  const found = new Map<string, Reading>();
  const twice = new Set<string>();
  for (const m of text.matchAll(BRACKETED)) {
    const short = m[1]!;
    const said = /tắt|sau đây gọi là/iu.test(m[0]);
    // «(sau đây gọi là Ban)»: a one-word name is a common word elsewhere («giao ban», «ban hành»), not read as the name.
    if (!/tắt/iu.test(m[0]) && said && short.trim().split(/\s+/u).length < 2) continue;
    // The phrase before the bracket, back to the start of its clause or of its table cell (a tab or «|»: «Số lượt⇥Số
    // người⇥Định kỳ (lượt)» is three headers, not a name «Lượt Số người Định kỳ» shortened to its unit): at most a
    // dozen words.
    const before = text.slice(Math.max(0, m.index! - 160), m.index!).split(/[,;:.!?()\n\t|]/).at(-1) ?? "";
    const words = before.split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(-12);
    const initials = /^\p{Lu}\p{L}*$/u.test(short) && /\p{Lu}.*\p{Lu}/u.test(short);
    // A bracket of small words names a shortened proper name only («(trung tâm)»); «(đạt 88,2%)» defines nothing.
    const named = said || /^\p{Ll}[\p{Ll}\s]*$/u.test(short);
    const reading = initials ? byInitials(short, words) : named ? byFirstWords(short, words, said) : null;
    if (!reading) continue;
    const key = reading[0].join(" ");
    // The same short form defined two ways: the document is not to be trusted on it.
    if (found.has(key) && found.get(key)![1].join(" ") !== reading[1].join(" ")) twice.add(key);
    found.set(key, reading);
  }
  for (const key of twice) found.delete(key);
  return found;
}

/** «thủ tục hành chính (TTHC)», «Thạc sĩ (ThS)»: the fewest last words whose first letters spell the short form. */
function byInitials(short: string, words: readonly string[]): Reading | null {
  const key = wordOf(short);
  if (!notASyllable(key)) return null;
  const letters = key.replace(/đ/g, "d");
  const plain = words.map((w) => wordOf(w).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/[^\p{L}]/gu, ""));
  const take = spell(letters, plain, plain.length);
  return take === null ? null : [[key], wordsOf(words.slice(take).join(" ").replace(/[^\p{L}\s]/gu, " "))];
}

/** The index of the first word used if the words before `end` spell `letters` (each word gives its first letters). */
function spell(letters: string, words: readonly string[], end: number): number | null {
  if (letters === "") return end;
  if (end === 0) return null;
  const word = words[end - 1]!;
  // «Lao động - Thương binh và Xã hội (LĐTBXH)»: a joining word may be left out of the short form.
  if (word === "" || ((word === "va" || word === "cua") && end < words.length)) {
    const skipped = spell(letters, words, end - 1);
    if (skipped !== null) return skipped;
  }
  for (let k = Math.min(word.length, letters.length, 2); k >= 1; k--) {
    if (!letters.endsWith(word.slice(0, k))) continue;
    const rest = spell(letters.slice(0, letters.length - k), words, end - 1);
    if (rest !== null) return rest;
  }
  return null;
}

/**
 * «Trung tâm Phục vụ hành chính công (sau đây gọi tắt là Trung tâm)»: the phrase that begins with the short form. Not
 * said to be a short name, the phrase must go on as a proper name («Trung tâm Phục vụ…», capitalised) for its head to be one.
 */
function byFirstWords(short: string, words: readonly string[], said: boolean): Reading | null {
  const key = wordsOf(short.replace(/[^\p{L}\s]/gu, " "));
  if (key.length === 0 || key.length > 4) return null;
  const plain = words.map(wordOf);
  for (let i = plain.length - key.length - 1; i >= 0; i--) {
    if (!key.every((s, k) => plain[i + k] === s)) continue;
    if (!said && !/^\p{Lu}/u.test(words[i + key.length]!)) return null;
    return [key, wordsOf(words.slice(i).join(" ").replace(/[^\p{L}\s]/gu, " "))];
  }
  return null;
}

/** Abbreviations with several readings, each read as the one its uses in this document agree on. */
function resolved(text: string): Map<string, string[]> {
  const votes = new Map<string, Set<number>>();
  for (const use of severalReadingUses(text)) {
    if (use.says !== null) votes.set(use.key, new Set([...(votes.get(use.key) ?? []), use.says]));
  }
  const out = new Map<string, string[]>();
  for (const [key, said] of votes) {
    if (said.size !== 1) continue;
    out.set(key, readingOf(key, [...said][0]!));
  }
  return out;
}

/** One use of a several-reading short form, and the reading its words around say (null when none, or two, do). */
export interface AbbreviationUse {
  key: string;
  written: string;
  start: number;
  says: number | null;
}

export function* severalReadingUses(text: string): Generator<AbbreviationUse> {
  for (const m of text.matchAll(WRITTEN)) {
    const written = m[0];
    const key = wordOf(written);
    const entry = AMBIGUOUS.get(key);
    if (!entry) continue;
    const lineFrom = text.lastIndexOf("\n", m.index!) + 1;
    const lineEnd = text.indexOf("\n", m.index!);
    const from = Math.max(lineFrom, m.index! - WINDOW);
    const to = Math.min(lineEnd === -1 ? text.length : lineEnd, m.index! + written.length + WINDOW);
    const around = ` ${syllables(text.slice(from, to)).join(" ")} `;
    // A use with the words of two readings around it says nothing; one with one reading's words is a vote. Of two
    // readings whose words stand around it, one written out in full beside it is not what it stands for: «CC giao⇥CC
    // có mặt⇥…⇥Cao cấp LLCT» abbreviates «công chức», for the clerk wrote «cao cấp» in full there.
    const told = entry.readings.flatMap((r, i) => (r.when.some((w) => around.includes(w)) ? [i] : []));
    const says = told.length > 1 ? told.filter((i) => !around.includes(entry.readings[i]!.written)) : told;
    yield { key, written, start: m.index!, says: says.length === 1 ? says[0]! : null };
  }
}

/** What a several-reading short form means in its `index`th reading. */
export function readingOf(key: string, index: number): string[] {
  return AMBIGUOUS.get(key)!.readings[index]!.means;
}
