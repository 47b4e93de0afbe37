/**
 * Reports get revised: «Số liệu đã điều chỉnh: …», «(điều chỉnh lại: 125 hồ sơ)», «Đính chính: …», «… (thay cho số
 * liệu 120 hồ sơ tại Báo cáo số 15/BC-VP)». Language knowledge only, no field named:
 *  - a number the text says was replaced («thay cho 120 hồ sơ», «thay vì 120», «trước đây báo cáo 120», «sửa từ 36
 *    thành 38»: the value a change starts from) is nobody's figure now (a veto, vetoes.ts);
 *  - a number in a correction («điều chỉnh lại», «đính chính», «sửa lại», «số liệu đã điều chỉnh») is the figure's
 *    value now: the figure stated before it with another value is not (statedTwice.ts decides what is bound);
 *  - so is a table cell whose row notes that its figure was revised, in a cell after it («| 2.874 | Số liệu rà soát
 *    lại trên Hệ thống … ngày 16/6/2026»): a row's last cells are its remarks on the row's figures;
 *  - a note that declares a stated figure a slip and gives the right one («… đúng là 10.986 hồ sơ (… ghi nhầm là
 *    10.968 hồ sơ)», «số đúng là 85, không phải 58 như đã ghi nhầm»): the slipped number is replaced, the one after
 *    «đúng là» is the correction. «đúng là» alone corrects nothing («kết quả đó đúng là nhờ …»): only a sentence that
 *    also names a slip («ghi nhầm», «viết nhầm», «ghi sai», «nhầm là») makes it one.
 */

/** How far back in its line a correction's words may stand before the number. */
const REACH = 120;

const SUPERSEDED = /(?<![\p{L}])(?:thay cho|thay vì|thay thế cho|(?:sửa|điều chỉnh|chỉnh sửa|đính chính)(?:\s+lại)?\s+từ(?=\s*$)|(?:ghi|viết|gõ|đánh máy|báo cáo)\s+(?:nhầm|sai)(?:\s+(?:là|thành))?|nhầm (?:là|thành)|(?:trước đây|đã|lần trước)\s+(?:báo cáo|ghi)(?:\s+là)?|số cũ(?:\s+là)?)(?![\p{L}])[^;:()\n.]{0,60}$/iu;

const CORRECTION =
  /(?<![\p{L}])(?:điều chỉnh lại|chỉnh sửa lại|sửa lại|đính chính|số liệu (?:đã được|đã|được) (?:điều chỉnh|cập nhật|sửa)|số liệu điều chỉnh|nay điều chỉnh|điều chỉnh thành|sửa thành)(?![\p{L}])[^\n]{0,100}$/iu;

/**
 * The right value a note gives for a slipped one: «đúng là», «số đúng là», «chính xác là» right before the number, or
 * «số đúng» with what it is of between: «Số đúng quý III/2025 của VP (mới) là 26» (not «số đúng hạn là 26»).
 */
const RIGHT_VALUE = /(?<![\p{L}])(?:(?:đúng|chính xác)\s+là|số(?:\s+liệu)?\s+đúng\s+(?!hạn|quy|tiến|thời)[^.;:\n]{1,40}?\s+là)\s*:?\s*$/iu;
/**
 * A second right value in the same note: «số đúng là 12/5.836 hồ sơ (0,21%), số hồ sơ trả đúng hạn tương ứng là
 * 838/5.836 hồ sơ» — «tương ứng là» after an earlier «đúng là» in the line.
 */
