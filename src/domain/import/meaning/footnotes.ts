/**
 * A report copied out of a PDF brings its footnotes along: the mark glued to the word or number it annotates
 * («biên chế1:», «công chức2;», «…14/9/2025)3:», «0,64%4;») and the note's text, with the page number, wherever the
 * page broke, even in the middle of a sentence: «đang thực hiện⏎1 Quyết định số …⏎…sau sắp xếp.⏎2⏎66; biên chế…».
 * The mark is no figure («0,64%4» is 0,64 %, and no 4), and a note that breaks a sentence is no part of it: both are
 * read as blank. A mark is taken for one only where its note is there: a line that starts with the same number and
 * a capital. A note is taken out only where it stands between a line that goes on (no «.», «;», «:» at its end) and
 * a lone page number, within a few lines: a note at a page's foot that breaks nothing is left as written.
 * The text keeps its length, so every offset found in it is the document's.
 */

const NOTE_START = /^(\d{1,2}) \p{Lu}/u;
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;
const LONGEST_NOTE = 6;

export function withoutFootnotes(text: string): string {
  const lines = text.split("\n");
  const notes = new Set<string>();
  for (const line of lines) {
    const start = NOTE_START.exec(line);
    if (start) notes.add(start[1]!);
  }
  if (notes.size === 0) return text;
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const blank: Array<[number, number]> = [];
  for (let i = 0; i < lines.length; i++) {
    // The mark: a note's number right after a letter, «)» or «%», before a space, a stop or the line's end.
    for (const m of lines[i]!.matchAll(/(?<=[\p{L})%])(\d{1,2})(?=[\s:;,.]|$)/gu)) {
      if (notes.has(m[1]!) && !/\d/.test(lines[i]![m.index - 1] ?? "")) blank.push([starts[i]! + m.index, starts[i]! + m.index + m[1]!.length]);
    }
    const note = breakingNote(lines, i);
    if (note !== null) {
      // From the end of the line that goes on to the start of the line after the page number: one blank stretch.
      blank.push([starts[i]! + lines[i]!.length, starts[note]! + lines[note]!.length + 1]);
      i = note;
    }
  }
  if (blank.length === 0) return text;
  const chars = text.split("");
  for (const [from, to] of blank) for (let k = from; k < to; k++) chars[k] = " ";
  return chars.join("");
}

/** The page number's line index when a note (then the page number) breaks the sentence of line `i`; else null. */
function breakingNote(lines: readonly string[], i: number): number | null {
  const line = lines[i]!.trimEnd();
  if (line === "" || /[.;:!?]$/.test(line) || !NOTE_START.test(lines[i + 1] ?? "")) return null;
  const mark = NOTE_START.exec(lines[i + 1]!)![1]!;
  if (!new RegExp(`[\\p{L})%]${mark}(?=[\\s:;,.]|$)`, "u").test(line)) return null;
  for (let j = i + 2; j <= i + LONGEST_NOTE && j < lines.length; j++) {
    if (lines[j]!.trim() === "") return null;
    if (PAGE_NUMBER.test(lines[j]!)) return (lines[j + 1] ?? "").trim() === "" ? null : j;
  }
  return null;
}
