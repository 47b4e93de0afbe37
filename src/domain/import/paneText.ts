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

function rowLine(row: Row): Building {
  const line: Building = { text: "", pieces: [], first: row.cells[0]?.first ?? 0 };
  row.cells.forEach((raw, i) => {
    const cell = cellText(raw);
    if (i > 0) line.text += "\t";
    for (const p of cell.pieces) line.pieces.push({ ...p, at: p.at + line.text.length });
    line.text += cell.text;
  });
  return line;
}

export function paneText(paragraphs: readonly string[], shapes?: readonly (ParagraphShape | undefined)[]): PaneText {
  const lines: Building[] = [];
  const open: { row: Row | null } = { row: null };
  const closeRow = () => {
    if (open.row) lines.push(rowLine(open.row));
    open.row = null;
  };
  paragraphs.forEach((text, index) => {
    const shape = shapes?.[index];
    const label = shape?.list ? `${shape.list.label} ` : "";
    const own: Building = { text: label + text, pieces: text === "" ? [] : [{ at: label.length, paragraph: index, from: 0, length: text.length }], first: index };
    const table = shape?.table;
    if (!table) {
      closeRow();
      lines.push(own);
      return;
    }
    // A nested table's paragraphs stay in the cell of the top-level table that holds them.
    if (table.level > 1 && open.row) {
      appendTo(open.row.cells[open.row.cells.length - 1]!, own);
      return;
    }
    // Another row, or another table (two tables always have a paragraph between them, or Word joins them).
    if (!open.row || open.row.key !== table.row || table.cell < open.row.index[open.row.index.length - 1]!) {
      closeRow();
      open.row = { key: table.row, cells: [], index: [] };
    }
    const row = open.row;
    if (row.index[row.index.length - 1] === table.cell) appendTo(row.cells[row.cells.length - 1]!, own);
    else {
      row.cells.push(own);
      row.index.push(table.cell);
    }
  });
  closeRow();
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
