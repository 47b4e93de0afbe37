/**
 * A report pasted from a chat or an e-mail keeps the sender's line wrapping: «đã giải quyết 9 212 hs⏎đạt 93.33 %»,
 * «đang giải quyết 617 hs,⏎chiếm 6,25 %», «LLCT: cao cấp 22,⏎trung cấp 30». A line break in the middle of a
 * sentence is a space to the reader, and to recognition by meaning: the words on both sides describe the same
 * figures. A break is read so only where the sentence plainly goes on: the line does not end a sentence or a clause
 * («.», «:», «;», «!», «?») nor with a number (a list written one item a line, «đại học 42⏎thạc sỹ 27», keeps its
 * items), and the next line starts with a lower-case word, or with a number after a line ending in a comma.
 * Headings, bullets and table rows (a tab or «|») keep their lines.
 *
 * The text keeps its length (one character for one), so every offset found in it is the document's; the exact
 * wordings, the vetoes and what the clerk is shown keep the document as written.
 */
import { joinWrappedLines } from "./wrappedLines";

const SOFT = /(?<=[^\n.:;!?\t|\s\d][ \t]*)\n(?=[ \t]*\p{Ll})|(?<=,[ \t]*)\n(?=[ \t]*\d)/gu;

export function joinSoftBreaks(written: string): string {
  if (!written.includes("\n")) return written;
  // A page's width kept from a PDF (wrappedLines.ts) first: its breaks are spaces whatever starts the next line.
  const text = joinWrappedLines(written);
  return text.replace(SOFT, (nl, at: number) => (inTable(text, at) ? nl : " "));
}

/** A break that ends or starts a table row stays a row's end. */
function inTable(text: string, at: number): boolean {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const next = text.indexOf("\n", at + 1);
  return /[\t|]/.test(text.slice(from, next === -1 ? text.length : next));
}
