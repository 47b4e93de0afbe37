/**
 * Where a figure is in its paragraph, as Word's own search confirms it, and whether it is safe to wrap: pure
 * functions over what the recognition's second sync read (bindFigures.ts), so that sync can read everything at once.
 *
 * Word's Find without wildcards matches left to right without overlaps, case-sensitively when asked (matchCase):
 * the n-th match Word returns for the figure's text is the n-th occurrence the same scan finds in the paragraph's
 * text. The n-th match is taken only when Word finds exactly as many matches as our scan and the context around the
 * figure exactly once, so Word reads the paragraph as we do.
 */
import type { BindBlock } from "./gateway";

/** Start of every non-overlapping occurrence of `needle`, left to right (as Word's Find). */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** Every start of `needle`, overlapping ones included: a control's text could sit at any of them. */
function everyStart(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && needle !== ""; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export interface FigureMatch<R> {
  range: R;
  /** Offsets of the figure in the paragraph's text. */
  start: number;
  end: number;
}

/**
 * The figure's own match, when Word confirms the paragraph reads as we read it: the context found once, and the
 * figure's matches as many as our scan finds, the one at the figure's place reading the figure. Null otherwise.
 */
export function figureMatch<R extends { text: string }>(
  paragraph: string,
  context: string,
  figure: string,
  contextMatches: readonly R[],
  figureMatches: readonly R[],
): FigureMatch<R> | null {
  const at = paragraph.indexOf(context);
  if (at === -1 || paragraph.indexOf(context, at + 1) !== -1) return null;
  if (contextMatches.length !== 1 || contextMatches[0]!.text !== context) return null;
  const start = at + context.indexOf(figure);
  const mine = occurrences(paragraph, figure);
  const n = mine.indexOf(start);
  if (n === -1 || figureMatches.length !== mine.length || figureMatches[n]!.text !== figure) return null;
  return { range: figureMatches[n]!, start, end: start + figure.length };
}

/** What the second sync read of a paragraph that holds figures. */
export interface ParagraphGuard {
  /** The whole paragraph lies inside a content control. */
  inControl: boolean;
  /** The text of every control in the paragraph (Word gives no offsets). */
  controlTexts: readonly string[];
  /** The text of every tracked change touching the paragraph ("" for a deletion on Word for Mac: #5178, #5188). */
  changeTexts: readonly string[];
}

const overlaps = (text: string, paragraph: string, start: number, end: number) =>
  everyStart(paragraph, text).some((at) => at < end && at + text.length > start);

/**
 * Why [start, end) of the paragraph must not be wrapped, or null. Word gives a control's or a change's text, not
 * its place: a figure is left alone when any place that text could be overlaps it (never a nested control, never a
 * figure holding an undecided change; at worst a figure is listed for the clerk that could have been bound).
 */
export function blockAt(guard: ParagraphGuard, start: number, end: number, paragraph: string): BindBlock | null {
  if (guard.inControl) return "insideControl";
  if (guard.controlTexts.some((text) => text !== "" && overlaps(text, paragraph, start, end))) return "insideControl";
  if (guard.changeTexts.some((text) => text === "" || overlaps(text, paragraph, start, end))) return "trackedChange";
  return null;
}
