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

const SYLLABLE = /\p{L}+/gu;
/** Letters a Vietnamese syllable is written with when its marks are left out. */
const PLAIN = /^[a-z]+$/iu;

export function withTones(text: string, known: readonly string[]): string {
  const words = [...text.matchAll(SYLLABLE)];
  if (!words.some((w) => PLAIN.test(w[0]) && w[0].length > 1)) return text;
  const pairs = markedPairs([text, ...known]);
  // Each unmarked syllable's marked form, from the pair on each side; two different answers are no answer.
  const marks = new Map<number, string | null>();
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (!PLAIN.test(a[0]) || !PLAIN.test(b[0]) || !oneSpace(text, a, b)) continue;
    const found = pairs.get(`${plain(a[0])} ${plain(b[0])}`);
    if (!found || found.size !== 1) continue;
    const [ma, mb] = [...found][0]!.split(" ") as [string, string];
    for (const [w, m] of [[a, ma], [b, mb]] as const) {
      if (m === w[0].toLowerCase() || m.length !== w[0].length) continue;
      const before = marks.get(w.index);
      marks.set(w.index, before === undefined || before === m ? m : null);
    }
  }
  if (![...marks.values()].some((m) => m !== null)) return text;
  const chars = text.split("");
  for (const [at, mark] of marks) {
    if (mark === null) continue;
    // The clerk's capitals kept: «Thac» → «Thạc».
    for (let k = 0; k < mark.length; k++) chars[at + k] = isUpper(text[at + k]!) ? mark[k]!.toUpperCase() : mark[k]!;
  }
  return chars.join("");
}

/** Marked pairs of neighbouring syllables (lower case, NFC) by their unmarked spelling. */
function markedPairs(texts: readonly string[]): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const written of texts) {
    const source = written.normalize("NFC").toLowerCase();
    const words = [...source.matchAll(SYLLABLE)];
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]![0];
      const b = words[i + 1]![0];
      if ((PLAIN.test(a) && PLAIN.test(b)) || !oneSpace(source, words[i]!, words[i + 1]!)) continue;
      const key = `${plain(a)} ${plain(b)}`;
      pairs.set(key, (pairs.get(key) ?? new Set()).add(`${a} ${b}`));
    }
  }
  return pairs;
}

function oneSpace(text: string, a: RegExpMatchArray, b: RegExpMatchArray): boolean {
  return /^[ \u00a0]{1,2}$/.test(text.slice(a.index! + a[0].length, b.index!));
}

/** A syllable without its marks, «đ» as «d», one spelling of a final i/y after a consonant («sỹ», «sĩ», «sy»). */
function plain(syllable: string): string {
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
      return at === -1 ? piece : written.slice(o.start + at, o.start + at + piece.length);
    })
    .join("\n");
  return { ...o, text: written.slice(o.start, o.end), input };
}
