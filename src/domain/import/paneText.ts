/**
 * The text the engine reads in the task pane, shaped as `npm run check` shapes a .docx (docx/docxText.ts): a table
 * row is one line, its cells separated by tabs (the paragraphs of a cell joined by spaces), and a paragraph numbered
 * by Word starts with its label as Word shows it ("II. ", "a) "). Word gives the pane one paragraph per cell and the
 * label apart from the text, so the lines are rebuilt here, with the way back: which paragraph, and where in it, each
 * character of a line came from, so a figure found in a line is bound in the right paragraph.
 */
import { lineAt } from "./text";

/** A paragraph's place in tables and lists, as Word reports it (the gateway reads it in its one text read). */
export interface ParagraphShape {
  /** Inside a table: nesting level (1 = top-level table), the cell's row and its index in the row. */
  table: { level: number; row: number; cell: number } | null;
  /** Word's automatic numbering: the label Word shows ("II.", "a)", "-") and its level (0-based). */
  list: { label: string; level: number } | null;
}

/** Characters [at, at + length) of a line are characters [from, from + length) of a paragraph. */
interface Piece {
  at: number;
  paragraph: number;
  from: number;
  length: number;
}

export interface PaneText {
  /** The engine's lines, joined with "\n" as `text`. */
  lines: string[];
  text: string;
  /** 0-based paragraph where each line starts (a line number shown to the clerk is that paragraph's). */
  firstParagraph: number[];
  /** Character offset in `text` where each line starts. */
  starts: number[];
  /**
   * 0-based index in `lines` of the line holding a character of `text`. Not the engine's line number: a paragraph
   * with a soft line or page break holds a "\n" of its own, so `text` has more "\n" than `lines` has entries.
   */
  lineIndexAt(offset: number): number;
  /** Paragraph and offsets of a stretch of `text`, or null when it is not one paragraph's own text (a label, two cells). */
  toParagraph(start: number, end: number): { paragraph: number; start: number; end: number } | null;
}

interface Building {
  text: string;
  pieces: Piece[];
  first: number;
}

function cellText(cell: Building): Building {
  // As the command line: tabs inside a cell become spaces (same length) and the cell is trimmed.
  const lead = cell.text.length - cell.text.trimStart().length;
  const text = cell.text.replace(/\t/g, " ").trim();
  const pieces = cell.pieces
    .map((p) => {
      const from = Math.max(p.at, lead);
      const to = Math.min(p.at + p.length, lead + text.length);
      return { at: from - lead, paragraph: p.paragraph, from: p.from + (from - p.at), length: to - from };
    })
    .filter((p) => p.length > 0);
  return { text, pieces, first: cell.first };
}

interface Row {
  key: number;
  cells: Building[];
  /** Word's cellIndex of each cell collected. */
  index: number[];
}

/** A row's first cell naming the table's total («Tổng cộng», «Cộng»): in a report's table it spans the number and name columns. */
const TOTAL_LABEL = /^(?:tổng\s+cộng|tổng\s+số|tổng|cộng)(?![\p{L}\p{M}])/iu;

/**
 * The empty cells a row's first cell stands for. Word reports a cell spanning columns (w:gridSpan) as one cell, and
 * gives an add-in no span (Word.TableCell, WordApi 1.3, has rowIndex, cellIndex and widths only:
 * https://learn.microsoft.com/en-us/javascript/api/word/word.tablecell), so «Tổng cộng» over «TT» and «Sở, ngành» put
 * each figure after it one column left (walk40, 1032: «Đúng hạn» read from «Quá hạn», and an update wrote there).
 * The command line pads a spanning cell with a tab per extra column (docx/docxText.ts); the pane pads a total's row
 * with fewer cells than the table's widest row the same way. Other rows with fewer cells are left as they are.
 */
function totalRowPad(row: Row, widest: number): number {
  if (row.cells.length >= widest || row.cells.length < 2) return 0;
  return TOTAL_LABEL.test(cellText(row.cells[0]!).text) ? widest - row.cells.length : 0;
}

function rowLine(row: Row, pad = 0): Building {
  const line: Building = { text: "", pieces: [], first: row.cells[0]?.first ?? 0 };
  row.cells.forEach((raw, i) => {
    const cell = cellText(raw);
    if (i > 0) line.text += "\t";
    if (i === 1) line.text += "\t".repeat(pad);
    for (const p of cell.pieces) line.pieces.push({ ...p, at: p.at + line.text.length });
    line.text += cell.text;
  });
  return line;
}

export function paneText(paragraphs: readonly string[], shapes?: readonly (ParagraphShape | undefined)[]): PaneText {
  const lines: Building[] = [];
  const open: { row: Row | null } = { row: null };
  // The rows of the table being read: a total's row is padded once the table's widest row is known.
  let table: Row[] = [];
  const closeTable = () => {
    const widest = Math.max(0, ...table.map((r) => r.cells.length));
    for (const row of table) lines.push(rowLine(row, totalRowPad(row, widest)));
    table = [];
  };
  const closeRow = () => {
    if (open.row) table.push(open.row);
    open.row = null;
  };
  paragraphs.forEach((text, index) => {
    const shape = shapes?.[index];
    const label = shape?.list ? `${shape.list.label} ` : "";
    const own: Building = { text: label + text, pieces: text === "" ? [] : [{ at: label.length, paragraph: index, from: 0, length: text.length }], first: index };
    const cellOf = shape?.table;
    if (!cellOf) {
      closeRow();
      closeTable();
      lines.push(own);
      return;
    }
    // A nested table's paragraphs stay in the cell of the top-level table that holds them.
    if (cellOf.level > 1 && open.row) {
      appendTo(open.row.cells[open.row.cells.length - 1]!, own);
      return;
    }
    // Another row, or another table (two tables always have a paragraph between them, or Word joins them).
    if (!open.row || open.row.key !== cellOf.row || cellOf.cell < open.row.index[open.row.index.length - 1]!) {
      closeRow();
      // A row numbered before the last one read starts another table.
      if (table.length > 0 && cellOf.row <= table[table.length - 1]!.key) closeTable();
      open.row = { key: cellOf.row, cells: [], index: [] };
    }
    const row = open.row;
    if (row.index[row.index.length - 1] === cellOf.cell) appendTo(row.cells[row.cells.length - 1]!, own);
    else {
      row.cells.push(own);
      row.index.push(cellOf.cell);
    }
  });
  closeRow();
  closeTable();
  return assemble(lines);
}

function appendTo(cell: Building, own: Building): void {
  const at = cell.text.length + 1;
  cell.text += ` ${own.text}`;
  for (const p of own.pieces) cell.pieces.push({ ...p, at: p.at + at });
}

function assemble(lines: Building[]): PaneText {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.text.length + 1;
  }
  const text = lines.map((l) => l.text).join("\n");
  // The layout's own line starts: a line of the layout may hold "\n" of a paragraph's soft break.
  const lineIndexAt = (offset: number): number => lineAt(starts, offset) - 1;
  return {
    lines: lines.map((l) => l.text),
    text,
    firstParagraph: lines.map((l) => l.first),
    starts,
    lineIndexAt,
    toParagraph(start, end) {
      const low = lineIndexAt(start);
      const offset = start - starts[low]!;
      const piece = lines[low]?.pieces.find((p) => p.at <= offset && offset + (end - start) <= p.at + p.length);
      if (!piece) return null;
      return { paragraph: piece.paragraph, start: piece.from + (offset - piece.at), end: piece.from + (offset - piece.at) + (end - start) };
    },
  };
}
