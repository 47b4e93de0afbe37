/**
 * A table drawn in characters, as a plain-text export or a clerk's editor writes it: rules «+-----+------+» around
 * every row, «|» between cells, a header cell spanning two columns over its own short rule («+--------+--------+»),
 * and words wrapped inside a cell onto the row's next lines. Read line by line, every rule ends the table
 * (tableGrid.ts reads a block of lines split by one separator), so no figure had a column header (held-out 1152: 37 of
 * 66 figures). Read here:
 * - a rule is a row of dashes between bars, which the grid skips;
 * - a header cell spanning columns ends with as many empty cells as it spans more (the bar written in its padding),
 *   as docx/docxText.ts writes a Word table's merged cell;
 * - below the header, a row's wrapped lines after its first are dashes too: the grid has one line per row, and a
 *   label's second line («công tỉnh» under «Trung tâm Phục vụ hành chính») read alone heads a group of rows. Its
 *   words are lost to recognition (the row's first line names it well enough in the tables met so far).
 * The text keeps its length (characters are only replaced), so every offset found in it is the document's.
 */

/** A full rule: «+-----+----+», maybe indented, maybe with «=» under the header. */
const RULE = /^[ \t]*\+(?:[-=:]+\+)+[ \t]*$/u;
/** A row of cells between bars. */
const ROW = /^[ \t]*\|.*\|[ \t]*$/u;
/** A row line that holds only bars, rules and padding: a short rule under a spanning header cell. */
const PARTIAL_RULE = /^[ \t]*\|[ |+\-=:]*\|[ \t]*$/u;

export function ruledTables(text: string): string {
  if (!text.includes("+-") || !text.includes("|")) return text;
  const lines = text.split("\n");
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!RULE.test(lines[i]!)) continue;
    let end = i + 1;
    while (end < lines.length && (RULE.test(lines[end]!) || ROW.test(lines[end]!))) end++;
    if (end - i >= 3 && RULE.test(lines[end - 1]!)) {
      readTable(lines, i, end);
      changed = true;
    }
    i = end - 1;
  }
  return changed ? lines.join("\n") : text;
}

/** Rewrites lines [from, to) of one table in place. */
function readTable(lines: string[], from: number, to: number): void {
  // Every column border any rule draws: the finest columns, which the header's spanning cells are split by.
  const borders = new Set<number>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (RULE.test(line) || PARTIAL_RULE.test(line)) for (let c = 0; c < line.length; c++) if (line[c] === "+") borders.add(c);
  }
  // The header: the rows above the first rule that is followed by a row (the top rule is the table's start).
  let header = from + 1;
  while (header < to && !RULE.test(lines[header]!)) header++;
  let firstOfRow = true;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (RULE.test(line) || PARTIAL_RULE.test(line)) {
      lines[i] = asRule(line);
      firstOfRow = true;
      continue;
    }
    if (i < header) lines[i] = withSpans(line, borders);
    else if (!firstOfRow) lines[i] = asRule(line);
    firstOfRow = false;
  }
}

/** Its «+» as bars and everything between its first bar and its last a dash: a row the grid skips. */
function asRule(line: string): string {
  const barred = line.replace(/\+/gu, "|");
  const first = barred.indexOf("|");
  const last = barred.lastIndexOf("|");
  return barred.slice(0, first) + barred.slice(first, last + 1).replace(/[^|]/gu, "-") + barred.slice(last + 1);
}

/**
 * A header cell over several of the finest columns ends with one bar more for each column more, written over its last
 * padding spaces («|   Công chức   |» over «Giao | Có mặt» reads «|   Công chức  ||»): an empty cell after it, as a
 * merged Word cell is written. A cell without padding enough is left as written.
 */
function withSpans(line: string, borders: ReadonlySet<number>): string {
  const chars = line.split("");
  let open = line.indexOf("|");
  for (let close = line.indexOf("|", open + 1); close !== -1; open = close, close = line.indexOf("|", open + 1)) {
    let inside = 0;
    for (const b of borders) if (b > open && b < close) inside++;
    let at = close - 1;
    for (let k = 0; k < inside && at > open && chars[at] === " "; k++, at--) chars[at] = "|";
  }
  return chars.join("");
}
