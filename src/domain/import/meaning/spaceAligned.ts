/**
 * A table typed with spaces instead of tabs (a plain-text report, an e-mail, a table copied out of a fixed-width
 * print): «Chỉ tiêu      Quý I/2026    Quý II/2026    6 tháng 2026», then «Đã giải quyết    23.706    26.114    49.820».
 * Read as prose, each figure's words are the row's label and the numbers beside it: nothing says which column is the
 * report's own period, and the first figure of a row was taken for any period's. Such a block is read back as rows of
 * cells (tabs, as tableGrid.ts reads tables, so the column headers judge each figure: periodScope.ts,
 * periodColumns.ts) only where its shape leaves no doubt:
 * - every line of the block splits, at runs of two spaces or more, into the same number of cells (two at least);
 * - every cell but the first of a data row is a figure («24.918», «95,14», «-»), and at least two rows are data rows;
 * - above the data rows at most one header line, its cells after the first short and with letters.
 * A blank line or any other line ends the block. The text keeps its length (the first space of a run becomes a tab),
 * so every offset found in it is the document's.
 */

const GAP = /[ \u00a0]{2,}/gu;
const FIGURE = /^(?:\d{1,3}(?:[.,\u00a0 ]\d{3})*(?:,\d+)?|\d+(?:[.,]\d+)?)\s*%?$|^[-–—]$/u;
const SHORT_HEADER = 40;

interface Row {
  /** Where each gap between cells starts (offsets in the text). */
  gaps: number[];
  cells: string[];
}

/** The line's cells and the gaps between them, its leading indentation left out; null for a line of one cell. */
function rowOf(line: string, at: number): Row | null {
  const indent = /^[ \u00a0\t]*/u.exec(line)![0].length;
  const body = line.slice(indent).trimEnd();
  if (body === "" || body.includes("\t")) return null;
  const gaps: number[] = [];
  const cells: string[] = [];
  let from = 0;
  for (const m of body.matchAll(GAP)) {
    cells.push(body.slice(from, m.index));
    gaps.push(at + indent + m.index);
    from = m.index + m[0].length;
  }
  cells.push(body.slice(from));
  return cells.length >= 2 ? { gaps, cells } : null;
}

const isData = (r: Row) => /\p{L}/u.test(r.cells[0]!) && r.cells.slice(1).every((c) => FIGURE.test(c));
const isHeader = (r: Row) => r.cells.slice(1).every((c) => c.length <= SHORT_HEADER && /\p{L}|\d{4}/u.test(c));

export function spaceAlignedTables(text: string): string {
  if (!/\d[ \u00a0]{2,}\d/u.test(text)) return text;
  const lines = text.split("\n");
  const rows: Array<Row | null> = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) rows.push(rowOf(lines[i]!, at));
  const tabs: number[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i];
    if (!first) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < rows.length && rows[end]?.cells.length === first.cells.length) end++;
    const block = rows.slice(i, end) as Row[];
    const header = isData(block[0]!) ? 0 : 1;
    const data = block.slice(header);
    if (data.length >= 2 && data.every(isData) && (header === 0 || isHeader(block[0]!))) {
      for (const row of block) tabs.push(...row.gaps);
    }
    i = end;
  }
  if (tabs.length === 0) return text;
  const chars = text.split("");
  for (const at of tabs) chars[at] = "\t";
  return chars.join("");
}
