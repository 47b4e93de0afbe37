/**
 * Numbers that are no count of what their words describe: a year («năm 2025», «2021 - 2026»), a year inside the
 * words before a figure («Biên chế công chức năm 2024 … là 64»), a rounded number («khoảng 11.000»).
 */
import { bareWholeAt } from "./overTotal";
import type { NumberToken } from "../numbers";

/** A token as candidates hold it: a number, or the words for zero (no year, never rounded). */
type Written = NumberToken | { kind: "zero" };

/**
 * «năm 2024» followed by words: a year that is part of the label after it, not a figure; or ending a label right
 * before its colon and figure, «Số lượng người làm việc được Sở Y tế giao năm 2026: 735 người», as the label's own year.
 */
export function yearInLabel(text: string, t: Written): boolean {
  if (t.kind !== "count" || !/^\d{4}$/.test(t.text) || t.value < 2000 || t.value > 2100) return false;
  if (!/(?<![\p{L}])năm\s+$/iu.test(text.slice(Math.max(0, t.start - 6), t.start))) return false;
  return /^\s+\p{L}/u.test(text.slice(t.end, t.end + 3)) || labelsOneFigure(text, t.end);
}

/**
 * A colon right after `end` followed by a single figure in its clause: «…: 735 người;». With two numbers or more
 * («năm 2025: 08 nhóm, 29 nhiệm vụ») the colon opens a list whose introduction the year belongs to as written.
 */
function labelsOneFigure(text: string, end: number): boolean {
  const after = /^[ \u00a0]*:[ \u00a0]*\d[\d.,]*([^;\n]*)/u.exec(text.slice(end, end + 200));
  return after !== null && !/\d/u.test(after[1]!.split(/\.(?:\s|$)/u)[0]!);
}

/**
 * «có mặt đến ngày 14/6/2026: 702 viên chức»: a date after «ngày» ending a label right before its colon and figure
 * is the label's cutoff, not a figure whose words the label would be.
 */
export function dateInLabel(text: string, t: Written): boolean {
  if (t.kind !== "date") return false;
  return /(?<![\p{L}])ngày[ \u00a0]+$/iu.test(text.slice(Math.max(0, t.start - 6), t.start)) && labelsOneFigure(text, t.end);
}

/** "khoảng 11.000", "gần 800", "trên 92%": a rounded number is not the figure, however well its words fit. */
// «chưa đến 200», «không quá 15», «ngót 300»: a bound the figure stays under rounds it as «gần» does.
const APPROXIMATE = /(?<![\p{L}])(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|ước(?: tính| đạt)?|chừng|trên dưới|(?:chưa|không) (?:đến|tới)|không quá|ngót(?: nghét)?|xuýt xoát|suýt soát)\s+$/iu;
export function approximate(text: string, t: NumberToken): boolean {
  return APPROXIMATE.test(text.slice(Math.max(0, t.start - 16), t.start)) && !bareWholeAt(text, t.start, t.end);
}

/** A year, by the word before it («năm», «giai đoạn», «khóa», «kỳ») or a second year after a dash. */
export function isYear(token: Written, left: readonly string[], text: string): boolean {
  if (token.kind !== "count" || !/^\d{4}$/.test(token.text) || token.value < 1900 || token.value > 2100) return false;
  const before = left.at(-1) ?? "";
  // «tháng 5 năm 2026 của HĐND tỉnh»: the words between two numbers may all be the next figure's, and «năm» not
  // among this one's words; written right before it, it still makes it a year.
  const written = /(?<![\p{L}])năm[ \u00a0]+$/iu.test(text.slice(Math.max(0, token.start - 6), token.start));
  return written || ["năm", "đoạn", "khóa", "khoá", "kỳ"].includes(before) || /^\s*[-–]\s*\d{4}/.test(text.slice(token.end, token.end + 8)) || yearRow(text, token.start) || namesYearAfterShortForm(text, token.start, token.end);
}

/**
 * «ban hành KH KSTTHC 2026 (KH 17/KH-UBND …)», «Luật THDC 2022»: a year written right after a short form in capitals,
 * with no colon between and no unit after it, dates what the short form names (a plan, a law); a count after a short
 * form is written with its unit or grouped («HS: 1.226», «TTHC 12 thủ tục»), never bare in four digits.
 */
const SHORT_FORM_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{Lu}\p{M}]+[ \u00a0]+$/u;
function namesYearAfterShortForm(text: string, start: number, end: number): boolean {
  return SHORT_FORM_BEFORE.test(text.slice(Math.max(0, start - 16), start)) && /^[ \u00a0]*(?:[(;,.)]|\n|$)/u.test(text.slice(end, end + 3));
}

/** A table row labelled by the year it gives, its cell the year alone: «Năm của số liệu biên chế ⇥ 2025». */
const YEAR_ROW = /^[ \t]*(?:\d{1,2}[.)]?\t[ \t]*)?năm(?![\p{L}\p{M}])[^\t\n\d]{0,80}\t[ \t]*$/iu;
function yearRow(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return start - lineStart <= 100 && YEAR_ROW.test(text.slice(lineStart, start)) && /^[ \t]*(?:\t|\n|$)/u.test(text.slice(start + 4, start + 6));
}
