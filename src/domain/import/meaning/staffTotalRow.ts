/**
 * «Công chức⇥58⇥53 / Viên chức⇥44⇥41 / Hợp đồng lao động⇥-⇥09 / Tổng cộng⇥102⇥103»: the total row of a table whose
 * rows are kinds of staff adds the kinds up; a figure counting one kind («Biên chế sự nghiệp đang thực hiện») is that
 * kind's row, never the total (732). Language knowledge only: the kinds are civil servants and public employees.
 */
import type { NumberToken } from "../numbers";
import { gridAt, labelColumnOf, TOTAL_LABEL } from "./tableGrid";
import { oneKind, type StaffKind } from "./staffKinds";

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
