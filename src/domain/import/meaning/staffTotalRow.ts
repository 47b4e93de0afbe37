/**
 * «Công chức⇥58⇥53 / Viên chức⇥44⇥41 / Hợp đồng lao động⇥-⇥09 / Tổng cộng⇥102⇥103»: the total row of a table whose
 * rows are kinds of staff adds the kinds up; a figure counting one kind («Biên chế sự nghiệp đang thực hiện») is that
 * kind's row, never the total (732). Language knowledge only: the kinds are civil servants and public employees.
 */
import type { NumberToken } from "../numbers";
import { gridAt, labelColumnOf, TOTAL_LABEL } from "./tableGrid";
import { oneKind, type StaffKind } from "./staffKinds";
import { gridAxes, type GridAxes } from "./gridRows";

/**
 * The number stands in a total row under rows naming two kinds of staff in the total's own label column. A group's
 * «Cộng» one column in («Sự nghiệp (viên chức) | 7 | Trung tâm … / | Cộng | | 32») totals its group's rooms, not the
 * kinds (542).
 */
export function staffKindsTotal(text: string, token: Pick<NumberToken, "start" | "end">): boolean {
  const at = gridAt(text, token);
  const row = at?.grid.rows[at.row];
  const column = row ? labelColumnOf(row) : -1;
  if (!at || !row || column === -1 || !TOTAL_LABEL.test(row[column]!.trim())) return false;
  const kinds = new Set<StaffKind>();
  for (let r = at.grid.headerRows; r < at.row; r++) {
    const kind = oneKind(at.grid.rows[r]?.[column] ?? "");
    if (kind) kinds.add(kind);
  }
  return kinds.size >= 2;
}

/** A cell naming one room or unit of an office: «Văn phòng Sở», «Phòng Kế hoạch - Tài chính», «Trung tâm …». */
const ROOM = /^[ \t]*(?:văn phòng|phòng|trung tâm|ban|chi cục|bộ phận|nhà khách)(?![\p{L}\p{M}])/iu;

/**
 * «Sự nghiệp (viên chức) | 7 | Trung tâm Công nghệ thông tin | 18 | 16» above a «Cộng» row: one room's staff, a part
 * of the total below it; a figure counting one kind of the office's staff is no room's (542).
 */
export function roomRowAboveTotal(text: string, token: Pick<NumberToken, "start" | "end">): boolean {
  const at = gridAt(text, token);
  const row = at?.grid.rows[at.row];
  if (!at || !row || !row.slice(0, at.column).some((c) => ROOM.test(c))) return false;
  for (let r = at.row + 1; r < at.grid.rows.length; r++) {
    const cells = at.grid.rows[r]!;
    const column = labelColumnOf(cells);
    if (column !== -1 && TOTAL_LABEL.test(cells[column]!.trim())) return true;
  }
  return false;
}

/** A column header naming one kind of staff. */
const STAFF_KIND = /^(?:công chức|viên chức|người lao động|lao động hợp đồng|hợp đồng(?: lao động)?|hđlđ)$/iu;
/** A figure's label naming a kind of staff (its column is that kind's, not the total's). */
const NAMES_KIND = /(?<![\p{L}])(?:công chức|viên chức|người lao động|hợp đồng|hđlđ|biên chế)(?![\p{L}])/iu;

export const namesStaffKind = (label: string): boolean => NAMES_KIND.test(label);

/**
 * «Số người: Công chức | Viên chức | Cộng»: columns that split the staff by kind beside one total column, which adds
 * them up. A figure naming no kind («Thạc sĩ», «Cao cấp lý luận chính trị») is the total's (held-out 1151 read its
 * masters from the civil servants' column).
 */
function staffKindColumns(axes: GridAxes): boolean {
  const parts = axes.columns.filter((c) => !c.total);
  return parts.length >= 2 && axes.columns.length - parts.length === 1 && parts.every((c) => STAFF_KIND.test(c.header.slice(c.group.length).trim()));
}

/** The number stands in one kind's column of such a table (staffKindColumns), not in its total column. */
export function oneKindColumn(text: string, token: Pick<NumberToken, "start" | "end">): boolean {
  const at = gridAt(text, token);
  if (!at || at.row < at.grid.headerRows) return false;
  const axes = gridAxes(at.grid);
  return staffKindColumns(axes) && axes.columns.some((c) => c.index === at.column && !c.total);
}
