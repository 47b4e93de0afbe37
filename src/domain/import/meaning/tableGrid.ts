/**
 * A table written as text (a row per line, cells split by tabs or "|": docx/docxText.ts writes Word tables so,
 * with an empty cell after a cell for each extra column it spans; clerks type plain-text tables so) read as a grid:
 * its header rows (the leading rows with no figure), each column's header as its group header and sub-header
 * («Đã giải quyết» over «Đúng hạn»), and its total rows («Tổng cộng», «Cộng», «Toàn tỉnh») with the rows they add up.
 */
import { namedInCell } from "./cellOpening";
import { columnPeriod, earlierPeriodColumn, otherPeriodColumn, ownPeriodColumn, previousPeriodColumn, type OwnPeriod } from "./earlierColumn";
import type { NumberToken } from "../numbers";
import { alignGroups, headerOf } from "./tableHeaders";
import { cellNamedByRow } from "./rowNames";
import { withGroupLabels, withParentLabels } from "./subRows";

type Token = Pick<NumberToken, "start" | "end">;

/** Where a cell stands: the row's label, the column's header (sub-header and groups above), the label column's. */
export interface TableCell {
  label: string;
  /** The lowest header row's text for the column (the sub-header, or a header spanning all header rows). */
  header: string;
  /** Header rows above the sub-header: the group the column belongs to. */
  group: string;
  labelHeader: string;
  /**
   * "total": a total row whose column the rows above (or below) add up to exactly; "part": one of those rows.
   * The arithmetic is the evidence that the rows are the parts of the office's figure.
   */
  role: "total" | "part" | null;
  /** The column's parts add up to its total exactly. */
  checked: boolean;
  /** A part cell of a total column (a row's sites beside «Toàn Trung tâm»): its own column's header names it. */
  partName?: string;
  /** The row's label names this cell (rowNames.ts): `label` holds that name, the column's header is left out. */
  namedByRow?: boolean;
  /**
   * A table that answers an outline («Nội dung theo Đề cương | Kết quả»): the row's question, for a cell of the answer
   * column (right beside the questions) that names its number itself («Được giao 48; có mặt 44») and so has no
   * `label`. The question still says what is counted.
   */
  question?: string;
  /**
   * The row's cell under a «Đơn vị tính» («ĐVT») column: «Hồ sơ⇥2.251» says «2.251 hồ sơ», as the unit written after
   * the number would (what the row's figures count). Absent outside such a table or when the cell is empty.
   */
  unitCell?: string;
}

/** A column of the rows' units: «Đơn vị tính», «ĐVT», «Đơn vị tính (ĐVT)». */
const UNIT_COLUMN = /^(?:đơn vị tính|đvt)\.?(?:\s*\(\s*đvt\s*\))?$/iu;

/** The label column of a table that answers an outline: «Nội dung theo Đề cương», «Câu hỏi». */
const OUTLINE_COLUMN = /đề cương|câu hỏi/iu;

interface Block {
  from: number;
  rows: string[][];
  /** Offset of each row's line, and back. */
  starts: number[];
  rowAt: Map<number, number>;
  headerRows: number;
  roles: Map<string, { role: "total" | "part"; checked: boolean; name?: string }>;
}

/** A row's label that says it is the sum of the rows: the whole of the label, nothing else. */
export const TOTAL_LABEL = /^(?:tổng cộng|tổng số|tổng|cộng|toàn (?:tỉnh|huyện|thành phố|văn phòng|sở|ngành|cơ quan|đơn vị))\s*[:.]?$/iu;
/**
 * A column's header that says it is the sum of the columns before it: «Tổng cộng», «Cộng», «Toàn Trung tâm», «Toàn
 * tỉnh» — beside columns of sites or units («Trụ sở chính | Chi nhánh Long Xuyên | Toàn Trung tâm»).
 */
