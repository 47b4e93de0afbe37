/**
 * A table copied out of a PDF (or a web page) comes out one cell per line: «STT⏎Nội dung⏎Số hồ sơ⏎Tỷ lệ (%)⏎1⏎
 * Tiếp nhận⏎132⏎2⏎Đã giải quyết⏎127⏎96,21…». Each figure then stands alone on its line, far from its row's label
 * and its column's header. Such a table is read back as rows of cells (tabs, as tableGrid.ts reads tables) only
 * where its rows can be told apart without guessing:
 * - the header starts with the row-number column («STT», «TT», «Số TT») and has 3 to 8 cells, none a number;
 * - every row is a row number («1», «2.1», «II»), then one label with letters, then only numbers (or «-»), no more
 *   than the header has columns; a number line followed by a label is the next row's number;
 * - at least two rows; anything else ends the table, and a block that fails these is left as written.
 * The text keeps its length (a line end becomes a tab), so every offset found in it is the document's.
 */

/** The row-number column's header, and a row's number (spaceAligned.ts reads them in a table aligned with spaces). */
export const HEAD = /^(?:stt|tt|số tt|số thứ tự)\.?$/iu;
export const ROW_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,5}\.?)$/u;
const VALUE = /^(?:\d[\d.,\s\u00a0]*%?|-)$/u;
const LETTER = /\p{L}/u;
const LONGEST_CELL = 120;

export function cellPerLineTables(text: string): string {
  if (!/^(?:stt|tt|số tt|số thứ tự)\.?[ \t]*$/imu.test(text)) return text;
  const lines = text.split("\n");
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i]!.length + 1, i++) starts.push(at);
  const tabs: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!HEAD.test(lines[i]!.trim())) continue;
    const table = readTable(lines, i);
    if (!table) continue;
    for (const group of table.groups) for (const line of group.slice(0, -1)) tabs.push(starts[line]! + lines[line]!.length);
    i = table.end - 1;
  }
  if (tabs.length === 0) return text;
  const chars = text.split("");
  for (const at of tabs) chars[at] = "\t";
  return chars.join("");
}

/** The header's and each row's line indexes, and the line after the table; null when the block is no such table. */
function readTable(lines: readonly string[], from: number): { groups: number[][]; end: number } | null {
  const cell = (i: number) => (lines[i] ?? "").trim();
  const header = [from];
  let i = from + 1;
  while (i < lines.length && cell(i) !== "" && !ROW_NUMBER.test(cell(i)) && header.length < 8) {
    if (!LETTER.test(cell(i)) || cell(i).length > LONGEST_CELL || /\t/.test(lines[i]!)) return null;
    header.push(i++);
  }
  if (header.length < 3) return null;
  const groups = [header];
  while (ROW_NUMBER.test(cell(i)) && LETTER.test(cell(i + 1)) && !ROW_NUMBER.test(cell(i + 1))) {
    if (cell(i + 1).length > LONGEST_CELL) break;
    const row = [i, i + 1];
    let j = i + 2;
    // A number-only line followed by a label starts the next row.
    while (VALUE.test(cell(j)) && !(ROW_NUMBER.test(cell(j)) && LETTER.test(cell(j + 1)))) row.push(j++);
    if (row.length > header.length) return null;
    groups.push(row);
    i = j;
  }
  return groups.length >= 3 ? { groups, end: i } : null;
}
