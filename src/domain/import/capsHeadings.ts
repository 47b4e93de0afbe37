/**
 * Headings written without a number: a report whose sections are each opened by a line all in capitals («KẾT QUẢ GIẢI
 * QUYẾT THỦ TỤC HÀNH CHÍNH», «CÔNG TÁC CÁN BỘ VÀ CHẾ ĐỘ CHÍNH SÁCH»), in whatever order the office chose. Such a line
 * scopes the figures below it as «I.» would: recognition reads its words as the place of every number under it
 * (headingPath.ts), up to the next one. Read by shape alone:
 *   - only in the body: after the first line of prose (the office block, the motto, «BÁO CÁO» and its title are
 *     above it) and before «Nơi nhận» (the signature's «GIÁM ĐỐC» is below it);
 *   - a line of its own, every letter a capital, two to twenty words, opening with a letter, not a bullet, a table row
 *     (tab, «|») nor a label («TỔNG SỐ: 45»); a lone abbreviation («UBND», «TTHC») is one word and never a heading,
 *     and a capital word inside a sentence leaves the line with small letters;
 *   - one or two such lines together (a heading the page wrapped); three or more are a block, not a heading; a line
 *     of the header written again (a page's running header: the office's name) is none;
 *   - only where the document numbers none of its sections at the top («Phần thứ…», «A.», «I.»): there an unnumbered
 *     line in capitals is something else (a table's title, a quote), and two or more of them, or there is no skeleton.
 * The numbered headings («1.», «a)») keep their place beneath them. Where a figure is said to stand (whereAt) and the
 * structure check read the numbered headings only: a heading with no number has no place in «mục II.1».
 */
import { scanHeadings, type Heading } from "./headings";

const MIN_WORDS = 2;
const MAX_WORDS = 20;
/** A line of prose: this many words or more, with small letters. The header's lines are shorter or all capitals. */
const PROSE_WORDS = 8;
/** Two lines in capitals together are one heading wrapped; more are a block (an address, a table's header). */
const MAX_RUN = 2;

/** The headings the meaning recognizer reads: the numbered ones, with the unnumbered capitals lines as their top level. */
export function headingsWithCaps(text: string, numbered: Heading[]): Heading[] {
  if (numbered.some((h) => h.level === "part" || h.level === "upper" || h.level === "roman")) return numbered;
  const caps = capsHeadingLines(text);
  // A numbered line in capitals («1. KẾT QUẢ») keeps its number.
  for (const h of numbered) caps.delete(h.line - 1);
  return caps.size < 2 ? numbered : scanHeadings(text, caps);
}

/** Line index (0-based) → title, for each unnumbered heading in capitals of the body. */
export function capsHeadingLines(text: string): Map<number, string> {
  const lines = text.split("\n");
  const out = new Map<number, string>();
  let body = false;
  let run: number[] = [];
  // A capitals line that is no heading (a label, a table row) makes the lines in capitals beside it no heading either.
  let spoiled = false;
  const close = () => {
    if (!spoiled && run.length > 0 && run.length <= MAX_RUN) out.set(run[0]!, run.map((i) => lines[i]!.trim()).join(" "));
    run = [];
    spoiled = false;
  };
  // The header's lines: a page's running header repeats the office's name in the body («VĂN PHÒNG UBND TỈNH …»).
  const header = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!body) {
      body = isProse(line);
      // Two columns copied side by side («UBND TỈNH …   CỘNG HÒA …»): each column's line as its own.
      for (const column of line.split(/\s{3,}|\t/)) header.add(column.trim());
      continue;
    }
    if (/^\s*nơi nhận/iu.test(line)) break;
    if (isCapsHeading(line) && !header.has(line.trim())) run.push(i);
    else if (isCapsLine(line)) spoiled = true;
    else close();
  }
  close();
  return out;
}

/** A sentence: small letters, enough words, and a sentence's end («như sau:»); the motto and a title have none. */
function isProse(line: string): boolean {
  return /\p{Ll}/u.test(line) && /[.:;]\s*$/u.test(line) && (line.match(/\p{L}+/gu) ?? []).length >= PROSE_WORDS;
}

/** Some letters, none small: a line in capitals, heading or not. */
function isCapsLine(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

function isCapsHeading(line: string): boolean {
  if (!isCapsLine(line)) return false;
  const trimmed = line.trim();
  // A table row or a label with its figure after a colon; a bullet or a number opens no unnumbered heading.
  if (/[\t|]/.test(line) || /:\s*\S/u.test(trimmed) || !/^\p{L}/u.test(trimmed)) return false;
  const words = trimmed.match(/[\p{L}\d]+/gu) ?? [];
  return words.length >= MIN_WORDS && words.length <= MAX_WORDS;
}
