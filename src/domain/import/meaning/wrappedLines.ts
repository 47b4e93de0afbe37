/**
 * A report copied from a PDF keeps the page's line width: «… trong đó 01 Phó⏎Chánh Văn phòng kiêm nhiệm …»,
 * «điều động, luân chuyển 01⏎công chức đi …». softBreaks.ts joins a break only before a lower-case word, which keeps
 * one-item-a-line lists and headings apart; here a break is joined whatever starts the next line when the line
 * before it is full: as long as the document's wrapped lines (a width found once per document), not ending a sentence
 * or a clause, and neither line a heading, a bullet, a table row or blank. A document whose long lines are whole
 * paragraphs has no such width (its long lines are far wider than any page) and is left as it is.
 *
 * One character for one (a break becomes a space): every offset stays the document's.
 */

/** Lines shorter than this are no wrapped page line (titles, signatures, list items). */
const MIN_WIDTH = 50;
/** Wider than any A4 page line in a PDF's text: lines this long are paragraphs. */
const MAX_WIDTH = 140;
/** A full line reaches this share of the page width (words are not cut, so lines end a word short). */
const FULL = 0.8;
/** How many lines must share the width before it is believed to be a page's. */
const MIN_LINES = 4;
/** The shorter sure wraps (20th percentile) are at least this share of the width. */
const AGREE = 0.75;
const ENDS_CLAUSE = /[.:;!?]\s*$/u;
const OPENS_ITEM = /^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}[.)]\s|[a-zđ][.)]\s|\p{Lu}[\p{Lu}\s,]{6,}$)/u;
const TABLE = /[\t|]/;

export function joinWrappedLines(text: string): string {
  const lines = text.split("\n");
  const width = pageWidth(lines);
  if (width === null) return text;
  let joined = lines[0]!;
  for (let i = 1; i < lines.length; i++) joined += (wraps(lines[i - 1]!, lines[i]!, width) ? " " : "\n") + lines[i]!;
  return joined;
}

function wraps(line: string, next: string, width: number): boolean {
  if (line.trim().length < FULL * width || ENDS_CLAUSE.test(line) || next.trim() === "") return false;
  return !TABLE.test(line) && !TABLE.test(next) && !OPENS_ITEM.test(next);
}

/**
 * The page's line width, from the breaks that are surely wraps: a line not ending a clause whose sentence goes on in
 * a lower-case word on the next line. Their lengths must agree (a page has one width): the 80th percentile of them,
 * when there are enough and the shorter ones are not far below it; null otherwise (a document written a paragraph or
 * an item a line has no such breaks, and keeps its lines).
 */
function pageWidth(lines: readonly string[]): number | null {
  const sure: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const length = lines[i]!.trim().length;
    if (length < MIN_WIDTH || length > MAX_WIDTH || ENDS_CLAUSE.test(lines[i]!) || TABLE.test(lines[i]!)) continue;
    if (/^\s*\p{Ll}/u.test(lines[i + 1]!)) sure.push(length);
  }
  if (sure.length < MIN_LINES) return null;
  sure.sort((a, b) => a - b);
  const width = sure[Math.floor(sure.length * 0.8)]!;
  return sure[Math.floor(sure.length * 0.2)]! >= AGREE * width ? width : null;
}