const TOTAL_COLUMN = /^(?:tổng cộng|tổng số|tổng|cộng|toàn (?:tỉnh|huyện|thành phố|văn phòng|sở|ngành|cơ quan|đơn vị|trung tâm|chi cục|ban))\s*[:.]?$/iu;
/** A column of the reporting body's own staff or work, beside its units': «Cơ quan Sở», «Khối cơ quan Văn phòng». */
const OWN_BODY_COLUMN = /^(?:khối\s+)?cơ quan(?:\s+(?:sở|ban|văn phòng|thanh tra|chi cục))?$/iu;
/** A cell that is a figure: digits with separators, maybe a «%». */
const FIGURE = /^\s*\d[\d.,\s\u00a0]*%?\s*$/;
/** A cell that is a year alone, as a column header writes it. */
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/;
/** A cell of a header's rule: dashes (or nothing, between two). */
const RULE_CELL = /^(?:[-–—=_]{2,}(?:\s+[-–—=_]{2,})*)?$/u;
/** More header rows than this is not a header: a table of words. */
const MAX_HEADER_ROWS = 3;

let cachedText: string | null = null;
/** Each line of a block, by separator and line start, to its block: each block is read once per text. */
let cachedBlocks = new Map<string, Block>();

/** The line holding `start`, when it is a table row: its start, its text and the separator of its cells. */
function rowLineAt(text: string, start: number): { lineFrom: number; line: string; separator: "\t" | "|" } | null {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", start);
  const line = text.slice(lineFrom, lineEnd === -1 ? undefined : lineEnd);
  const separator = line.includes("\t") ? "\t" : line.includes("|") ? "|" : null;
  return separator ? { lineFrom, line, separator } : null;
}

export function tableCell(text: string, token: Token): TableCell | null {
  const at = rowLineAt(text, token.start);
  if (!at) return null;
  const { lineFrom, line, separator } = at;
  const cells = line.split(separator);
  let offset = lineFrom;
  let column = 0;
  for (; column < cells.length; column++) {
    if (token.start < offset + cells[column]!.length) break;
    offset += cells[column]!.length + 1;
  }
  const own = cells[column] ?? "";
  // A cell that names its number has its own words before it («Thạc sĩ 21»); one that opens with the number and
  // says only what it counts after it («07 người», «02 công chức») is named by its row's label (cellOpening.ts).
  const labelColumn = namedInCell(own, token.start - offset) ? -1 : labelColumnOf(cells);
  const block = blockAt(text, lineFrom, separator);
  const rowIndex = block.rowAt.get(lineFrom) ?? -1;
  // The block's label: a bulleted sub-row's is read with its numbered row's (subRows.ts).
  const label = labelColumn === -1 ? "" : (block.rows[rowIndex]?.[labelColumn] ?? cells[labelColumn]!.trim());
  if (rowIndex < block.headerRows) return { label, header: "", group: "", labelHeader: "", role: null, checked: false };
  // A row whose label names its cells in order says what this one is, whatever its column's header (rowNames.ts).
  const named = labelColumn === -1 ? null : cellNamedByRow(cells, labelColumn, column, (c) => `${headerOf(block, c).group} ${headerOf(block, c).header}`.includes("%"));
  const { header, group } = named === null ? headerOf(block, column) : { header: "", group: "" };
  return {
    label: named ?? label,
    header,
    group,
    labelHeader: labelColumn === -1 ? "" : [headerOf(block, labelColumn).group, headerOf(block, labelColumn).header].join(" ").trim(),
    role: block.roles.get(`${rowIndex}:${column}`)?.role ?? null,
    checked: block.roles.get(`${rowIndex}:${column}`)?.checked ?? false,
    ...(block.roles.get(`${rowIndex}:${column}`)?.name === undefined ? {} : { partName: block.roles.get(`${rowIndex}:${column}`)!.name! }),
    ...(named === null ? {} : { namedByRow: true }),
    ...outlineQuestion(block, cells, labelColumn, column),
    ...unitOfRow(block, cells, column),
  };
}

/** The row's cell under the table's «Đơn vị tính» column, left of the number's (TableCell.unitCell). */
function unitOfRow(block: Block, cells: readonly string[], column: number): { unitCell?: string } {
  if (block.headerRows === 0) return {};
  for (let c = 0; c < column; c++) {
    if (!UNIT_COLUMN.test(headerOf(block, c).header.trim())) continue;
    const cell = (cells[c] ?? "").trim();
    return /\p{L}/u.test(cell) || cell === "%" ? { unitCell: cell } : {};
  }
  return {};
}

