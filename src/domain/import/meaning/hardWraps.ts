/**
 * Text copied from a PDF, or saved by a mail client, arrives hard-wrapped: every line of a paragraph is about as long
 * as the page allows (60–110 characters), whatever its words. Such a break is a space to the reader: «toàn tỉnh⏎tiếp
 * nhận 3.412 hồ sơ» is one clause, and a veto that reads «toàn tỉnh» must see it. softBreaks.ts joins a break where
 * the sentence plainly goes on (a lower-case word next); this joins the breaks a wrapping width FORCED, which also
 * catch a next line starting with a name, a number or a bracket: a break is forced when the next line's first word
 * would not have fitted on the line (or the line ends on a dash, which no sentence ends on). The width is the
 * document's: its longest line not laid out with spaces, when that is page-like (≤ 120 characters) and a good share
 * of the prose lines reach it. A document of long paragraphs (Word's own text,
 * one line a paragraph) has no width and is left as it is; a list one item a line is short of the width and keeps
 * its lines. Headings in capitals, bullets, table rows and a lead ending «:» keep their breaks (a dash inside brackets
 * is no bullet), unless the lines hold items run in with «;», which a list one item a line does not.
 *
 * One character for one (the break becomes a space), so offsets stay the document's.
 */

const MAX_WIDTH = 120;
/** How far below the width a line still counts as full. */
const SLACK = 15;
/** A joined line stays short of boundedLines.ts's cut, so that a text wrapped without a paragraph's end costs no more. */
const MAX_JOINED = 4000;

/**
 * Of the prose lines, this share at most may run past the width: a PDF set in a proportional font wraps at 70–90
 * characters, and its one or two longest lines (a line of short words, a clerk's retyped sentence) would otherwise
 * set a width that too few lines reach.
 */
const LONGER_SHARE = 1 / 20;

/** The document's wrapping width, or null when its lines are not wrapped. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  for (const line of lines) if (!isTableRow(line) && !isLaidOut(line)) lengths.push(line.trimEnd().length);
  lengths.sort((a, b) => b - a);
  if (lengths.length === 0 || lengths[0] === 0 || lengths[0]! > MAX_WIDTH) return null;
  const prose = lengths.filter((n) => n >= 30);
  // The widest width that enough lines reach, past at most LONGER_SHARE of the prose lines (prose is sorted longest first).
  const longer = Math.floor(prose.length * LONGER_SHARE);
  for (let k = 0; k <= longer && k < prose.length; k++) {
    const width = prose[k]!;
    const full = prose.filter((n) => n >= width - SLACK).length;
    if (full >= 3 && full * 4 >= prose.length) return width;
  }
  return null;
}

const isTableRow = (line: string) => /[\t|]/.test(line);
/**
 * A line laid out with spaces (the two-column heading «UBND TỈNH …      CỘNG HÒA …», a signature block or a page
 * number pushed right) is no wrapped prose: its length says nothing of the page's width.
 */
const isLaidOut = (line: string) => /^ {4,}\S|\S {3,}\S/u.test(line);
/** A bullet (with the arrows and ticks of slides and mails, «➢», «✓»), a numbered or lettered item, a part. */
const BLOCK_START = /^\s*(?:[-+•–▪*·●■◦○►▸➢➤✓✔❖♦]\s|(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s|Phần\s+thứ\s)/u;

function isCapitals(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase();
}

/**
 * A dash opening a line inside a bracket the line before opened and this line closes is a name's dash broken by the
 * width («(… Phó Trưởng phòng Khoa giáo⏎- Văn xã); …»), not a bullet: no list item starts inside brackets.
 */
function dashInBrackets(body: string, head: string): boolean {
  if (!/^[-–]\s/u.test(head)) return false;
  const open = body.split("(").length - body.split(")").length;
  const closes = head.indexOf(")");
  const opens = head.indexOf("(");
  return open > 0 && closes !== -1 && (opens === -1 || closes < opens);
}

/** A line holding two items or more run in with «;» (its own closing «;» aside). */
const runIn = (line: string) => /;\s+\S/u.test(line.replace(/;\s*$/u, ""));

/** A line of prose goes on past a break when the sentence so far reaches this share of the width. */
const PROSE_SHARE = 2 / 3;
const ENDS_SENTENCE = /[.;:!?]$/u;

/**
 * Whether the break after `line` is the page's: the next line's first word would not have fitted (forced), or the
 * sentence plainly goes on: the line is prose as long as the page's lines, ends no sentence nor item, and the next
 * line starts no heading nor item. A heading's or a list item's own line is shorter than that; a numbered line whose
 * next line opens with a capital stays apart, as a heading does.
 */
function pageBreak(line: string, next: string, width: number, sofar: number): boolean {
  const body = line.trimEnd();
  if (body.length === 0 || isTableRow(line) || isCapitals(line)) return false;
  const head = next.trimStart();
  if (head.length === 0 || isTableRow(next) || isCapitals(next)) return false;
  if (BLOCK_START.test(next) && !dashInBrackets(body, head)) return false;
  // Items run in a sentence «gồm: A; B;⏎C; D.»: a line holding several is no list one item a line, so the break
  // after its «;» (or after the lead whose next line holds them) is the page's, wherever it fell.
  if (body.endsWith(";") && (runIn(body) || runIn(head))) return true;
  if (body.endsWith(":")) return runIn(head);
  // A dash ending a line («Phòng Tổng hợp -⏎Kinh tế», «59/2023/NĐ-⏎CP») joins what the next line holds: no sentence
  // ends on it, however short the line.
  if (/\S[ ]?[-–]$/u.test(body)) return true;
  const firstWord = /^\S+/u.exec(head)?.[0] ?? "";
  if (body.length + 1 + firstWord.length > width) return true;
  if (ENDS_SENTENCE.test(body) || sofar < PROSE_SHARE * width || isLaidOut(line) || isLaidOut(next)) return false;
  // A line well short of the page's ended where its writer ended it (a paragraph's last line, a cell, an item): only a
  // next line going on in lower case continues it («đã giải⏎quyết, trả kết quả …»); after a number, only a next line of
  // prose («… trả kết quả 119⏎hồ sơ, đạt 94,44%, trong đó …»): a list one item a line, «đại học 42⏎thạc sĩ 27», is short.
  if (body.length < PROSE_SHARE * width) return /^\p{Ll}/u.test(head) && (!/\d$/u.test(body) || next.trimEnd().length >= PROSE_SHARE * width);
  return !(sofar === body.length && BLOCK_START.test(line) && /^\p{Lu}/u.test(head));
}

export function joinHardWraps(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const width = wrapWidth(lines);
  if (width === null) return text;
  const out: string[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1];
    joined += line.length + 1;
    out.push(line);
    if (next === undefined) break;
    const soft = joined < MAX_JOINED && pageBreak(line, next, width, joined - 1);
    out.push(soft ? " " : "\n");
    if (!soft) joined = 0;
  }
  return out.join("");
}
