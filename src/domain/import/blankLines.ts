/**
 * Lines that are no part of the report are read as blank before recognition: a quoted earlier e-mail
 * (meaning/quotedReply.ts), a paragraph the draft strikes out (meaning/droppedParagraphs.ts), a PDF's page furniture
 * (meaning/pageFurniture.ts). Each of those files decides which lines, and why; this step blanks them, one pass after
 * the other, each pass reading the lines as the passes before it left them.
 *
 * One character for one: every offset stays the document's.
 */

/** Lines `from`–`to` (indices, both included) read as blank. */
export interface BlankLines {
  from: number;
  to: number;
  /**
   * Their line breaks too, and the one before them, as spaces of the line before (a line's «\r» with them): a
   * sentence a page broke goes on where the next page takes it up. Otherwise each line keeps its break and its «\r».
   */
  joined?: boolean;
}

/**
 * A pass: the lines to blank, read from `lines` (as the passes before left them). `text` is the text the step was
 * given, for a quick test that the pass has nothing to do (blanking only takes away).
 */
export type LinesToBlank = (lines: readonly string[], text: string) => readonly BlankLines[];

export function withLinesBlank(text: string, passes: readonly LinesToBlank[]): string {
  let lines: string[] | null = null;
  let changed = false;
  for (const pass of passes) {
    lines ??= text.split("\n");
    const found = pass(lines, text);
    if (found.length === 0) continue;
    lines = blanked(lines, found);
    changed = true;
  }
  return changed && lines ? lines.join("\n") : text;
}

function blanked(lines: readonly string[], found: readonly BlankLines[]): string[] {
  const out = [...lines];
  /** Lines whose break before them becomes a space of the line before. */
  const folded = new Set<number>();
  for (const { from, to, joined } of found) {
    for (let i = from; i <= to; i++) {
      out[i] = joined ? " ".repeat(out[i]!.length) : out[i]!.replace(/[^\r]/g, " ");
      if (joined && i > 0) folded.add(i);
    }
  }
  if (folded.size === 0) return out;
  const joinedLines: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (folded.has(i)) joinedLines[joinedLines.length - 1] += ` ${out[i]!}`;
    else joinedLines.push(out[i]!);
  }
  return joinedLines;
}
