/**
 * A percentage whose «%» is written in its label, not after it: «Đã giải quyết: 57; tỷ lệ (%): 98,28», «Tỷ lệ %:
 * 95», a form's dotted blank «tỷ lệ (%) ……… 84,21». Printed report forms put the unit in the label once, so the
 * number stands bare; read bare it is a decimal or a count and no percentage field could take it.
 * Only the number right after the label (nothing but a colon, spaces, dots or a blank's underscores between) takes
 * the unit, and only a value a percentage can have (at most 100, at most two decimals): «(%)» never reaches a
 * second number, nor a number already followed by its own unit.
 */
import type { NumberToken } from "../numbers";

const LABEL = /(?:\(\s*%\s*\)|\p{L}[ \u00a0]*%)[ \u00a0\t]*:?[ \u00a0\t.…_]*$/u;
const BARE = /^\d{1,3}(?:[.,]\d{1,2})?$/;

export function labelledPercent(text: string, t: NumberToken): NumberToken | null {
  if ((t.kind !== "count" && t.kind !== "other") || !BARE.test(t.text) || !(t.value <= 100)) return null;
  // A count whose «,» or «.» grouped thousands is no decimal; `value` already says which it is.
  if (/^[ \u00a0]?(?:%|\p{L})/u.test(text.slice(t.end, t.end + 2))) return null;
  const lineFrom = text.lastIndexOf("\n", t.start - 1) + 1;
  return LABEL.test(text.slice(Math.max(lineFrom, t.start - 40), t.start)) ? { ...t, kind: "percent" } : null;
}