const ALSO_RIGHT = /(?<![\p{L}])(?:đúng|chính xác)\s+là(?![\p{L}])(?:[^.\n]|\.(?!\s))*(?<![\p{L}])(?:tương ứng|lần lượt)\s+là\s*:?\s*$/iu;
/** A slip named in the same sentence: «ghi nhầm», «viết sai», «nhầm là», «bị nhầm». */
// «quên chưa cập nhật»: a figure left from last period's template is a slip too.
const SLIP_WORDS = String.raw`(?<![\p{L}])(?:(?:ghi|viết|gõ|đánh máy|báo cáo|bị)\s+(?:nhầm|sai)|nhầm\s+(?:là|thành|số)|(?:quên\s+)?chưa\s+cập\s+nhật)`;
const SLIP = new RegExp(`${SLIP_WORDS}(?![\\p{L}])`, "iu");
/** A sentence's end inside a line: a stop, then a capital. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/u;

/** What a remark says of a figure it revised: «số liệu rà soát lại», «số liệu cập nhật đến ngày …», «đã điều chỉnh». */
const REVISED_NOTE =
  /^(?:số liệu\s+(?:đã\s+(?:được\s+)?|được\s+)?(?:rà soát lại|cập nhật|điều chỉnh|chỉnh sửa|sửa)|đã\s+(?:được\s+)?(?:rà soát lại|điều chỉnh|đính chính|sửa lại)|điều chỉnh lại|đính chính|sửa lại)(?![\p{L}])/iu;
/** A cell boundary of a table as text: a pipe or a tab. */
const CELL_END = /^[ \u00a0]*[|\t][ \u00a0\t|]*/u;

/** The number at `start` is a value the text says was replaced. */
export function isSuperseded(text: string, start: number): boolean {
  return SUPERSEDED.test(lineBefore(text, start)) || quotedSlip(text, start) || correctedReportQuoted(text, start) || rowUpdatedBelow(text, start);
}

/** A row label's note that the row brings figures up to date: «(số liệu cập nhật đến 10/12/2026)». */
const UPDATED_LABEL = /\((?:số liệu\s+)?(?:đã\s+(?:được\s+)?)?cập nhật(?:\s+(?:đến|tới))?(?![\p{L}])[^()\n]*\)/iu;
/** How many rows below an earlier row its updated row may stand. */
const UPDATED_ROWS = 4;

/**
 * A table may keep an earlier row above the row that brought it up to date: «Hợp đồng lao động | - | 33» over «Hợp đồng
 * lao động (số liệu cập nhật đến 10/12/2026) | - | 35», «Đến ngày 05/3/2026 (báo cáo lần 1) | 203 | …» over «Đến ngày
 * 14/3/2026 (số liệu cập nhật đến 14/3) | 221 | …». The updated row is the figure; the earlier row's cells are the
 * values it replaced. The rows are the same when their labels agree with brackets, dates and numbers left out.
 */
function rowUpdatedBelow(text: string, start: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", start);
  const line = text.slice(from, lineEnd === -1 ? text.length : lineEnd);
  const cut = line.search(/[\t|]/u);
  // A number in a row's cell after its label, in a row that is not itself the updated one.
  if (cut <= 0 || start - from <= cut || UPDATED_LABEL.test(line.slice(0, cut))) return false;
  const stem = labelStem(line.slice(0, cut));
  if (stem === "") return false;
  const below = text.slice(lineEnd === -1 ? text.length : lineEnd + 1).split("\n", UPDATED_ROWS);
  for (const row of below) {
    const c = row.search(/[\t|]/u);
    if (c <= 0) return false;
    const label = row.slice(0, c);
    if (UPDATED_LABEL.test(label) && labelStem(label) === stem) return true;
  }
  return false;
}

/** A row label with its brackets, dates and numbers left out, lower case: «Đến ngày 05/3/2026 (báo cáo lần 1)» → «đến ngày». */
function labelStem(label: string): string {
  return label.replace(/\([^()]*\)/gu, " ").replace(/[\d/.,]+/gu, " ").replace(/\s+/gu, " ").trim().normalize("NFC").toLowerCase();
}

/**
 * An earlier report quoted before a number in its sentence: named by its quarter («Báo cáo quý III nêu Văn phòng đã đề
 * nghị … cho 01 cá nhân», «Quý III (theo Báo cáo quý III): tiếp nhận 88 hồ sơ», 981), or by its number with what it
 * wrote («Báo cáo số 45 ghi …»). What it says is that report's, not this one's. A report cited as the source of this
 * period's figures («Theo Báo cáo số 58/BC-TTPVHCC của Trung tâm: …») quotes nothing; a mention closed in a bracket
 * before the number («(Báo cáo số 301/BC-VP ghi 26.418 hồ sơ …); tỷ lệ …») is over, and a correction's own numbers after
 * «nay điều chỉnh» are this report's.
 */
