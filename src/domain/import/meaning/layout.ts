/**
 * Where a number stands on the page, as the text gives it: a heading's or list item's own number ("1. …"), and the
 * cells of a table written as text (a row per line, cells split by tabs or "|", as scripts/docxText.ts writes Word
 * tables), with the row's label, the column's header and the header above the labels.
 */
import type { NumberToken } from "../numbers";

type Token = Pick<NumberToken, "start" | "end">;

/** "1. Công tác cán bộ", "3) …" at the start of a line: the number of a heading or a list item, not a figure. */
export function headingNumber(text: string, t: NumberToken): boolean {
  if (t.kind !== "count" || !/^[.)]\s/.test(text.slice(t.end, t.end + 2))) return false;
  const lineFrom = text.lastIndexOf("\n", t.start - 1) + 1;
  return /^[\s\p{L}.]{0,6}$/u.test(text.slice(lineFrom, t.start)) && !/\p{L}{2}/u.test(text.slice(lineFrom, t.start));
}

/** "87,77" in a table column headed "Tỷ lệ (%)" is a percentage. */
export function percentCell(text: string, t: NumberToken): NumberToken[] {
  if (!/^\d{1,3}[.,]\d{1,2}$/.test(t.text) || t.value > 100) return [];
  const row = tableRow(text, t);
  return row && row.header.includes("%") ? [{ ...t, kind: "percent" }] : [];
}

/** A row of a table written as text (cells split by tabs or "|"): its first cell with words, and the column's header. */
export function tableRow(text: string, token: Token): { label: string; header: string; labelHeader: string } | null {
  const lineFrom = text.lastIndexOf("\n", token.start - 1) + 1;
  const lineEnd = text.indexOf("\n", token.start);
  const line = text.slice(lineFrom, lineEnd === -1 ? undefined : lineEnd);
  const separator = line.includes("\t") ? "\t" : line.includes("|") ? "|" : null;
  if (!separator) return null;
  const cells = line.split(separator);
  let offset = lineFrom;
  let column = 0;
  for (; column < cells.length; column++) {
    if (token.start < offset + cells[column]!.length) break;
    offset += cells[column]!.length + 1;
  }
  const own = cells[column] ?? "";
  const labelColumn = /\p{L}/u.test(own) ? -1 : cells.findIndex((c) => /\p{L}/u.test(c));
  const label = labelColumn === -1 ? "" : cells[labelColumn]!;
  // The header: the first line of the block of lines split the same way.
  let from = lineFrom;
  while (from > 0) {
    const prevFrom = text.lastIndexOf("\n", from - 2) + 1;
    if (!text.slice(prevFrom, from - 1).includes(separator)) break;
    from = prevFrom;
  }
  const headerLine = text.slice(from, text.indexOf("\n", from) === -1 ? undefined : text.indexOf("\n", from));
  const headers = from === lineFrom ? [] : headerLine.split(separator);
  return { label, header: headers[column] ?? "", labelHeader: labelColumn === -1 ? "" : (headers[labelColumn] ?? "") };
}
