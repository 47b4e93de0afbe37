/**
 * Numbers that are no count of what their words describe: a year («năm 2025», «2021 - 2026»), a year inside the
 * words before a figure («Biên chế công chức năm 2024 … là 64»), a rounded number («khoảng 11.000»).
 */
import type { NumberToken } from "../numbers";

/** A token as candidates hold it: a number, or the words for zero (no year, never rounded). */
type Written = NumberToken | { kind: "zero" };

/** «năm 2024» followed by words: a year that is part of the label after it, not a figure. */
export function yearInLabel(text: string, t: Written): boolean {
  if (t.kind !== "count" || !/^\d{4}$/.test(t.text) || t.value < 2000 || t.value > 2100) return false;
  return /(?<![\p{L}])năm\s+$/iu.test(text.slice(Math.max(0, t.start - 6), t.start)) && /^\s+\p{L}/u.test(text.slice(t.end, t.end + 3));
}

/** "khoảng 11.000", "gần 800", "trên 92%": a rounded number is not the figure, however well its words fit. */
const APPROXIMATE = /(?<![\p{L}])(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|ước(?: tính| đạt)?|chừng|trên dưới)\s+$/iu;
export function approximate(text: string, t: NumberToken): boolean {
  return APPROXIMATE.test(text.slice(Math.max(0, t.start - 14), t.start));
}

/** A year, by the word before it («năm», «giai đoạn», «khóa», «kỳ») or a second year after a dash. */
export function isYear(token: Written, left: readonly string[], text: string): boolean {
  if (token.kind !== "count" || !/^\d{4}$/.test(token.text) || token.value < 1900 || token.value > 2100) return false;
  const before = left.at(-1) ?? "";
  return ["năm", "đoạn", "khóa", "khoá", "kỳ"].includes(before) || /^\s*[-–]\s*\d{4}/.test(text.slice(token.end, token.end + 8)) || closesTitle(text, token);
}

/** A numbered title's words: letters, spaces and commas after its number, nothing counted in it. */
const NUMBERED_TITLE = /^[ \t]*(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]*[\p{L}\p{M}][\p{L}\p{M} ,]*\p{L} $/u;
/** A label's words before its colon, a bullet or a number before them at most. */
const LABEL_WORDS = /^[ \t]*(?:(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)][ \t]*|[-+*•–][ \t]*)?[\p{L}\p{M}][\p{L}\p{M} ,]*\p{L} $/u;

/**
 * A year written without «năm» closing a label or a numbered title: «Biên chế 2026: CC giao 68 …», «+ KH 2026: 08
 * nhóm» (a label's figure follows its colon, so a number before the colon is the label's), «1. BIÊN CHẾ 2025» (a
 * numbered title ends there, with nothing counted in it). Not a bullet's line end: «- Hồ sơ tiếp nhận 2026» may be a
 * count written without its unit.
 */
export function closesTitle(text: string, t: Written): boolean {
  if (t.kind !== "count" || !/^\d{4}$/.test(t.text) || t.value < 2000 || t.value > 2100) return false;
  const after = text.slice(t.end, t.end + 4);
  const colon = /^[ \t]*:/.test(after);
  if (!colon && !/^[ \t]*(?:\r?\n|$)/.test(after)) return false;
  const lineFrom = text.lastIndexOf("\n", t.start - 1) + 1;
  return t.start - lineFrom <= 80 && (colon ? LABEL_WORDS : NUMBERED_TITLE).test(text.slice(lineFrom, t.start));
}
