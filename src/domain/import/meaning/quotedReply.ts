/**
 * An e-mail that resends a report often carries the earlier message below it, every line quoted with «>» («> 5.
 * Giao ban: 13 cuộc.»): the version being replaced, not this report. Its figures are no figures of the report the
 * message brings. The quoted lines are read as blank when the message's own (unquoted) lines state at least as many
 * numbers as the quoted ones: the report is there, and the quote is what it replaces. A report only forwarded, its
 * every line quoted under a short note, keeps its quoted lines (the note is no report).
 * Read by shape only: a line opening with «>» (after spaces), as mail programs quote. The lines are blanked by
 * ../blankLines.ts.
 */
import type { BlankLines } from "../blankLines";

const QUOTED = /^[ \t]*>/u;
/** A number as a report states a figure: digits, not a letter's or an address's («0225.3842.117» counts, harmless). */
const NUMBER = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)*/gu;

/** The quoted lines, when the message's own lines state at least as many numbers. */
export function quotedReplyLines(lines: readonly string[], text: string): BlankLines[] {
  if (!/(?:^|\n)[ \t]*>/u.test(text)) return [];
  let quoted = 0;
  let own = 0;
  for (const line of lines) {
    const n = line.match(NUMBER)?.length ?? 0;
    if (QUOTED.test(line)) quoted += n;
    else own += n;
  }
  if (quoted === 0 || own < quoted) return [];
  const found: BlankLines[] = [];
  lines.forEach((line, i) => {
    if (QUOTED.test(line)) found.push({ from: i, to: i });
  });
  return found;
}