const NAMED_REPORT = /(?<![\p{L}])báo cáo\s+(?:(số)\s+\d|quý\s+(?:I{1,3}|IV)(?![\p{L}]))/giu;
/** What a quoted report wrote: «ghi», «nêu», after its name and symbol. */
const QUOTING = /^[^.;()]{0,60}?\s(?:đã\s+)?(?:ghi|nêu)(?![\p{L}])/iu;
/** How far back in its sentence the report may be named. */
const NAMED_REACH = 240;

export function quotesEarlierReport(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - NAMED_REACH), start);
  const from = Math.max(near.lastIndexOf("\n"), near.search(/\.\s+\p{Lu}[^.]*$/u));
  const sentence = near.slice(from + 1);
  const named = [...sentence.matchAll(NAMED_REPORT)].at(-1);
  if (named === undefined) return false;
  const after = sentence.slice(named.index);
  if (named[1] !== undefined && !QUOTING.test(after)) return false;
  const opened = sentence.lastIndexOf("(", named.index);
  if (opened !== -1 && !sentence.slice(opened, named.index).includes(")") && after.includes(")")) return false;
  return !NOW_CORRECTED.test(after);
}

/** An earlier report named by its number: «Báo cáo số 45», «Báo cáo số 241/BC-VP». */
const EARLIER_REPORT = /(?<![\p{L}])báo cáo số\s+\d/iu;
/** What replaces it, after the number: «; nay điều chỉnh là 70 người», «- Nay điều chỉnh (tính đến ngày 14/3/2026): …». */
const NOW_CORRECTED = /(?<![\p{L}])(?:nay\s+(?:điều chỉnh|sửa|đính chính)|điều chỉnh\s+(?:là|thành|lại))(?![\p{L}])/iu;
/** How far from the number the earlier report and the correction may stand: within its line, and the next line. */
const CORRECTED_REACH = 400;

/**
 * «Tại mục I của Báo cáo số 45 ghi: "công chức đang thực hiện 71 người"; nay điều chỉnh là 70 người», «- Số liệu tại
 * Báo cáo số 45 (…): tiếp nhận 118 hồ sơ; …» over «- Nay điều chỉnh (…): tiếp nhận 124 hồ sơ; …» (980): a number its
 * line quotes from an earlier report, when the correction follows it in that line or the next, is the value replaced.
 * The correction's own numbers come after «nay điều chỉnh» and are not: their line names it before them.
 */
function correctedReportQuoted(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - CORRECTED_REACH), start);
  const before = near.slice(near.lastIndexOf("\n") + 1);
  if (!EARLIER_REPORT.test(before) || NOW_CORRECTED.test(before)) return false;
  const lineEnd = text.indexOf("\n", start);
  const nextEnd = lineEnd === -1 ? -1 : text.indexOf("\n", lineEnd + 1);
  const after = text.slice(start, Math.min(start + CORRECTED_REACH, nextEnd === -1 ? text.length : nextEnd));
  return NOW_CORRECTED.test(after);
}

/** A quotation closing, then words that call it a slip: «» nêu trên ghi nhầm», «" là nhầm». */
const SLIP_AFTER_QUOTE = new RegExp(`^[»”"][^;:.\n«“]{0,80}?${SLIP_WORDS}`, "iu");

/**
 * The number at `start` is inside a quotation that the words after it call a slip: «Đính chính: dòng «Trễ, quá hạn:
 * 21/5.836 hồ sơ (0,36%)» nêu trên ghi nhầm; số đúng là 12/5.836 hồ sơ». The quoted line is the one replaced.
 */
function quotedSlip(text: string, start: number): boolean {
  const line = lineBefore(text, start);
  const open = Math.max(line.lastIndexOf("«"), line.lastIndexOf("“"));
  if (open === -1 || /[»”]/u.test(line.slice(open))) return false;
  const lineEnd = text.indexOf("\n", start);
  const rest = text.slice(start, lineEnd === -1 ? text.length : Math.min(lineEnd, start + REACH));
  const close = rest.search(/[»”]/u);
  return close !== -1 && SLIP_AFTER_QUOTE.test(rest.slice(close));
}