/** The row's question in an outline's table, for a cell that names its number (TableCell.question). */
function outlineQuestion(block: Block, cells: readonly string[], labelColumn: number, column: number): { question?: string } {
  if (labelColumn !== -1 || block.headerRows === 0) return {};
  const questionColumn = labelColumnOf(cells);
  // The answer stands right beside its question; a column after it holds notes or other periods («Ghi chú |
  // Quý IV/2024: 241 đơn»), which the question does not describe.
  if (questionColumn === -1 || column !== questionColumn + 1) return {};
  const { group, header } = headerOf(block, questionColumn);
  return OUTLINE_COLUMN.test(`${group} ${header}`) ? { question: cells[questionColumn]!.trim() } : {};
}

/** Every column's header (groups above and sub-header, as one text) of the table the token stands in; null outside one. */
export function columnHeaders(text: string, token: Token): string[] | null {
  const at = rowLineAt(text, token.start);
  if (!at) return null;
  const { lineFrom, separator } = at;
  const block = blockAt(text, lineFrom, separator);
  if (block.headerRows === 0) return null;
  const width = Math.max(...block.rows.map((r) => r.length));
  return Array.from({ length: width }, (_, c) => {
    const { header, group } = headerOf(block, c);
    return `${group} ${header}`.trim();
  });
}

/**
 * A row's number in a «TT» column: «1», «2.1», and items «a», «b», «c» or «I», «II» under a numbered row. Letters
 * that number a row are not its label: «a⇥Trả sớm hạn, trước hạn⇥21» is labelled «Trả sớm hạn, trước hạn».
 */
const ROW_MARK = /^(?:[a-zđ]|[IVX]{1,4}|[ivx]{1,4})[.)]?$/u;

/** The row's label column: its first cell with letters that is not the row's number. */
export function labelColumnOf(cells: readonly string[]): number {
  return cells.findIndex((c) => /\p{L}/u.test(c) && !ROW_MARK.test(c.trim()));
}

/** A table read as a grid (gridRows.ts reads its rows and columns): its rows of cells and where its figures start. */
export interface Grid {
  rows: string[][];
  headerRows: number;
  /** Offset of each row's line. */
  starts: readonly number[];
}

/** The grid the token stands in and the cell's row and column, or null outside a table. */
export function gridAt(text: string, token: Token): { grid: Grid; row: number; column: number } | null {
  const at = rowLineAt(text, token.start);
  if (!at) return null;
  const { lineFrom, separator } = at;
  const block = blockAt(text, lineFrom, separator);
  const row = block.rowAt.get(lineFrom);
  if (row === undefined) return null;
  const column = text.slice(lineFrom, token.start).split(separator).length - 1;
  return { grid: block, row, column };
}

/** A numbered or lettered group heading on its own line: «I. Trung tâm Phục vụ hành chính công phường», «B. Tiếp dân». */
const GROUP_LINE = /^[ \t]*(?:[IVX]{1,5}|[A-ZĐ])[.)][ \t]+\p{L}[^\t\n]{0,150}$/u;

function lineOf(text: string, from: number): string {
  const end = text.indexOf("\n", from);
  return text.slice(from, end === -1 ? undefined : end);
}

/**
 * `above` and `below` are two rows of one table with a line between them: split the same way into as many cells, the
 * row below holding a figure (a new table's header row holds none: two tables stay two).
 */
export function rowsAround(above: string, below: string, separator: string): boolean {
  if (!above.includes(separator) || !below.includes(separator)) return false;
  const lower = below.split(separator);
  return above.split(separator).length === lower.length && lower.slice(1).some((c) => FIGURE.test(c));
}

/** `line` is a group heading between two rows of one table. */
function groupLineWithin(line: string, above: string, below: string, separator: string): boolean {
  return GROUP_LINE.test(line) && rowsAround(above, below, separator);
}

