/**
 * Numbers that name or measure something rather than count it: an identifier («Nghị định 111», «Quyết định số 12»,
 * «Điều 5», «khóa 15», «lần thứ 3»), a duration or a date written in words («9 tháng», «05 năm», «ngày 15 tháng 3»),
 * a year in a range («nhiệm kỳ 2021 - 2026»). Never a figure of the form, whatever words surround them; the count
 * written next to them («hợp đồng theo NĐ 111: 10 người») still is. Language knowledge only: no field is named.
 */

import { isNameNumber } from "./nameNumbers";

/**
 * Kinds of documents and parts of them whose number is a name: «NĐ 111», «Kế hoạch số 45», «khoản 2 Điều 5», an
 * appendix's table «Biểu số 01», «Mẫu 02», «Bảng 3».
 */
const NAMED_BY_NUMBER =
  /(?<![\p{L}])(?:(?:nghị định|nđ|nghị quyết|nq|quyết định|qđ|kế hoạch|kh|thông tư|tt|thông báo|tb|công văn|cv|chỉ thị|ct|luật|hướng dẫn|điều|khoản|chương|mục|tiểu mục|phụ lục|biểu|phụ biểu|biểu mẫu|mẫu|bảng|khóa|khoá|lần thứ|thứ|phiên)(?:[ \u00a0]+số)?|(?:văn bản|báo cáo|tờ trình|bc)[ \u00a0]+số)[ \u00a0]*$/iu;
/**
 * «số 2051/BC-VP», «12/KH-UBND», «111-NĐ»: a number joined to a symbol. Not a count followed by the next short label
 * and its count: «TN 1.318 / GQ 1.279» parts two figures.
 */
const SYMBOL_AFTER = /^(?:[ \u00a0]*\/[ \u00a0]*(?:\d+[ \u00a0]*\/[ \u00a0]*)?|-)\p{Lu}{1,6}(?![\p{L}])(?![ \u00a0]+\d)/u;
/** «Số: 37/BC-VP» and «số 15» right after a document kind: the document's own number; «Tổng số: 25 lượt» is a count. */
const DOC_NUMBER_BEFORE = /(?<![\p{L}])(?<!tổng[ \u00a0]+)số[ \u00a0]*:[ \u00a0]*$/iu;

/**
 * «không tính vào số người làm việc nêu tại điểm 1.3.2», «như mục 2.3.1»: the last number of a part's dotted outline
 * number after the word naming the part is the part's name, as «mục 2» is.
 */
const OUTLINE_REFERENCE = /(?<![\p{L}])(?:điểm|tiết|tiểu mục|mục|khoản|phần|chương|điều)[ \u00a0]+(?:số[ \u00a0]+)?(?:\d{1,2}\.)+$/iu;

/**
 * «Nhiệm vụ 8: Đẩy mạnh cải cách …», «Câu 15.»: an item of a plan or a questionnaire opening its line, named by its
 * number and a colon or a stop; «hoàn thành 8 nhiệm vụ» is a count.
 */
const ITEM_BEFORE = /(?:^|\n)[ \t]*(?:[-+•][ \t]*)?(?:nhiệm vụ|câu|bước|tiêu chí|chỉ tiêu|giải pháp|nội dung)[ \u00a0]+$/iu;
const ITEM_AFTER = /^[ \u00a0]*[:.)]/u;

/** A number that names a document, an article, a term, a round or an item: never a count. */
export function isIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (NAMED_BY_NUMBER.test(before) || DOC_NUMBER_BEFORE.test(before) || OUTLINE_REFERENCE.test(before)) return true;
  if (ITEM_BEFORE.test(before) && ITEM_AFTER.test(text.slice(end, end + 4))) return true;
  return SYMBOL_AFTER.test(text.slice(end, end + 12));
}

/** Units of time: a number written before one measures a stretch of time (or is a date in words). */
export const TIME_UNITS: readonly string[] = ["ngày", "tháng", "năm", "quý", "tuần", "giờ", "phút"];
const TIME_AFTER = new RegExp(`^[ \\u00a0]*(?:${TIME_UNITS.join("|")})(?![\\p{L}])`, "iu");

