/**
 * «Bổ nhiệm Phó Trưởng phòng (01 Phó Trưởng phòng Khoa giáo - Văn xã, 02 Phó Trưởng phòng Nội chính)⇥03»: numbers in
 * a bracket that add up to the number right after it are that number's parts. A figure counting a whole (the form's
 * sum of figures, or a label opening with «Tổng») is the number after the bracket, never one of its parts (730).
 * Arithmetic only: a bracket whose numbers do not add up to what follows it says nothing here.
 */
import type { FieldDef } from "../../types";

/** A whole: the form adds it up from other figures, or its label says it is a total. */
export function wholeFigure(field: FieldDef): boolean {
  return field.formula?.op === "sum" || /^\s*tổng/iu.test(field.label);
}

const AFTER = /^[ \t]*(\d{1,3}(?:\.\d{3})*)(?![\d,./%])/u;
const PART = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?![\d,/%]|\.\d)/gu;

/** The number at [start, end) stands in a bracket on its line whose numbers add up to the number right after it. */
export function partOfFollowingTotal(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const open = text.lastIndexOf("(", start);
  if (open < lineStart || text.slice(open + 1, start).includes(")")) return false;
  const lineEnd = text.indexOf("\n", end);
  const close = text.indexOf(")", end);
  if (close === -1 || (lineEnd !== -1 && close > lineEnd)) return false;
  const after = AFTER.exec(text.slice(close + 1, close + 20));
  if (!after) return false;
  const parts = [...text.slice(open + 1, close).matchAll(PART)].map((m) => Number(m[0].replace(/\./g, "")));
  const total = Number(after[1]!.replace(/\./g, ""));
  return parts.length >= 2 && parts.reduce((a, b) => a + b, 0) === total;
}
