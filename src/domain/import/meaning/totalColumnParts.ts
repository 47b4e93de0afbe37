/**
 * A table whose last column adds up the columns before it, «Cộng» / «Tổng» / «Toàn …» (tableGrid.ts markTotalColumns):
 * the rows are the form's items, the columns before the total the rooms or sites that hold them («Chỉ tiêu | Văn
 * phòng Ban | Phòng QLĐT | … | Cộng»). The body's figure is the total column's cell; a room's cell is a part of it. The
 * form's exact wording «Thạc sĩ:? {N}» reads the first number after the row's label, which is the first room's: that
 * place is refused to the wording (recognize.ts), and recognition by meaning reads the row as it reads any table (a
 * part there costs a figure whose label does not name it: tableScore.ts partOfTotal; a form with a figure per column,
 * a level's, binds it by its column: gridBind.ts). A figure whose label, brackets included, names the column («Hồ sơ
 * tiếp nhận (một cửa Văn phòng)» for a «Bộ phận Một cửa Văn phòng» column) keeps it.
 */
import type { FieldDef } from "../../types";
import { rowNamedBy } from "./partRowNamed";
import { tableCell } from "./tableGrid";
import { featureSet } from "./words";

/** The number at `o` is a cell of a column a total column sums, a column the figure's label does not name. */
export function partOfTotalColumn(text: string, field: Pick<FieldDef, "kind" | "label">, o: { start: number; end: number }): boolean {
  if (field.kind !== "count" && field.kind !== "percent") return false;
  if (!/^\d/.test(text.slice(o.start, o.end))) return false;
  const cell = tableCell(text, o);
  if (cell?.role !== "part" || cell.partName === undefined) return false;
  return !rowNamedBy(featureSet(cell.partName), featureSet(field.label));
}
