/**
 * A report copied out of a signed PDF brings the page's furniture along between its pages: the page number
 * («Trang 2/4», «- 3 -», a lone «3») and running headers or footers repeated on every page (the office's name, the
 * report's number and date), often in the middle of a sentence: «… Kế hoạch số 09/KH-VPUBND⏎Trang 1/4⏎VĂN PHÒNG …⏎
 * Báo cáo số … ngày …⏎ngày 21/01/2025 về …». A reader skips them: they are no part of the text, and a running header
 * in capitals is no heading. Read by shape only, never by their words:
 * - a page number is a line holding only «Trang N» / «Trang N/M» (or «- N -»), or ending with it a run of spaces away
 *   from a running header's words, or a lone number when such lines count the pages up one by one, each a page's
 *   length after the one before (a table's «1⏎2⏎3» rows are close);
 * - a running line is a line standing within a few lines of a page number, the same words (its own page number aside)
 *   by at least two page numbers (or by one and at the top of the first page): what repeats at every page break is the
 *   page's, not the report's.
 * The page number, its running lines and the blank lines between them are read as blank and their line breaks as
 * spaces of the line before, so that a sentence the page broke goes on where the next page takes it up (hardWraps.ts
 * then joins it as any wrapped line). A blank margin around them is taken too only where the page broke a sentence.
 * The lines are blanked by ../blankLines.ts.
 */
import type { BlankLines } from "../blankLines";

const PAGE = String.raw`trang\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?`;
const PAGE_WORD = new RegExp(String.raw`^\s*[-–]?\s*${PAGE}\s*[-–]?\s*$`, "iu");
/** A running header or footer carrying the page number at its end, a run of spaces away: «Báo cáo số …      Trang 2/5». */
const PAGE_AT_END = new RegExp(String.raw`\S {3,}${PAGE}\s*$`, "iu");
const PAGE_ANYWHERE = new RegExp(PAGE, "giu");
const LONE_NUMBER = /^\s*[-–]?\s*([1-9]\d{0,2})\s*[-–]?\s*$/u;
/** Lines a page holds at least: a table's row numbers one a line stand closer. */
const MIN_PAGE_LINES = 15;
/** How far from its page number a running header or footer stands (non-blank lines). */
const NEAR = 3;
/** The first page's header is read this far from the document's top. */
const TOP_LINES = 6;
const ENDS_SENTENCE = /[.;:!?]\s*$/u;

/** Each page number with its running lines and the blank lines between them, their line breaks joined. */
export function pageFurnitureLines(lines: readonly string[], text: string): BlankLines[] {
  if (!/\n\s*(?:[-–]\s*)?(?:trang\s+)?\d/iu.test(text)) return [];
  const marks = pageNumbers(lines);
  if (marks.length === 0) return [];
  const running = runningLines(lines, marks);
  const found: BlankLines[] = [];
  let done = -1;
  for (const mark of marks) {
    if (mark <= done) continue;
    const [from, to] = block(lines, mark, running);
    // The line breaks before the block fold into the line before it: the next page's text starts a line as the
    // page's first line did.
    found.push({ from, to, joined: true });
    done = to;
  }
  return found;
}

/** Lines that are page numbers: «Trang N(/M)» wherever it stands, lone numbers only as a count of pages. */
export function pageNumbers(lines: readonly string[]): number[] {
  const worded: number[] = [];
  const lone: Array<{ line: number; value: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (PAGE_WORD.test(lines[i]!) || PAGE_AT_END.test(lines[i]!)) worded.push(i);
    else {
      const n = LONE_NUMBER.exec(lines[i]!);
      if (n) lone.push({ line: i, value: Number(n[1]) });
    }
  }
  const counted = pageCount(lone);
  return [...new Set([...worded, ...counted, ...besideTopHeader(lines, lone)])].sort((a, b) => a - b);
}

/**
 * A lone number beside the first page's header line repeated («UBND TỈNH CÀ MAU      CỘNG HÒA XÃ HỘI …»): the page's
 * number even where it is the only one left (stop 45, held-out 1224: the clerk re-joined the first pages by hand, and
 * the «3» standing in «đang giải quy-⏎3⏎UBND TỈNH …⏎ết 06 hồ sơ» was read as 3 dossiers).
 */
