/**
 * The text recognition by meaning reads: the document with a wrapped sentence joined (softBreaks.ts) and a count's
 * brackets dropped (bracketedCounts.ts). One character for one, so offsets are the document's; the exact wordings,
 * the vetoes and what the clerk is shown keep the document as written.
 */
import { unbracketCounts } from "./bracketedCounts";
import { joinSoftBreaks } from "./softBreaks";

export function meaningText(text: string): string {
  return unbracketCounts(joinSoftBreaks(text));
}
