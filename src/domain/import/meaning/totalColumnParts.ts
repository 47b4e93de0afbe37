/**
 * A table whose last columns add up to a «Cộng» / «Tổng» / «Toàn …» column (tableGrid.ts markTotalColumns): the rows
 * are the form's items, the columns before the total the rooms or sites that hold them («Chỉ tiêu | Văn phòng Ban |
 * Phòng QLĐT | … | Cộng»). The body's figure is the total column's cell; a room's cell is a part of it. The exact
 * wording «Thạc sĩ:? {N}» reads the first number after the row's label, which is the first room's: that number is
 * refused, and recognition by meaning reads the row (where a part costs the same: tableScore.ts partOfTotal).
 * A figure whose label names the column («Hồ sơ tiếp nhận tại Chi nhánh …» for a «Chi nhánh» column) keeps it.
 */
import { rowNamedBy } from "./partRowNamed";
import { tableCell } from "./tableGrid";
import { featureSet } from "./words";

/** The number at `o` is a cell of a column that a total column sums, and `label` (a field's label) does not name that column. */
export function partOfTotalColumn(text: string, o: { start: number; end: number }, label: string): boolean {
  const cell = tableCell(text, o);
  if (cell?.role !== "part" || cell.partName === undefined) return false;
  // The label without its brackets, as recognition by meaning reads it (profiles.ts): «(một cửa Văn phòng)» says
  // whose figure it is, not which column.
  return !rowNamedBy(featureSet(cell.partName), featureSet(label.replace(/\([^)]*\)/g, " ")));
}
