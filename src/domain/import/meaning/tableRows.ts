/**
 * Whether a cell naming a list heads a column or labels a row. A table answering a report's outline row by row
 * («STT | Nội dung | Kết quả | Ghi chú», one row per item of the outline) puts «Đơn vị sự nghiệp trực thuộc» in its
 * second cell and the units in the third: the cells under the label are the next rows' labels («Kết quả thực hiện dân
 * chủ», «Thi đua, khen thưởng»), never the list. A column is read as the list only under a header row, one whose
 * every other cell is a heading too («STT», «Đơn vị sự nghiệp (03)»); on any other row the list is the cell beside
 * the label, when that cell holds one.
 */
import { columnItems, inlineItems, type ListBody } from "./listItems";

/** A header cell: a few words with at most a bracketed count («Tổ chức trực thuộc (05)»), no figure, no sentence. */
const HEADING_CELL = /^[ \t]*(?:[\p{L}\p{M}][\p{L}\p{M} ,.\-–/]{0,79}?)?[ \t]*(?:\([ \t]*\d{1,3}[\p{L}\p{M} \t]*\))?[ \t]*$/u;

/** The row is a header row when each of its cells reads as a heading (empty cells included). */
function isHeaderRow(cells: readonly string[]): boolean {
  return cells.every((c) => HEADING_CELL.test(c) && !c.includes(";"));
}

/**
 * The list a row's label introduces: the items of the cell right after it, read as prose and bounded by the cell
 * (the next cell's «02 đơn vị» is no part of the last name).
 */
function besideItems(text: string, lineStart: number, cells: readonly string[], column: number): ListBody | null {
  const cell = cells[column + 1];
  if (cell === undefined || cell.trim() === "") return null;
  const from = lineStart + cells.slice(0, column + 1).join("\t").length + 1;
  return inlineItems(text.slice(0, from + cell.length), from);
}

/**
 * The list a heading cell introduces. A cell beside it naming several units makes the row a label row even where
 * those names, written with commas, look like headings («Đơn vị sự nghiệp | Trung tâm A, Nhà khách B»).
 */
export function cellList(text: string, lineStart: number, cells: readonly string[], column: number): ListBody | null {
  const beside = besideItems(text, lineStart, cells, column);
  if (beside && beside.items.length > 1) return beside;
  if (!isHeaderRow(cells)) return beside;
  return columnItems(text, lineStart + cells.join("\t").length, column);
}
