/**
 * Where Word can find a recognised figure again. Word has no character offsets: a figure is reached by searching its
 * paragraph for a stretch of text around it that occurs there exactly once, then searching that stretch for the
 * figure, whose first occurrence inside the stretch must be the figure itself. The stretch grows word by word until
 * both hold; when no stretch does (the same words repeated, a figure split across paragraphs), the figure is not
 * addressable and is listed for the clerk rather than bound to a guess.
 */
import type { Occurrence } from "./types";

/** Word's Find refuses longer search strings. */
export const MAX_SEARCH_LENGTH = 255;

export interface TextAddress {
  /** 0-based paragraph index. */
  paragraph: number;
  /** Occurs exactly once in the paragraph (case-sensitive). */
  context: string;
  /** The figure text (or its head, with `tail`); its first occurrence in `context` is the figure. */
  figure: string;
  /**
   * For a figure longer than Word's search allows: its last words, found the same way; the control spans from the
   * head's start to the tail's end (Range.expandTo).
   */
  tail?: { context: string; figure: string };
}

/** How much of a long figure's start and end is searched for. */
const PIECE = 60;

export type Unaddressable = "spansParagraphs" | "repeatedWording" | "specialCharacters";

export type AddressResult = { ok: true; address: TextAddress } | { ok: false; reason: Unaddressable };

/** `paragraphs` joined with "\n" is the text the occurrence's offsets refer to. */
export function addressOf(paragraphs: readonly string[], starts: readonly number[], o: Occurrence): AddressResult {
  const index = o.line - 1;
  const paragraph = paragraphs[index];
  if (paragraph === undefined || o.text.includes("\n")) return { ok: false, reason: "spansParagraphs" };
  const start = o.start - starts[index]!;
  const end = o.end - starts[index]!;
  if (!searchable(o.text)) return { ok: false, reason: "specialCharacters" };
  if (wordFindText(o.text).length <= MAX_SEARCH_LENGTH) {
    const context = uniqueStretch(paragraph, start, end);
    return context === null ? { ok: false, reason: "repeatedWording" } : { ok: true, address: { paragraph: index, context, figure: o.text } };
  }
  // Cut at spaces so neither piece ends inside a word (or between a letter and its combining accent).
  const headEnd = o.text.lastIndexOf(" ", PIECE) > 0 ? o.text.lastIndexOf(" ", PIECE) : PIECE;
  const tailStart = o.text.indexOf(" ", o.text.length - PIECE) > 0 ? o.text.indexOf(" ", o.text.length - PIECE) + 1 : o.text.length - PIECE;
  const head = uniqueStretch(paragraph, start, start + headEnd);
  const tail = uniqueStretch(paragraph, start + tailStart, end);
  if (head === null || tail === null) return { ok: false, reason: "repeatedWording" };
  return {
    ok: true,
    address: { paragraph: index, context: head, figure: o.text.slice(0, headEnd), tail: { context: tail, figure: o.text.slice(tailStart) } },
  };
}

/** The shortest searchable stretch around [start, end) that occurs once and in which that text first occurs at its place. */
function uniqueStretch(paragraph: string, start: number, end: number): string | null {
  const figure = paragraph.slice(start, end);
  for (const [from, to] of widenings(paragraph, start, end)) {
    const context = paragraph.slice(from, to);
    const fits = searchable(context) && wordFindText(context).length <= MAX_SEARCH_LENGTH;
    if (fits && context.indexOf(figure) === start - from && occursOnce(paragraph, context)) return context;
  }
  return null;
}

/**
 * The string given to Word's Find for a stretch of text: "^" opens Word's special codes, so a caret is written "^^"
 * and a tab "^t" (the special characters table of
 * https://learn.microsoft.com/en-us/office/dev/add-ins/word/search-option-guidance). Tabs matter: a row of a table
 * typed with tabs is one paragraph, and the words around a figure there are reached only across its tabs.
 */
export function wordFindText(text: string): string {
  return text.replace(/\^/g, "^^").replace(/\t/g, "^t");
}

/**
 * Line breaks, page breaks and field marks have codes of their own in a search string and are not written here: a
 * stretch containing one is not used, and a figure containing one is left to the clerk. The limit is on what Word
 * is given, codes included (checked where a stretch is chosen).
 */
function searchable(text: string): boolean {
  return ![...text].some((ch) => ch !== "\t" && ch.charCodeAt(0) < 0x20);
}

/** Start offset of every paragraph in the joined text. */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return starts;
}

/** Stretches around [start, end), shortest first, with edges on word boundaries (never inside a word or a letter). */
function* widenings(paragraph: string, start: number, end: number): Generator<[number, number]> {
  const lefts = [start];
  for (let i = start - 1; i >= 0 && start - i < MAX_SEARCH_LENGTH; i--) if (i === 0 || /\s/.test(paragraph[i - 1]!)) lefts.push(i);
  const rights = [end];
  for (let i = end + 1; i <= paragraph.length && i - end < MAX_SEARCH_LENGTH; i++) {
    if (i === paragraph.length || /\s/.test(paragraph[i]!)) rights.push(i);
  }
  const pairs: Array<[number, number]> = [];
  for (const l of lefts) for (const r of rights) if (r - l <= MAX_SEARCH_LENGTH) pairs.push([l, r]);
  pairs.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
  yield* pairs;
}

/** Counting overlapping matches too: if even those are one, Word's non-overlapping Find finds exactly one. */
function occursOnce(haystack: string, needle: string): boolean {
  const first = haystack.indexOf(needle);
  return first !== -1 && haystack.indexOf(needle, first + 1) === -1;
}
