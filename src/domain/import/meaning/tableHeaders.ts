/**
 * The header rows of a table read as text (tableGrid.ts): each column's sub-header and the group above it, and group
 * rows read with one cell per group lined up with the columns under them.
 */

/** The rows of a table block and how many of them, from the top, are headers. */
export interface HeaderRows {
  rows: string[][];
  headerRows: number;
}

/** A cell ending mid-phrase: on a comma, a semicolon or a dash. */
const CUT_CELL = /[,;\-–]\s*$/u;

/**
 * The column's header: the lowest header row's cell, and above it the groups. An empty cell in an upper header row
 * with a sub-header below is covered by the group to its left (the empty cells a spanning cell leaves); an empty cell
 * in a lower row is covered by the header above it (a cell merged down), and so is a cell past a lower row's end.
 */
export function headerOf(block: HeaderRows, column: number): { header: string; group: string } {
  const parts: string[] = [];
  // A header row with another number of cells than the figures' rows cannot be lined up with them: the pane reads a
  // Word cell spanning columns as one cell (Word reports no span in the paragraphs' one read), and a clerk may type
  // a group header with one tab. Such a row is left out rather than put over the wrong column.
  // The widest figures' row: a row whose last cells are empty may be written without them (a table copied from a PDF).
  let width = 0;
  for (let r = block.headerRows; r < block.rows.length; r++) width = Math.max(width, block.rows[r]!.length);
  for (let r = 0; r < block.headerRows; r++) {
    const row = block.rows[r]!;
    // A lower row shorter than a full row above it ends where its last words do (a header wrapped in its cells,
    // spaceAligned.ts: «Lãnh đạo | Cộng» over «UBND tỉnh»): the columns past its end have nothing under their header.
    // A row above whose last cell stops on a comma or a dash was cut mid-cell (a table's line broken at the page's
    // width, «… | Rút,» over «trả lại | Trễ hạn | Đang GQ»): what follows goes on with its line, no lower row.
    const above = block.rows[r - 1];
    const wrapped = r > 0 && row.length < width && above!.length === width && !CUT_CELL.test(above!.at(-1) ?? "");
    if (row.length !== width && !wrapped) continue;
    let cell = row[column] ?? "";
    const below = block.rows[r + 1]?.[column] ?? "";
    if (cell === "" && r < block.headerRows - 1 && below !== "") {
      for (let c = column - 1; c >= 0; c--) {
        if (row[c] !== "") {
          // The group must not be the cell merged down over the row labels («Đơn vị» above an empty cell).
          cell = (block.rows[r + 1]?.[c] ?? "") !== "" ? row[c]! : "";
          break;
        }
      }
    }
    if (cell !== "") parts.push(cell);
  }
  return { header: parts.at(-1) ?? "", group: parts.slice(0, -1).join(" ") };
}

/**
 * An upper header row with fewer cells than the row under it, as the pane reads a Word row whose cells span columns
 * (Word reports one cell, and no span, in the one text read) or as a clerk types a group with one tab. A cell over an
 * empty cell below, at either end, is a cell merged down and covers one column; one cell left in the middle spans the
 * rest, and several share it equally when each has the same sub-headers. Any other shape is left as it is (and then
 * not used as a header: headerOf).
 */
export function alignGroups(upper: readonly string[], lower: readonly string[]): string[] | null {
  if (upper.length >= lower.length) return null;
  let left = 0;
  while (left < upper.length - 1 && lower[left] === "") left++;
  let right = 0;
  while (right < upper.length - 1 - left && lower[lower.length - 1 - right] === "") right++;
  const groups = upper.length - left - right;
  const width = lower.length - left - right;
  if (groups < 1 || width % groups !== 0) return null;
  const span = width / groups;
  // Several groups: only when each has the same sub-headers («Được giao | Có mặt» under each) are the spans known.
  const subs = (g: number) => lower.slice(left + g * span, left + (g + 1) * span).join("\t");
  if (groups > 1 && Array.from({ length: groups }, (_, g) => subs(g)).some((x) => x !== subs(0))) return null;
  const middle = upper.slice(left, left + groups).flatMap((cell) => [cell, ...Array<string>(span - 1).fill("")]);
  return [...upper.slice(0, left), ...middle, ...upper.slice(left + groups)];
}

