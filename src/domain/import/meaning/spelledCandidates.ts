/**
 * The numbers a report writes in words (spelledRivals.ts), described as the digits are (candidates.ts): their own
 * words end where the next number begins, digits and words alike. Read only when the text has some, and with only the
 * numbers beside them, so a report of digits pays one scan.
 */
import type { Heading } from "../headings";
import type { NumberToken } from "../numbers";
import { findCandidates, type Candidate } from "./candidates";
import { spelledCounts } from "./spelledRivals";

export function spelledCandidates(text: string, tokens: readonly NumberToken[], headings: readonly Heading[]): Candidate[] {
  const spelled = spelledCounts(text);
  if (spelled.length === 0) return [];
  const starts = new Set(spelled.map((t) => t.start));
  // Only the numbers around each one are described with it: a number's words end at its neighbours.
  const near = new Set<NumberToken>();
  let i = 0;
  for (const t of spelled) {
    while (i < tokens.length && tokens[i]!.start < t.start) i++;
    for (let k = Math.max(0, i - 2); k < Math.min(tokens.length, i + 2); k++) near.add(tokens[k]!);
  }
  const all = [...near, ...spelled].sort((a, b) => a.start - b.start);
  return findCandidates(text, all, headings, false).filter((c) => starts.has(c.token.start));
}
