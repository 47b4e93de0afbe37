/**
 * Where a number stands on the page, as the text gives it: a heading's or list item's own number ("1. …"), and the
 * bare numbers of a table's percentage column or row (the table itself: tableGrid.ts).
 */
import type { NumberToken } from "../numbers";
import { tableCell } from "./tableGrid";

/** "1. Công tác cán bộ", "3) …" at the start of a line: the number of a heading or a list item, not a figure. */
export function headingNumber(text: string, t: NumberToken): boolean {
  if (t.kind !== "count" || !/^[.)]\s/.test(text.slice(t.end, t.end + 2))) return false;
  const lineFrom = text.lastIndexOf("\n", t.start - 1) + 1;
  return /^[\s\p{L}.]{0,6}$/u.test(text.slice(lineFrom, t.start)) && !/\p{L}{2}/u.test(text.slice(lineFrom, t.start));
}

/**
 * "87,77" in a table column headed "Tỷ lệ (%)", or in a row so labelled or whose unit cell is «%» under a count's
 * column, is a percentage. So is a whole number alone in its cell there («Kế hoạch⇥Thực hiện⇥Tỷ lệ (%)» rows
 * ending «01⇥01⇥100»): a clerk writes a share of 100 without decimals, and it counts nothing.
 */
export function percentCell(text: string, t: NumberToken): NumberToken[] {
  const whole = t.kind === "count" && /^\d{1,3}$/.test(t.text);
  if (!(whole || (t.kind === "other" && /^\d{1,3}[.,]\d{1,2}$/.test(t.text))) || t.value > 100) return [];
  if (whole && !aloneInCell(text, t)) return [];
  const cell = tableCell(text, t);
  if (!cell) return [];
  const inColumn = `${cell.group} ${cell.header}`.includes("%");
  const inRow = /\(\s*%\s*\)/.test(cell.label);
  return inColumn || inRow || unitCellBefore(text, t) ? [{ ...t, kind: "percent" }] : [];
}

/** Nothing but the number between its cell's separators (a tab, «|» or the line's ends). */
function aloneInCell(text: string, t: NumberToken): boolean {
  return /(?:^|[\t|\n])[ \u00a0]*$/.test(text.slice(Math.max(0, t.start - 8), t.start)) && /^[ \u00a0]*(?:[\t|\n]|$)/.test(text.slice(t.end, t.end + 8));
}

/** «Tỷ lệ đã giải quyết⇥%⇥100⇥93,75»: the row's unit column («ĐVT») says «%» before the number. */
function unitCellBefore(text: string, t: NumberToken): boolean {
  const lineFrom = text.lastIndexOf("\n", t.start - 1) + 1;
  const before = text.slice(lineFrom, t.start);
  const separator = before.includes("\t") ? "\t" : "|";
  return before.split(separator).slice(1, -1).some((cell) => cell.trim() === "%");
}