/** The first line of the run of rows split by `separator` around `lineFrom` (a group heading's line among them). */
function tableStart(text: string, lineFrom: number, separator: string): number {
  let from = lineFrom;
  while (from > 0) {
    const prevFrom = text.lastIndexOf("\n", from - 2) + 1;
    const prev = text.slice(prevFrom, from - 1);
    if (!prev.includes(separator)) {
      // A group heading typed on a line of its own inside the table («I. Trung tâm …» between rows) is one of its rows.
      const aboveFrom = prevFrom > 0 ? text.lastIndexOf("\n", prevFrom - 2) + 1 : -1;
      if (aboveFrom < 0 || !groupLineWithin(prev, text.slice(aboveFrom, prevFrom - 1), lineOf(text, from), separator)) break;
    }
    from = prevFrom;
  }
  return from;
}

/** Blank lines a page break leaves between a table's parts, at most. */
const BREAK_LINES = 3;

/**
 * Where the table's part after a page break starts past its repeated header, when the blank lines from `at` lead to
 * the header of the table starting at `from` typed again (as many of its first lines as are repeated, one at least);
 * null otherwise. The header must be a header: a first line with no figure.
 */
function laterPart(text: string, from: number, at: number, separator: string): number | null {
  let line = at;
  for (let blank = 0; blank <= BREAK_LINES && line < text.length; blank++) {
    if (lineOf(text, line).trim() !== "") break;
    line = text.indexOf("\n", line) + 1;
    if (line === 0) return null;
  }
  if (line === at || lineOf(text, line).trim() === "") return null;
  const header = lineOf(text, from);
  if (header !== lineOf(text, line) || header.split(separator).some((c) => FIGURE.test(c))) return null;
  // The repeated header's lines, as many as match the first part's.
  let own = from;
  while (lineOf(text, line) === lineOf(text, own) && lineOf(text, line).split(separator).every((c) => !FIGURE.test(c))) {
    const nextLine = text.indexOf("\n", line) + 1;
    const nextOwn = text.indexOf("\n", own) + 1;
    if (nextLine === 0 || nextOwn === 0) return null;
    line = nextLine;
    own = nextOwn;
  }
  return lineOf(text, line).includes(separator) ? line : null;
}

/** The start of the table part before a page break that the table at `from` continues (its header repeated), or null. */
function earlierPart(text: string, from: number, separator: string): number | null {
  let line = from;
  for (let blank = 0; blank <= BREAK_LINES; blank++) {
    if (line === 0) return null;
    line = text.lastIndexOf("\n", line - 2) + 1;
    const content = lineOf(text, line);
    if (content.trim() === "") continue;
    if (!content.includes(separator) || blank === 0) return null;
    const start = tableStart(text, line, separator);
    return laterPart(text, start, text.indexOf("\n", line) + 1, separator) !== null ? start : null;
  }
  return null;
}

