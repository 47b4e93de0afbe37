/**
 * A paragraph of a report runs to a few thousand characters; a "line" of megabytes (a text exported without line
 * ends, a pasted table flattened to one line) is no paragraph anyone reads as one. Many readings look back to their
 * line's start for every number (the line's lead-in, its table cells, its period), which is quadratic on such a line:
 * 640 000 characters took 14 s. Recognition reads the text with over-long lines cut at a sentence's or clause's end
 * (else at a space), each cut a whitespace character turned into a line end: the text keeps its length, so every
 * place found is a place in the document as written, and an ordinary report is returned unchanged.
 */

/** Longer than any paragraph of the corpus (the longest is under 2 000 characters) by a wide margin. */
export const LONGEST_LINE = 8000;

const SPACE = /\s/u;

export function withBoundedLines(text: string, longest = LONGEST_LINE): string {
  let lineStart = 0;
  let cuts: number[] | null = null;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    for (let from = lineStart; lineEnd - from > longest; ) {
      const cut = cutIn(text, from + longest / 2, from + longest);
      if (cut === -1) break;
      (cuts ??= []).push(cut);
      from = cut + 1;
    }
    lineStart = lineEnd + 1;
  }
  if (!cuts) return text;
  const chars = text.split("");
  for (const cut of cuts) chars[cut] = "\n";
  return chars.join("");
}

/** The last whitespace in [low, high) after «.», «;» or «:»; else the last whitespace there; -1 when there is none. */
function cutIn(text: string, low: number, high: number): number {
  let space = -1;
  for (let i = high - 1; i >= low; i--) {
    if (!SPACE.test(text[i]!)) continue;
    if (".;:".includes(text[i - 1] ?? "")) return i;
    if (space === -1) space = i;
  }
  return space;
}
