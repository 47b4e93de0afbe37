/**
 * The numbers a report writes in words (spelledRivals.ts), described as the digits are (candidates.ts): their own
 * words end where the next number begins, digits and words alike. Read only when the text has some, so a report of
 * digits pays one scan.
 */
import type { Heading } from "../headings";
import type { NumberToken } from "../numbers";
import { findCandidates, type Candidate } from "./candidates";
import { spelledCounts } from "./spelledRivals";

export function spelledCandidates(text: string, tokens: readonly NumberToken[], headings: readonly Heading[]): Candidate[] {
  const spelled = spelledCounts(text);
  if (spelled.length === 0) return [];
  const starts = new Set(spelled.map((t) => t.start));
  const all = [...tokens, ...spelled].sort((a, b) => a.start - b.start);
  return findCandidates(text, all, headings, false).filter((c) => starts.has(c.token.start));
}