/** The block of lines split the same way around `lineFrom`, read once per text (recognition stays linear). */
function blockAt(text: string, lineFrom: number, separator: string): Block {
  if (cachedText !== text) cachedBlocks = new Map();
  // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
  cachedText = text;
  const known = cachedBlocks.get(`${separator}${lineFrom}`);
  if (known) return known;
  let from = tableStart(text, lineFrom, separator);
  // A table Word split at a page break, its header repeated over the part on the next page: one table (1292).
  for (let earlier = earlierPart(text, from, separator); earlier !== null; earlier = earlierPart(text, from, separator)) from = earlier;
  const rows: string[][] = [];
  const starts: number[] = [];
  /** Lines read as no row (a part's repeated header, the blank lines of the break): they belong to the block too. */
  const skipped: number[] = [];
  for (let at = from; at <= text.length; ) {
    const end = text.indexOf("\n", at);
    const line = text.slice(at, end === -1 ? undefined : end);
    const next = line.includes(separator) || end === -1 ? null : laterPart(text, from, end + 1, separator);
    if (next !== null) {
      for (let skip = at; skip < next; skip = text.indexOf("\n", skip) + 1) skipped.push(skip);
      at = next;
      continue;
    }
    if (!line.includes(separator) && (end === -1 || rows.length === 0 || !groupLineWithin(line, rows.at(-1)!.join(separator), lineOf(text, end + 1), separator))) break;
    const cells = line.split(separator).map((c) => c.trim());
    // «(1)⇥(2)⇥(3)⇥(4)=(2)+(3)» under the header: the columns' numbers say how a column is computed, not what it holds,
    // so the header above still names each column («Tổng cộng» its total); no row, as a rule under the header is none.
    if (rows.length > 0 && columnNumbers(cells)) skipped.push(at);
    // «---⇥-------⇥-------»: the rule under a typed table's header, no row (spaceAligned.ts).
    else if (!cells.every((c) => RULE_CELL.test(c)) || cells.every((c) => c === "")) {
      rows.push(cells);
      starts.push(at);
    }
    if (end === -1) break;
    at = end + 1;
  }
  let headerRows = 0;
  // «Nội dung | 2025 | 2026»: a first row whose numbers are all years, two or more, heads year columns.
  const yearsRow = (r: number) => r === 0 && rows[r]!.filter((c) => YEAR_CELL.test(c)).length >= 2 && rows[r]!.every((c) => !FIGURE.test(c) || YEAR_CELL.test(c));
  // A group heading's line of its own (one cell) opens the body: «I. Trung tâm …» under «Nội dung⇥Quý trước⇥Quý này».
  const groupRow = (r: number) => r > 0 && rows[r]!.length === 1;
  while (headerRows < rows.length - 1 && headerRows < MAX_HEADER_ROWS && (!rows[headerRows]!.some((c) => FIGURE.test(c)) || yearsRow(headerRows)) && !groupRow(headerRows)) headerRows++;
  if (headerRows === MAX_HEADER_ROWS && !rows[headerRows]?.some((c) => FIGURE.test(c))) headerRows = Math.min(1, rows.length - 1);
  // «4 | Chủ tịch UBND xã, phường - số lượt» over « | + Định kỳ»: a bulleted sub-row is its numbered row's (subRows.ts).
  withParentLabels(rows, headerRows);
  withGroupLabels(rows, headerRows);
  for (let r = headerRows - 2; r >= 0; r--) {
    const aligned = alignGroups(rows[r]!, rows[r + 1]!);
    if (aligned) rows[r] = aligned;
  }
  const block: Block = { from, rows, starts, rowAt: new Map(starts.map((start, i) => [start, i])), headerRows, roles: new Map() };
  markTotals(block);
  for (const start of [...starts, ...skipped]) cachedBlocks.set(`${separator}${start}`, block);
  return block;
}

/** A column's number on a numbering row: «(1)», «(4)=(2)+(3)», «(11)=(5)-(6)-(10)», or a letter for a words' column «A». */
const COLUMN_NUMBER = /^\(\d{1,2}\)(?:\s*=\s*\(\d{1,2}\)(?:\s*[-+x*:/]\s*\(\d{1,2}\))*)?$/u;

/** A row numbering the table's columns: every cell a column's number or a letter, two bracketed numbers at least. */
function columnNumbers(cells: readonly string[]): boolean {
  return cells.filter((c) => COLUMN_NUMBER.test(c)).length >= 2 && cells.every((c) => c === "" || COLUMN_NUMBER.test(c) || /^[A-ZĐ]$/u.test(c));
}

function valueOf(cell: string): number | null {
  if (!/^\d{1,3}(?:[.\s\u00a0]\d{3})*$|^\d+$/.test(cell)) return null;
  return Number(cell.replace(/[.\s\u00a0]/g, ""));
}

/** A cell with a dash alone: the row has none of it («-», «–», «—»), as an empty cell says. */
const NONE_CELL = /^[-–—]$/u;

/**
 * Each total row: its column's cells in the rows since the header or the previous total (or, for a total written
 * first, the rows after it up to the next total) are its parts when they add up to it exactly.
 */