/**
 * The number at `start` stands in a correction: it is the value that replaces an earlier one. With its `end`, a table
 * row's remark after its cell counts too (its own cell ends right after it; prose after a number is no remark).
 */
export function isCorrection(text: string, start: number, end?: number): boolean {
  if (quotedSlip(text, start)) return false;
  const before = lineBefore(text, start);
  // «Đính chính: … là 85 hồ sơ.» — a new sentence of the same line is no longer the correction's.
  const m = CORRECTION.exec(before);
  if (m !== null && !/\.\s+\p{Lu}/u.test(before.slice(m.index))) return true;
  if (end !== undefined && (RIGHT_VALUE.test(before) || ALSO_RIGHT.test(before)) && slipInSentence(text, start, end)) return true;
  return end !== undefined && revisedInRemark(text, end);
}

/**
 * The note of the number at `start`…`end` names a slip: its sentence after it, or its line before it (a note may name
 * the slip, then give the right value in its next sentence: «… «17 (người)» … quên chưa cập nhật. Số đúng … là 26»).
 */
function slipInSentence(text: string, start: number, end: number): boolean {
  const [, after] = sentenceAround(text, start, end);
  return SLIP.test(lineBefore(text, start)) || SLIP.test(after);
}

function sentenceAround(text: string, start: number, end: number): [string, string] {
  const before = lineBefore(text, start).split(SENTENCE_END).pop()!;
  const lineEnd = text.indexOf("\n", end);
  const after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + REACH)).split(SENTENCE_END)[0]!;
  return [before, after];
}

/** A slip and the figure it wrote: «ghi nhầm là 10.968», «viết sai thành 58». */
/** …its digits grouped by dots or spaces as clerks write them («10.968», «10 968»). */
const SLIPPED = new RegExp(String.raw`${SLIP_WORDS}(?:\s+(?:là|thành))?\s*(\d{1,3}(?:[. \u00a0\u2009\u202f]\d{3})+(?!\d)|\d+)`, "giu");

/**
 * The digits of the figures the sentence of a correction at `start`…`end` says were slipped («đúng là 10.986 (…
 * ghi nhầm là 10.968)» names 10968): the correction is that figure's, no other's. Empty when it names none.
 */
export function slippedDigits(text: string, start: number, end: number): string[] {
  // A second right value («tương ứng là 838») corrects a figure the note does not quote: it names no slip of its own.
  if (!RIGHT_VALUE.test(lineBefore(text, start))) return [];
  const parts = sentenceAround(text, start, end);
  const named = parts.flatMap((part) => [...part.matchAll(SLIPPED)].map((m) => m[1]!.replace(/\D/gu, "")));
  // «dòng «Trễ, quá hạn: 21/5.836 hồ sơ (0,36%)» nêu trên ghi nhầm»: the quoted line's numbers are the slipped ones.
  const quoted = [...lineBefore(text, start).matchAll(QUOTED_SLIP)].flatMap((m) => [...m[1]!.matchAll(/\d[\d.]*/gu)].map((d) => d[0].replace(/\D/gu, "")));
  return [...named, ...quoted];
}

/** A quotation and the slip words after it, its text captured. */
const QUOTED_SLIP = new RegExp(`[«“]([^«»“”\n]{1,120})[»”][^;:.\n«“]{0,80}?${SLIP_WORDS}`, "giu");

/** The cells after the number's own, to the row's end, open with a remark that the figure was revised. */
function revisedInRemark(text: string, end: number): boolean {
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const cell = CELL_END.exec(rest);
  return cell !== null && REVISED_NOTE.test(rest.slice(cell[0].length));
}

/** The line before `start`, at most REACH characters of it (a long line's start is not looked for). */
function lineBefore(text: string, start: number): string {
  const near = text.slice(Math.max(0, start - REACH), start);
  return near.slice(near.lastIndexOf("\n") + 1);
}
