/**
 * Arithmetic in tables outside the form: a row labelled «Tổng cộng», «Cộng», «Tổng số», «Tổng» or «Toàn tỉnh…»
 * (meaning/tableGrid.ts's TOTAL_LABEL) states, column by column, the sum of the rows above it since the header (or
 * the previous total). A column whose rows do not add up to it is a warning that quotes the row and the column.
 *
 * When the rows are meant to add up is decided from the table itself, never assumed:
 * - at least one other column of the same total row adds up exactly: that is the evidence that the rows above are
 *   its parts (a «Toàn tỉnh» row under a few districts picked out adds up in no column, and is not flagged);
 * - every cell between is a whole count (a percentage, a ratio «26/29» or words make the column not a sum);
 * - no row between is a sub-row («Trong đó», «- …», «+ …», «Gồm»), which would count a part twice;
 * - the column is not a rate («%», «Tỷ lệ», «Bình quân», «Trung bình»).
 */
import { formatCount } from "../vnNumber";
import { TOTAL_LABEL } from "./meaning/tableGrid";
import { lineAt, lineStarts, quote } from "./text";
import type { TextProblem } from "./types";

const COUNT = /^\d{1,3}(?:([.\s\u00a0])\d{3})(?:\1\d{3})*$|^\d+$/;
const SUB_ROW = /^(?:trong\s+đó|gồm|bao\s+gồm|[-+*•–])/iu;
const RATE = /%|tỷ\s*lệ|tỉ\s*lệ|bình\s+quân|trung\s+bình/iu;

const countOf = (cell: string): number | null => (COUNT.test(cell) ? Number(cell.replace(/[.\s\u00a0]/g, "")) : null);

interface Row {
  cells: string[];
  offset: number;
}

/** `formFigures`: starts of the numbers bound to the form's fields; a column made only of them is the form's to check. */
export function checkTableSums(text: string, formFigures: ReadonlySet<number> = new Set()): TextProblem[] {
  const starts = lineStarts(text);
  const problems: TextProblem[] = [];
  for (const block of tableBlocks(text, starts)) problems.push(...blockProblems(block, text, starts, formFigures));
  return problems;
}

/** Runs of consecutive lines split by the same separator (a tab, as docxText writes Word tables, or «|»). */
function tableBlocks(text: string, starts: readonly number[]): Row[][] {
  const blocks: Row[][] = [];
  let current: Row[] = [];
  let separator: string | null = null;
  for (const offset of starts) {
    const end = text.indexOf("\n", offset);
    const line = text.slice(offset, end === -1 ? undefined : end);
    const own = line.includes("\t") ? "\t" : line.includes("|") ? "|" : null;
    if (own === null || own !== separator) {
      if (current.length > 0) blocks.push(current);
      current = [];
      separator = own;
    }
    if (own !== null) current.push({ cells: line.split(own).map((c) => c.trim()), offset });
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

const labelOf = (row: Row) => row.cells.find((c) => /\p{L}/u.test(c)) ?? "";

function blockProblems(rows: Row[], text: string, starts: readonly number[], formFigures: ReadonlySet<number>): TextProblem[] {
  const header = rows.findIndex((r) => r.cells.some((c) => countOf(c) !== null));
  if (header <= 0) return [];
  const headers = rows.slice(0, header);
  const problems: TextProblem[] = [];
  const totals = rows.map((r, i) => (i >= header && TOTAL_LABEL.test(labelOf(r)) ? i : -1)).filter((i) => i !== -1);
  totals.forEach((t, k) => {
    // The rows since the header or the previous total; for a total written first, the rows after it.
    const above = rows.slice(k === 0 ? header : totals[k - 1]! + 1, t);
    const parts = above.length >= 2 ? above : rows.slice(t + 1, totals[k + 1] ?? rows.length);
    problems.push(...totalProblems(rows[t]!, parts, headers, text, starts, formFigures));
  });
  return problems;
}

function totalProblems(total: Row, parts: readonly Row[], headers: readonly Row[], text: string, starts: readonly number[], formFigures: ReadonlySet<number>): TextProblem[] {
  if (parts.length < 2 || parts.some((r) => SUB_ROW.test(labelOf(r)) || TOTAL_LABEL.test(labelOf(r)))) return [];
  const columns = total.cells.map((cell, c) => columnSum(cell, c, parts, headers)).filter((s) => s !== null);
  // Evidence that the rows are this total's parts: some column adds up exactly.
  if (!columns.some((s) => s.sum === s.total)) return [];
  const problems: TextProblem[] = [];
  const where = parts[0]!.offset < total.offset ? "các hàng ở trên" : "các hàng ở dưới";
  for (const s of columns) {
    if (s.sum === s.total) continue;
    const cellStart = (row: Row) => row.offset + offsetOfCell(text, row, s.column);
    if ([total, ...parts].every((r) => formFigures.has(cellStart(r)))) continue;
    const line = lineAt(starts, total.offset);
    const name = s.header === "" ? `cột ${s.column + 1}` : `cột «${quote(s.header, 40)}»`;
    problems.push({
      key: `arithmetic.table:${line}:${s.column}`,
      severity: "warning",
      lines: [...new Set([lineAt(starts, parts[0]!.offset), line])].sort((a, b) => a - b),
      message:
        `Bảng: hàng «${quote(labelOf(total), 30)}», ${name} ghi ${total.cells[s.column]}, nhưng ${where} cộng lại ` +
        `${s.terms.join(" + ")} = ${formatCount(s.sum)} (chênh ${formatCount(Math.abs(s.sum - s.total))}).`,
    });
  }
  return problems;
}

function columnSum(cell: string, column: number, parts: readonly Row[], headers: readonly Row[]) {
  const total = countOf(cell);
  if (total === null) return null;
  const header = headers.map((h) => h.cells[column] ?? "").filter((h) => h !== "").join(" ");
  if (RATE.test(header)) return null;
  const terms: string[] = [];
  let sum = 0;
  for (const row of parts) {
  const written = row.cells[column] ?? "";
  if (written === "") continue;
  const value = countOf(written);
  if (value === null) return null;
  terms.push(written);
  sum += value;
  }
  return terms.length < 2 ? null : { column, total, sum, terms, header };
}

/** Where a cell's text starts in its line (cells are trimmed; the first character of the trimmed text). */
function offsetOfCell(text: string, row: Row, column: number): number {
  const end = text.indexOf("\n", row.offset);
  const line = text.slice(row.offset, end === -1 ? undefined : end);
  const separator = line.includes("\t") ? "\t" : "|";
  let at = 0;
  const raw = line.split(separator);
  for (let c = 0; c < column; c++) at += raw[c]!.length + 1;
  return at + (raw[column]!.length - raw[column]!.trimStart().length);
}
