/**
 * A table typed with spaces instead of tabs (a plain-text report, an e-mail, a table copied out of a fixed-width
 * print): «Chỉ tiêu      Quý I/2026    Quý II/2026    6 tháng 2026», then «Đã giải quyết    23.706    26.114    49.820».
 * Read as prose, each figure's words are the row's label and the numbers beside it: nothing says which column is the
 * report's own period, and the first figure of a row was taken for any period's. Such a block is read back as rows of
 * cells (tabs, as tableGrid.ts reads tables, so the column headers judge each figure: periodScope.ts,
 * periodColumns.ts) only where its shape leaves no doubt:
 * - every line of the block splits, at runs of two spaces or more, into the same number of cells (two at least);
 * - every cell but the first of a data row is a figure («24.918», «95,14», «-»), and at least two rows are data rows;
 * - above the data rows one header line, its cells after the first short and with letters; under a header whose first
 *   column numbers the rows («STT», as cellPerLine.ts reads it), a row opens with its number, then its label; under
 *   the header, lines of a header wrapped in its cells («Lãnh đạo» over «UBND tỉnh», «Thủ trưởng» over «sở, ngành»):
 *   each of their cells short words standing under one header cell of its own (as a figure stands under its column),
 *   the label's cell left blank or not; their leading spaces and gaps get one tab per column they move on, so
 *   tableGrid.ts reads them as the header's lower row (a column with nothing under it keeps its one line);
 * - under a header, a row with fewer cells (a figure left blank) is still a row: each figure goes to the column whose
 *   header it stands under, and the run of spaces before it gets one tab per column it skips; where that is not
 *   clear (a figure under no header, or between two) the table is left as written;
 * - over a header, a line of short words each standing over one header cell of its own («Tháng | Tháng | Tăng (+)»
 *   over «STT | Nội dung | 11/2026 | 10/2026 | Giảm (-)») is the header's upper row, read as a wrapped line is;
 * - under a header, one line of dashes under its cells («---  -------  -------») is its rule, not a row: it gets a
 *   tab at each gap (the block goes on through it) and tableGrid.ts leaves it out; so does one line of dashes drawn
 *   unbroken under the whole header, its first dash made a tab;
 * - under a numbered header, a row with no number, its label indented under the labels («- Tiếp định kỳ») is a
 *   sub-row of the numbered row above: its indentation holds the number column's tab.
 * A blank line or any other line ends the block. The text keeps its length (the first space of a run becomes a tab),
 * so every offset found in it is the document's.
 */
import { HEAD, ROW_NUMBER } from "./cellPerLine";