function markTotals(block: Block): void {
  const { rows, headerRows } = block;
  const totals: number[] = [];
  for (let r = headerRows; r < rows.length; r++) {
    const label = rows[r]![labelColumnOf(rows[r]!)] ?? "";
    if (TOTAL_LABEL.test(label)) totals.push(r);
  }
  markTotalColumns(block);
  totals.forEach((t, k) => {
    const above = { from: k === 0 ? headerRows : totals[k - 1]! + 1, to: t };
    const below = { from: t + 1, to: totals[k + 1] ?? rows.length };
    const span = above.to - above.from >= 2 ? above : below;
    if (span.to - span.from < 2) return;
    const width = rows[t]!.length;
    // «6⇥Trình độ chuyên môn⇥⇥» over «- Tiến sĩ⇥01», «- Thạc sĩ⇥24» … and «Cộng⇥98»: a row of a label alone heads a
    // group, and a column the whole span does not add up to is that group's total, its parts the group's rows.
    const group = lastGroupRow(rows, span.from, span.to);
    for (let c = 0; c < width; c++) {
      const total = valueOf(rows[t]![c] ?? "");
      if (total === null) continue;
      let parts = columnSum(rows, span, c);
      if (parts !== null && parts.sum !== total && group !== null) parts = columnSum(rows, { from: group + 1, to: span.to }, c) ?? parts;
      // Parts that do not add up (a row left out, a typing slip) are still parts: the row says «Tổng cộng».
      if (parts === null) continue;
      const checked = parts.sum === total;
      block.roles.set(`${t}:${c}`, { role: "total", checked });
      for (let r = parts.from; r < span.to; r++) if ((rows[r]![c] ?? "") !== "") block.roles.set(`${r}:${c}`, { role: "part", checked });
    }
  });
}

/**
 * A total column (TOTAL_COLUMN, the last header row's cell): in each row, the figures of the columns between the label
 * and it are its parts, named by their own columns' headers, when there are two or more. Checked when they add up.
 * Parts that do not add up (a typing slip) are still parts: the header says «Toàn …».
 */
function markTotalColumns(block: Block): void {
  const { rows, headerRows } = block;
  if (headerRows === 0) return;
  // Each column's lowest header that says something: a numbered group's row counted with the header («I⇥Số lượng⇥⇥»
  // under «TT⇥Nội dung⇥LĐVP⇥…⇥Tổng số») leaves the «Tổng số» above it heading the total column.
  const header = rows[headerRows - 1]!.map((cell, c) => (cell.trim() === "" ? (lowestHeader(rows, headerRows, c) ?? cell) : cell));
  // «Tổng cộng (người)»: the unit in brackets says what is summed, not that it is not a sum (gridRows.ts isTotal).
  const total = header.findIndex((cell, c) => c > 0 && TOTAL_COLUMN.test(cell.replace(/\([^)]*\)/g, " ").trim()));
  if (total === -1) return;
  // «Cơ quan Sở | Các đơn vị trực thuộc | Toàn ngành»: a column of the body's own beside its units makes the total the
  // sector's, which the form does not ask; the body's own column is the figure (heldout 923), not a part of it.
  if (header.some((cell, c) => c < total && OWN_BODY_COLUMN.test(cell.trim()))) return;
  for (let r = headerRows; r < rows.length; r++) {
    const row = rows[r]!;
    const whole = valueOf(row[total] ?? "");
    if (whole === null) continue;
    const label = labelColumnOf(row);
    const parts: number[] = [];
    let sum = 0;
    let figures = true;
    // «Nội dung | Tổng số | Cơ sở Vĩnh Long | Cơ sở Bến Tre | … | Ghi chú»: the total written first sums the columns
    // after it, up to the notes (heldout 1261).
    const after = total === label + 1;
    const to = after ? afterTotalEnd(header, total) : total;
    for (let c = after ? total + 1 : label + 1; c < to; c++) {
      const cell = row[c] ?? "";
      if (cell === "" || NONE_CELL.test(cell)) continue;
      const value = valueOf(cell);
      if (value === null) figures = false;
      else {
        sum += value;
        parts.push(c);
      }
    }
    if (!figures || parts.length < 2) continue;
    const checked = sum === whole;
    // The total's cell keeps its row's label («Hồ sơ tiếp nhận»): only a total row's label says nothing of what is summed.
    for (const c of parts) block.roles.set(`${r}:${c}`, { role: "part", checked, name: header[c]!.trim() });
  }
}