/** «9 tháng», «05 năm», «ngày 15 tháng 3»: a duration or a date in words, not a count (unless time is the unit). */
export function isDuration(text: string, start: number, end: number): boolean {
  return TIME_AFTER.test(text.slice(end, end + 14)) || /(?<![\p{L}])tháng[ \u00a0]*$/iu.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * «tiếp định kỳ ngày 15/9», «ngày 05/8»: a day and month after «ngày» are a date, both sides of the slash. Without
 * «ngày» a «40/55» is a share of a whole (fractions.ts), so only the word says so.
 */
export function isShortDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (/(?<![\p{L}])ngày[ \u00a0]*$/iu.test(before) && /^\/\d{1,2}(?!\d)/u.test(text.slice(end, end + 4))) return true;
  return /(?<![\p{L}])ngày[ \u00a0]*\d{1,2}\/$/iu.test(before);
}

/** «nhiệm kỳ 2021 - 2026», «giai đoạn 2026-2030»: both ends of a range of years are years. */
export function isYearInRange(text: string, start: number, end: number): boolean {
  if (!/^\d{4}$/.test(text.slice(start, end))) return false;
  const value = Number(text.slice(start, end));
  if (value < 1900 || value > 2100) return false;
  return /\d{4}\s*[-–]\s*$/.test(text.slice(Math.max(0, start - 8), start)) || /^\s*[-–]\s*\d{4}/.test(text.slice(end, end + 8));
}

/** Whether a count field measures time itself («Số ngày …» with unit «ngày»): then durations are its figures. */
export function countsTime(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && TIME_UNITS.includes(unit.trim().toLowerCase());
}

/** A number that is not a count for a field whose unit is `unit`. */
export function notACount(text: string, start: number, end: number, unit?: string | null): boolean {
  if (isSignedChange(text, start) || isIdentifier(text, start, end) || isYearInRange(text, start, end) || isRowYear(text, start, end) || isShortDate(text, start, end)) return true;
  // «xã Sơn Kim 1», «Tổ dân phố số 5»: the number is the name's (nameNumbers.ts).
  if (isNameNumber(text, start, end)) return true;
  if (isGluedHeadingNumber(text, start, end) || isEnumerationMark(text, start, end) || isBasisCount(text, start, end)) return true;
  return isDuration(text, start, end) && !countsTime(unit);
}

/** «theo 31 Quyết định công bố …», «căn cứ 02 kế hoạch …»: the documents something follows. */
const BASIS_BEFORE = /(?<![\p{L}])(?:theo|căn cứ(?:[ \u00a0]+vào)?)[ \u00a0]+$/iu;
const DOCUMENT_AFTER = /^[ \u00a0]+(?:quyết định|văn bản|kế hoạch|nghị quyết|công văn|thông báo|hướng dẫn|chỉ thị)(?![\p{L}])/iu;

/**
 * «Trung tâm niêm yết, công khai 326 thủ tục hành chính … theo 31 Quyết định công bố danh mục thủ tục hành chính của
 * Chủ tịch UBND tỉnh» (972): the documents a work follows, counted, are what it rests on, not work done in the period;
 * «tham mưu ban hành 31 Quyết định» is.
 */
export function isBasisCount(text: string, start: number, end: number): boolean {
  return BASIS_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && DOCUMENT_AFTER.test(text.slice(end, end + 20));
}

/**
 * «gồm 05 nhóm nhiệm vụ: (1) rà soát …; (2) …; (4) tiếp nhận, xử lý phản ánh» (970), «Về thi đua, khen thưởng: (1) đề
 * nghị …; (2) …» (973): a number in brackets that the same paragraph goes on counting, «(3)» before it or «(5)» after,
 * numbers an item. «tổng số (37) viên chức» stands alone and is a count.
 */
export function isEnumerationMark(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== "(" || text[end] !== ")" || end - start > 2) return false;
  const n = Number(text.slice(start, end));
  if (!Number.isInteger(n) || n > 30) return false;
  const from = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 1200);
  const next = text.indexOf("\n", end);
  const to = Math.min(next === -1 ? text.length : next, end + 1200);
  // «(01) … (02)» keeps its width.
  const mark = (k: number) => `(${String(k).padStart(end - start, "0")})`;
  return (n > 1 && text.slice(from, start - 1).includes(mark(n - 1))) || text.slice(end + 1, to).includes(mark(n + 1));
}