const GAP = /[ \u00a0]{2,}/gu;
/** A figure, a dash for none, or none said in words («Không có», «không»: held-out 1074's «Tiếp nhận công chức  23  Không có  23»). */
const FIGURE = /^[+\-−]?\s?(?:\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*%?$|^[-–—]$|^[Kk]hông(?: có)?$/u;
const SHORT_HEADER = 40;

interface Row {
  /** Where each gap between cells starts, and how long it is (offsets in the text). */
  gaps: Array<{ at: number; length: number }>;
  cells: string[];
  /** Where each cell starts and ends in its line. */
  spans: Array<[number, number]>;
  /** The line's leading spaces (offset in the text, length). */
  indent: { at: number; length: number };
}

/** The line's cells and the gaps between them, its leading indentation left out; null for a line of one cell. */
function rowOf(line: string, at: number): Row | null {
  const row = cellsOf(line, at);
  return row && row.cells.length >= 2 ? row : null;
}

/** The line's cells (one or more) and the gaps between them, its leading indentation left out; null for a blank line. */
function cellsOf(line: string, at: number): Row | null {
  const indent = /^[ \u00a0\t]*/u.exec(line)![0].length;
  const body = line.slice(indent).trimEnd();
  if (body === "" || body.includes("\t")) return null;
  const gaps: Row["gaps"] = [];
  const cells: string[] = [];
  const spans: Row["spans"] = [];
  let from = 0;
  for (const m of body.matchAll(GAP)) {
    cells.push(body.slice(from, m.index));
    spans.push([indent + from, indent + m.index]);
    gaps.push({ at: at + indent + m.index, length: m[0].length });
    from = m.index + m[0].length;
  }
  cells.push(body.slice(from));
  spans.push([indent + from, indent + body.length]);
  return { gaps, cells, spans, indent: { at, length: indent } };
}

/** A row: its label (words, or a year: a table with a row per year), then figures. */
const isData = (r: Row) => (/\p{L}/u.test(r.cells[0]!) || /^(?:19|20)\d\d$/u.test(r.cells[0]!)) && r.cells.slice(1).every((c) => FIGURE.test(c));
/** A header whose first column numbers the rows («STT», «TT»): its rows open with their number, then the label. */
const isNumberedData = (r: Row) => r.cells.length >= 3 && ROW_NUMBER.test(r.cells[0]!) && /\p{L}/u.test(r.cells[1]!) && r.cells.slice(2).every((c) => FIGURE.test(c));
const isHeader = (r: Row) => r.cells.slice(1).every((c) => c.length <= SHORT_HEADER && /\p{L}|\d{4}/u.test(c));
/** A line of dashes under a header's cells: its rule. */
const isRule = (r: Row) => r.cells.every((c) => /^[-–—=_]{2,}$/u.test(c));
/**
 * «-----------------» drawn unbroken under the whole header: its rule too. Its first dash becomes a tab, so the block
 * goes on through it and tableGrid.ts leaves it out as it does a rule drawn cell under cell. None for any other line.
 */
function lineRule(line: Row | null | undefined): number[] {
  return line && line.cells.length === 1 && /^[-–—=_]{10,}$/u.test(line.cells[0]!) ? [line.indent.at + line.indent.length] : [];
}

/** How far a figure may stand from its column's header and still be under it. */
const NEAR = 4;

/**
 * The header column each of the row's cells from `first` on stands under: the nearest header cell, within NEAR of it
 * and no tie, each further right than the one before; null where a cell stands under none or between two.
 */
function columnsOf(row: Row, header: Row, first: number, fromColumn = first): number[] | null {
  const columns: number[] = [];
  let column = -1;
  for (let k = first; k < row.cells.length; k++) {
    const [from, to] = row.spans[k]!;
    const distance = (c: number) => Math.max(0, header.spans[c]![0] - to, from - header.spans[c]![1]);
    let best = -1;
    let tie = false;
    for (let c = fromColumn; c < header.cells.length; c++) {
      if (best === -1 || distance(c) < distance(best)) [best, tie] = [c, false];
      else if (distance(c) === distance(best)) tie = true;
    }
    if (tie || best <= column || distance(best) > NEAR) return null;
    columns.push(best);
    column = best;
  }
  return columns;
}

/**
 * The tabs a row needs: one at each gap for a full row; for a shorter one, as many as the columns it moves on. A
 * sub-row under a numbered header (`numbered`, its label in the labels' column) has one more in its indentation.
 */
function tabsOf(row: Row, header: Row | null, numbered = false): number[] | null {
  const sub = numbered && header !== null && !isNumberedData(row);
  if (!header || (!sub && row.cells.length === header.cells.length)) return row.gaps.map((g) => g.at);
  if (sub && row.indent.length === 0) return null;
  const columns = sub ? columnsOf(row, header, 1, 2) : columnsOf(row, header, 1);
  if (!columns) return null;
  const tabs: number[] = sub ? [row.indent.at] : [];
  let column = sub ? 1 : 0;
  for (let k = 1; k < row.cells.length; k++) {
    const gap = row.gaps[k - 1]!;
    const best = columns[k - 1]!;
    if (best - column > gap.length) return null;
    for (let i = 0; i < best - column; i++) tabs.push(gap.at + i);
    column = best;
  }
  return tabs;
}

/** How many lines a wrapped header may take under its first. */
const MAX_WRAPPED = 2;

/**
 * The tabs of a line continuing the header's cells («UBND tỉnh» under «Lãnh đạo»): short words, each cell under a
 * header cell of its own; the label's column too, or its place left blank (then the indentation holds its tab).
 * Null when the line is not one: a figure in it, a cell under no header cell or two.
 */
function wrappedHeaderTabs(row: Row, header: Row): number[] | null {
  if (row.cells.length >= header.cells.length) return null;
  if (!row.cells.every((c) => c.length <= SHORT_HEADER && /\p{L}/u.test(c) && !/\d/u.test(c))) return null;
  const columns = columnsOf(row, header, 0);
  // Only the label's column under it is a line of its own (a group's name above the rows), not the header's.
  if (!columns || columns.every((c) => c === 0)) return null;
  const tabs: number[] = [];
  if (columns[0]! > row.indent.length) return null;
  for (let i = 0; i < columns[0]!; i++) tabs.push(row.indent.at + i);
  for (let k = 1; k < row.cells.length; k++) {
    const gap = row.gaps[k - 1]!;
    const moves = columns[k]! - columns[k - 1]!;
    if (moves > gap.length) return null;
    for (let i = 0; i < moves; i++) tabs.push(gap.at + i);
  }
  return tabs;
}

/**
 * The lines right over a header that are its upper row (short words each over a header cell of its own, as a wrapped
 * line is under it: «Tháng | Tháng | Tăng (+)» over «STT | Nội dung | 11/2026 | 10/2026 | Giảm (-)»), nearest first.
 */
function upperLines(lineCells: ReadonlyArray<Row | null>, headerLine: number, header: Row): number[][] {
  const upper: number[][] = [];
  for (let k = headerLine - 1; k >= 0 && upper.length < MAX_WRAPPED; k--) {
    const line = lineCells[k];
    const t = line ? wrappedHeaderTabs(line, header) : null;
    if (!t) break;
    upper.push(t);
  }
  return upper;
}

/** A gap of two spaces or more before a digit (a cell's start in a table laid out with spaces). */
const GAP_BEFORE_DIGIT = /[ \u00a0]{2,}\d/gu;
/** What stands before such a gap in a table's row: a figure or a label's last letter. */
const CELL_END = /[\d\p{L}]$/u;

/**
 * Some gap of two spaces or more between a digit or a letter and a digit (`/\d[ ]{2,}\d|\p{L}[ ]{2,}\d/u`), found
 * from the gaps: the pattern tried at every letter of the text cost more than the tables it looks for.
 */
export function hasAlignedGap(text: string): boolean {
  for (const gap of text.matchAll(GAP_BEFORE_DIGIT)) {
    // The gap found is a whole run of spaces (the leftmost start of a match is its run's first space).
    if (CELL_END.test(text.slice(Math.max(0, gap.index - 2), gap.index))) return true;
  }
  return false;
}

export function spaceAlignedTables(text: string): string {
  if (!hasAlignedGap(text)) return text;
  const lines = text.split("\n");
  const rows: Array<Row | null> = [];
  // Every line's cells, one-cell lines too (a wrapped header's lower line may hold one cell).
  const lineCells: Array<Row | null> = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) {
    lineCells.push(cellsOf(lines[i]!, at));
    rows.push(rowOf(lines[i]!, at));
  }
  const tabs: number[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i];
    if (!first) {
      i++;
      continue;
    }
    const header = isHeader(first) && !isData(first) ? first : null;
    const numbered = header !== null && HEAD.test(header.cells[0]!);
    let end = i + 1;
    const wrapped: number[][] = [];
    const isBody = (r: Row | null | undefined) => !!r && (isData(r) || (numbered && isNumberedData(r)));
    while (header && wrapped.length < MAX_WRAPPED && end < rows.length && !isBody(rows[end])) {
      const line = lineCells[end];
      const t = line ? wrappedHeaderTabs(line, header) : null;
      if (!t) break;
      wrapped.push(t);
      end++;
    }
    // The header's rule of dashes, cell under cell.
    const drawn = header ? lineRule(lineCells[end]) : [];
    const rule = header && rows[end] && isRule(rows[end]!) && rows[end]!.cells.length === header.cells.length ? rows[end++]!.gaps.map((g) => g.at) : drawn.length > 0 ? (end++, drawn) : [];
    const bodyFrom = end;
    // Under a numbered header, after a numbered row: its sub-rows, label indented, no number.
    const subRow = (r: Row) => numbered && end > bodyFrom && r.indent.length > 0 && isData(r);
    const fits = (r: Row | null | undefined) =>
      r && (numbered ? isNumberedData(r) || subRow(r) : isData(r)) && (header ? r.cells.length <= header.cells.length : r.cells.length === first.cells.length);
    while (end < rows.length && fits(rows[end])) end++;
    // «-----» drawn unbroken between the rows and their total («TỔNG CỘNG  87  82 …», held-out 1074): the block goes
    // on through it as through the header's rule, when a row that fits follows it.
    const bodyRules: number[] = [];
    while (header && end + 1 < rows.length && lineRule(lineCells[end]).length > 0 && fits(rows[end + 1])) {
      bodyRules.push(...lineRule(lineCells[end]));
      end++;
      while (end < rows.length && fits(rows[end])) end++;
    }
    const data = rows.slice(header ? bodyFrom : i, end).filter((r): r is Row => r !== null);
    const found = data.length >= 2 && (header !== null || data.every(isData)) ? data.map((r) => tabsOf(r, header, numbered)) : null;
    if (found && found.every((t) => t !== null)) {
      if (header) tabs.push(...header.gaps.map((g) => g.at), ...wrapped.flat(), ...rule, ...bodyRules, ...upperLines(lineCells, i, header).flat());
      for (const t of found) tabs.push(...t!);
    } else if (wrapped.length > 0 || rule.length > 0) end = i + 1;
    i = end;
  }
  if (tabs.length === 0) return text;
  const chars = text.split("");
  for (const at of tabs) chars[at] = "\t";
  return chars.join("");
}