/** A column of notes: «Ghi chú». */
const NOTE_COLUMN = /^ghi chú/iu;

/** Where the columns a total written first sums end: at the notes' column, or the table's last. */
function afterTotalEnd(header: readonly string[], total: number): number {
  const notes = header.findIndex((cell, c) => c > total && NOTE_COLUMN.test(cell.trim()));
  return notes === -1 ? header.length : notes;
}

/** The lowest of the header rows with text in column `c`, or null. */
function lowestHeader(rows: readonly string[][], headerRows: number, c: number): string | null {
  for (let r = headerRows - 1; r >= 0; r--) if ((rows[r]![c] ?? "").trim() !== "") return rows[r]![c]!;
  return null;
}

/** The last row of `from`–`to` that is a label alone (every cell after it empty): a group's heading row. */
function lastGroupRow(rows: readonly string[][], from: number, to: number): number | null {
  for (let r = to - 1; r >= from; r--) {
    const label = labelColumnOf(rows[r]!);
    if (label !== -1 && rows[r]!.slice(label + 1).every((c) => c === "")) return r;
  }
  return null;
}

/** A column's cells over rows `from`–`to` that are figures, summed; null when one is not a figure or fewer than two are. */
function columnSum(rows: readonly string[][], span: { from: number; to: number }, c: number): { sum: number; from: number } | null {
  let sum = 0;
  let parts = 0;
  for (let r = span.from; r < span.to; r++) {
    const cell = rows[r]![c] ?? "";
    if (cell === "" || NONE_CELL.test(cell)) continue;
    const value = valueOf(cell);
    if (value === null) return null;
    sum += value;
    parts++;
  }
  return parts < 2 ? null : { sum, from: span.from };
}

/**
 * A column or row of another period («Cùng kỳ năm trước», «Quý trước», «Kỳ trước», «Lũy kế từ đầu năm») or of the
 * change against one («Tăng/giảm», «Tăng (+) Giảm (-)», «Chênh lệch», «So sánh»): its cells are not this period's
 * figures, whatever their words.
 */
const OTHER_PERIOD = /(?<![\p{L}])(?:cùng kỳ|kỳ trước|quý trước|năm trước|tháng trước|cùng kì|kì trước|lũy kế|luỹ kế|tăng\s*(?:\(\+\)\s*)?[,/]?\s*giảm|chênh lệch|so sánh)(?![\p{L}])/iu;

/**
 * A column of the plan, or of the figure measured against it («Kế hoạch năm 2026», «So với kế hoạch (%)»): not what
 * was done in the period, nor its share of what was received. Only the column's header says so: a row labelled «Số
 * nhiệm vụ trong Kế hoạch kiểm soát TTHC» is a count like any other.
 */
/**
 * A column of the period's opening («Đầu kỳ (15/3/2026)», «Đầu quý», «Số đầu kỳ») beside its closing one: the form
 * asks for the figures at the report's date, so the opening is another moment's. Only the column says so; «đầu năm»
 * is left out, since «Biên chế giao đầu năm» is the year's quota itself.
 */
const OPENING_COLUMN = /(?<![\p{L}])đầu\s+(?:k[ỳì]|quý|tháng)(?![\p{L}])/iu;

const PLAN_COLUMN = /(?<![\p{L}])(?:kế hoạch|so với|chỉ tiêu (?:được )?giao)(?![\p{L}])/iu;

/**
 * A cell under last period's column: «Tháng trước», «Kỳ trước», the earlier of «Tháng 5/2025 | Tháng 4/2025», or,
 * the report's own period known, a column naming an earlier period of its kind («Tháng 9/2026» in October's).
 */