function besideTopHeader(lines: readonly string[], lone: ReadonlyArray<{ line: number; value: number }>): number[] {
  if (lone.length === 0) return [];
  const top = new Set<string>();
  for (let i = 0; i < Math.min(TOP_LINES, lines.length); i++) {
    const k = key(lines[i]!);
    // A header's line: long, and no sentence (a title line «BÁO CÁO» is no running header).
    if (k.length >= 12 && !ENDS_SENTENCE.test(k)) top.add(k);
  }
  return lone.filter((n) => n.line >= TOP_LINES && near(lines, n.line).some((i) => top.has(key(lines[i]!)))).map((n) => n.line);
}

/**
 * The longest run of lone numbers going up one by one, each at least a page's length after the one before; none
 * unless it counts two pages or more.
 */
function pageCount(lone: ReadonlyArray<{ line: number; value: number }>): number[] {
  const length: number[] = [];
  const before: number[] = [];
  let best = -1;
  for (let k = 0; k < lone.length; k++) {
    length.push(1);
    before.push(-1);
    for (let j = 0; j < k; j++) {
      if (lone[j]!.value + 1 !== lone[k]!.value || lone[k]!.line - lone[j]!.line < MIN_PAGE_LINES) continue;
      if (length[j]! + 1 > length[k]!) {
        length[k] = length[j]! + 1;
        before[k] = j;
      }
    }
    if (best === -1 || length[k]! > length[best]!) best = k;
  }
  if (best === -1 || length[best]! < 2) return [];
  const chain: number[] = [];
  for (let k = best; k !== -1; k = before[k]!) chain.push(lone[k]!.line);
  return chain.reverse();
}

/** A line's words, its page number aside: a running line carrying it reads alike on every page. */
const key = (line: string) => line.trim().replace(/\s+/gu, " ").replace(PAGE_ANYWHERE, "trang #");

/**
 * The lines near page numbers whose words stand by two page numbers or more (or by one and the document's top), on
 * two lines or more: one line near the first page number and the top alike is said once.
 */
function runningLines(lines: readonly string[], marks: readonly number[]): Set<string> {
  const seen = new Map<string, { by: Set<number>; at: Set<number> }>();
  const note = (i: number, by: number) => {
    const k = key(lines[i]!);
    if (k === "" || PAGE_WORD.test(lines[i]!) || LONE_NUMBER.test(k)) return;
    const s = seen.get(k) ?? { by: new Set<number>(), at: new Set<number>() };
    s.by.add(by);
    s.at.add(i);
    seen.set(k, s);
  };
  for (const mark of marks) for (const i of near(lines, mark)) note(i, mark);
  for (let i = 0; i < Math.min(TOP_LINES, lines.length); i++) note(i, -1);
  const running = new Set<string>();
  for (const [k, { by, at }] of seen) if (at.size >= 2 && by.size >= 2 && [...by].some((b) => b >= 0)) running.add(k);
  return running;
}

/** Indices of the non-blank lines within NEAR of a page number, both ways. */
function near(lines: readonly string[], mark: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1]) {
    for (let i = mark + step, n = 0; i >= 0 && i < lines.length && n < NEAR; i += step) {
      if (lines[i]!.trim() === "") continue;
      found.push(i);
      n++;
    }
  }
  return found;
}

/** First and last line of a page number's furniture: itself, running lines next to it, blank lines between. */
function block(lines: readonly string[], mark: number, running: ReadonlySet<string>): [number, number] {
  const furniture = (i: number) => running.has(key(lines[i]!)) || i === mark;
  let from = mark;
  let to = mark;
  for (let i = mark - 1; i >= 0 && (lines[i]!.trim() === "" || furniture(i)); i--) if (furniture(i)) from = i;
  for (let i = mark + 1; i < lines.length && (lines[i]!.trim() === "" || furniture(i)); i++) if (furniture(i)) to = i;
  // A blank margin is the page's where the page broke a sentence; after a sentence's end it may be a paragraph's.
  let before = from - 1;
  while (before >= 0 && lines[before]!.trim() === "") before--;
  if (before >= 0 && !ENDS_SENTENCE.test(lines[before]!)) {
    from = before + 1;
    while (to + 1 < lines.length && lines[to + 1]!.trim() === "") to++;
  }
  return [from, to];
}
