/**
 * A clerk typing fast, or on a keyboard without a Vietnamese input method, leaves words without their marks: «Thac
 * sy: 24; Dai hoc: 39», «tiếp nhận 87 ho so», «dang giai quyet 03». Such a word is read as the word it stands for
 * only where that cannot join two different words: two neighbouring unmarked syllables are given the marks of the
 * one pair of syllables, among the form's wordings and the document's own marked text, that they are without their
 * marks («ho so» → «hồ sơ»); a pair that could stand for two marked pairs, or a syllable the pairs on its two sides
 * would mark differently, is left as written. A lone unmarked syllable («ho», «co», «da») is never guessed: it
 * stands for too many words.
 *
 * Precomposed Vietnamese letters are one character each (NFC), so the text keeps its length and every offset found
 * in it is the document's; what the clerk is shown quotes the document as written.
 */

import { eachRun } from "./letterRuns";

/** Letters a Vietnamese syllable is written with when its marks are left out. */
const PLAIN = /^[a-z]+$/iu;

interface Syllable {
  index: number;
  text: string;
}

/**
 * Each syllable with the one before it, read by one walk (letterRuns.ts): a 100,000-line text holds millions of
 * syllables, and an array of match objects for them took over half a gigabyte.
 */
function eachPair(text: string, visit: (a: Syllable, b: Syllable) => void): void {
  let before: Syllable | null = null;
  eachRun(text, "letters", (from, to) => {
    const here = { index: from, text: text.slice(from, to) };
    if (before) visit(before, here);
    before = here;
  });
}

export function withTones(text: string, known: readonly string[]): string {
  if (!/(?:^|[^\p{L}])[a-z]{2,}(?![\p{L}])/iu.test(text)) return text;
  // Only the marked forms of the unmarked pairs the text has are looked for: a report holds tens of thousands of
  // marked pairs, and keeping each was a tenth of recognition's time.
  const wanted = new Set<string>();
  eachPair(text, (a, b) => {
    if (PLAIN.test(a.text) && PLAIN.test(b.text) && oneSpace(text, a, b)) wanted.add(`${plain(a.text)} ${plain(b.text)}`);
  });
  if (wanted.size === 0) return text;
  const pairs = markedPairs([text, ...known], wanted);
  // Each unmarked syllable's marked form, from the pair on each side; two different answers are no answer.
  const marks = new Map<number, string | null>();
  eachPair(text, (a, b) => {
    if (!PLAIN.test(a.text) || !PLAIN.test(b.text) || !oneSpace(text, a, b)) return;
    const found = pairs.get(`${plain(a.text)} ${plain(b.text)}`);
    if (!found || found.size !== 1) return;
    const [ma, mb] = [...found][0]!.split(" ") as [string, string];
    for (const [w, m] of [[a, ma], [b, mb]] as const) {
      if (m === w.text.toLowerCase() || m.length !== w.text.length) continue;
      const before = marks.get(w.index);
      marks.set(w.index, before === undefined || before === m ? m : null);
    }
  });
  // The marked syllables spliced in between the text's own pieces (a mark is as long as its syllable and syllables do
  // not overlap): splitting a report into its characters and joining them again cost a tenth of this function.
  const marked = [...marks].filter((e): e is [number, string] => e[1] !== null).sort((x, y) => x[0] - y[0]);
  if (marked.length === 0) return text;
  let out = "";
  let from = 0;
  for (const [at, mark] of marked) {
    out += text.slice(from, at);
    // The clerk's capitals kept: «Thac» → «Thạc».
    for (let k = 0; k < mark.length; k++) out += isUpper(text[at + k]!) ? mark[k]!.toUpperCase() : mark[k]!;
    from = at + mark.length;
  }
  return out + text.slice(from);
}

/** Marked pairs of neighbouring syllables (lower case, NFC) by their unmarked spelling, for the spellings wanted. */
function markedPairs(texts: readonly string[], wanted: ReadonlySet<string>): Map<string, Set<string>> {
  const firsts = new Set([...wanted].map((key) => key.slice(0, key.indexOf(" "))));
  const pairs = new Map<string, Set<string>>();
  for (const written of texts) {
    const source = written.normalize("NFC").toLowerCase();
    eachPair(source, (a, b) => {
      if (!firsts.has(plain(a.text)) || (PLAIN.test(a.text) && PLAIN.test(b.text)) || !oneSpace(source, a, b)) return;
      const key = `${plain(a.text)} ${plain(b.text)}`;
      if (!wanted.has(key)) return;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(`${a.text} ${b.text}`));
    });
  }
  return pairs;
}

function oneSpace(text: string, a: Syllable, b: Syllable): boolean {
  const gap = b.index - (a.index + a.text.length);
  return gap >= 1 && gap <= 2 && /^[ \u00a0]+$/.test(text.slice(a.index + a.text.length, b.index));
}

/** A syllable without its marks, «đ» as «d», one spelling of a final i/y after a consonant («sỹ», «sĩ», «sy»). */
function plain(syllable: string): string {
  let bare = plainOf.get(syllable);
  if (bare === undefined) {
    // A report repeats a few thousand syllables: each is unmarked once (this was a tenth of recognition's time).
    if (plainOf.size > 100_000) plainOf.clear();
    bare = unmarked(syllable);
    plainOf.set(syllable, bare);
  }
  return bare;
}
const plainOf = new Map<string, string>();

function unmarked(syllable: string): string {
  const bare = syllable.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  return /[^aeiouy]y$/.test(bare) ? `${bare.slice(0, -1)}i` : bare;
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase();
}

/**
 * A figure found in the text read with marks, quoted as the document writes it: its text, and each line of what the
 * clerk would type (list items are pieces of the figure's text), at the same offsets in the document.
 */
export function asWritten<T extends { start: number; end: number; text: string; input: string }>(written: string, read: string, o: T): T {
  if (written === read) return o;
  const span = read.slice(o.start, o.end);
  const input = o.input
    .split("\n")
    .map((piece) => {
      const at = span.indexOf(piece);
      // One item is one line of the value: a break inside it is a line the page's width broke (hardWraps.ts).
      return at === -1 ? piece : written.slice(o.start + at, o.start + at + piece.length).replace(/[ \t]*\n[ \t]*/g, " ");
    })
    .join("\n");
  return { ...o, text: written.slice(o.start, o.end), input };
}