/**
 * «2.Lãnh đạo UBND tỉnh: …», «3)Thủ trưởng các sở: …» typed in a hurry (936): a number opening its line with its
 * stop or bracket joined to the words after it numbers the item, as «2. Lãnh đạo» does; «2.500 hồ sơ» has a digit there.
 */
export function isGluedHeadingNumber(text: string, start: number, end: number): boolean {
  return /^[ \t]*$/u.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start)) && /^[.)]\p{Lu}/u.test(text.slice(end, end + 2));
}

/**
 * «Lãnh đạo UBND tỉnh - số lượt   02   01   +1», «Tổng số lượt tiếp   118   131   -13»: a number written with its sign
 * joined to it, after a space, a tab, a bracket or the line's start, is a change (an increase, a decrease), never a
 * count: a count has no sign. «15-20» (a range) and «- 5 lượt» (a bullet) are not so written.
 */
export function isSignedChange(text: string, start: number): boolean {
  return /(?:^|[\s(])[+\-−]$/u.test(text.slice(Math.max(0, start - 2), start));
}

const BODY = "(?:cơ quan|đơn vị|sở|ngành|địa phương|xã|phường|thị trấn|huyện|doanh nghiệp)";
/** Words that join two counts of one enumeration or place a count, not a verb done by the bodies counted before. */
const JOINING = /(?<![\p{L}])(?:và|gồm|trong|là|với|tại|hoặc|cùng|trên|thuộc)(?![\p{L}])/iu;
const AGENTS = new RegExp(`(?<![\\d.,])\\d+[ \\u00a0]+${BODY}(?:[ \\u00a0]*,[ \\u00a0]*${BODY})*[ \\u00a0]+((?:[\\p{L}]+[ \\u00a0]+){1,4})$`, "iu");

/**
 * «phân công 16 cơ quan, đơn vị giúp đỡ 08 xã»: bodies counted right before the verb of the number do what it
 * counts; the number is theirs, not the reporting office's.
 */
export function countedAgentsBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 90), start);
  const m = AGENTS.exec(before);
  // «Năm 2026 phường được giao 52 biên chế»: a year opens the clause, it counts no wards.
  return m !== null && !JOINING.test(m[1]!) && !YEAR_BEFORE.test(before.slice(0, m.index + /\d+/.exec(m[0])![0].length));
}

/** A year written after its word, ending the text: «năm 2026», «Năm 2025». */
const YEAR_BEFORE = /(?<![\p{L}])năm[ \u00a0]+(?:19|20)\d\d$/iu;

/**
 * «3⇥Hợp đồng lao động⇥-⇥09», «1 | Biên chế … | người | 45 |», «1    Biên chế công chức được giao    38»: the number
 * in a table row's first cell, before its label, numbers the row (the label may stand a run of spaces away: a table
 * aligned with spaces keeps them after the tab, spaceAligned.ts, or stays as typed where that reader left it; a table
 * typed with «|» may open its rows with one). Spaces alone mark a cell only when there are two or more and the label
 * opens with a capital, as a row's label does: «1 Biên chế» or «12 cuộc» at a line's start stay numbers of the text.
 */
export function isRowNumber(text: string, start: number, end: number): boolean {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  if (!/^[ \t]*(?:\|[ \t]*)?$/.test(text.slice(lineFrom, start))) return false;
  const after = text.slice(end, end + 48);
  return /^[.)]?(?:\t|[ ]*\|)[ ]*\p{L}/u.test(after) || /^[.)]?[ \u00a0]{2,}\p{Lu}/u.test(after);
}

/** «2025⇥58⇥55»: a year alone in a table row's first cell labels the row (a table with a row per year). */
export function isRowYear(text: string, start: number, end: number): boolean {
  if (end - start !== 4 || !/^(?:19|20)\d\d$/.test(text.slice(start, end))) return false;
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  return /^[ \t]*$/.test(text.slice(lineFrom, start)) && /^[ ]*[\t|]/.test(text.slice(end, end + 8));
}