export function lastPeriodCell(text: string, token: Token, own?: OwnPeriod): boolean {
  const cell = tableCell(text, token);
  if (cell === null) return false;
  const column = `${cell.group} ${cell.header}`.trim();
  if (own && otherPeriodColumn(column, own, columnHeaders(text, token) ?? []) === "earlier") return true;
  return /(?<![\p{L}])(?:tháng trước|kỳ trước|kì trước|quý trước)(?![\p{L}])/iu.test(column) || (/\d{4}/.test(column) && earlierPeriodColumn(column, columnHeaders(text, token) ?? []));
}

/** A cell under the column naming the period right before the report's own (earlierColumn.ts previousPeriodColumn). */
export function previousPeriodCell(text: string, token: Token, own: OwnPeriod): boolean {
  const cell = tableCell(text, token);
  return cell !== null && previousPeriodColumn(`${cell.group} ${cell.header}`.trim(), own);
}

/**
 * Words of a column's header that name a time: a month, a quarter, a year, a span from the year's start, a period set
 * against another («Kỳ trước», «Cùng kỳ»). «Số lượng», «Kết quả», «Định kỳ», «Trong kỳ» name none.
 */
const TIME_COLUMN = /(?<![\p{L}])(?:tháng|quý|năm|lũy kế|luỹ kế|cộng dồn|cùng k[ỳì]|k[ỳì]\s+(?:này|trước|báo cáo))(?![\p{L}])/iu;

/** A column of the period reported on, named as such: «Quý này», «Tháng này», «Kỳ này», «Kỳ báo cáo». */
const THIS_PERIOD = /(?<![\p{L}])(?:tháng|quý|k[ỳì])\s+(?:này|báo cáo)(?![\p{L}])/iu;

/**
 * The cell stands in the report's own period: its column names no time («Số lượng», «Kết quả»), or names the period
 * reported on («Quý này», the report's own «Tháng 8/2026», the quarter's «Cộng quý III» in that quarter's report), and
 * neither its column nor its row is another period's («Cùng kỳ», «Lũy kế»). Last month's column, a month further back,
 * the quarter's «Cộng» in a month's report are not; with the report's period unknown, no column naming one is.
 */
export function ownPeriodOrTimeless(cell: TableCell, own?: OwnPeriod): boolean {
  const column = `${cell.group} ${cell.header}`.trim();
  if (OTHER_PERIOD.test(`${column} ${cell.label}`) || OPENING_COLUMN.test(column)) return false;
  if (!TIME_COLUMN.test(column) || THIS_PERIOD.test(column)) return true;
  return own !== undefined && columnPeriod(column, own) === "own";
}

/** A cell of another period's column or row, of a change or of the plan; `own`, when known, judges a period named alone. */
export function otherPeriodCell(text: string, token: Token, own?: OwnPeriod): boolean {
  const cell = tableCell(text, token);
  if (cell === null) return false;
  if (OTHER_PERIOD.test(`${cell.group} ${cell.header} ${cell.label}`) || PLAN_COLUMN.test(`${cell.group} ${cell.header}`) || OPENING_COLUMN.test(`${cell.group} ${cell.header}`)) return true;
  const column = `${cell.group} ${cell.header}`.trim();
  const headers = columnHeaders(text, token) ?? [];
  if (own && otherPeriodColumn(column, own, headers) !== null) return true;
  // «Tháng 7 | Tháng 8 | Tháng 9 | Cộng quý III» in quý III's report: a month's column is its share of the quarter,
  // whose column beside it holds the figure.
  if (own?.kind === "quarter" && MONTH_COLUMN.test(column) && !/(?<![\p{L}])quý(?![\p{L}])/iu.test(column) && headers.some((h) => ownPeriodColumn(h, own))) return true;
  // «Tháng 5/2025 | Tháng 4/2025»: the earlier of two periods side by side (earlierColumn.ts).
  return /\d{4}/.test(column) && earlierPeriodColumn(column, headers);
}

/** A column of one month: «Tháng 7», «Tháng 8/2026». */
const MONTH_COLUMN = /(?<![\p{L}])tháng\s+\d{1,2}(?![\d\p{L}])/iu;
