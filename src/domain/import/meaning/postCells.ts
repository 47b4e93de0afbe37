/**
 * A figure that counts a post («Số Phó Chánh Văn phòng») is read in a table only where the
 * table says that post: the cell's row, its column or its own words hold the post's title («Phó Chánh Văn phòng⇥02»,
 * a column «Phó Chánh VP»). A staff table's row for a room («Văn phòng HĐND và UBND⇥9⇥8⇥1» under «Biên chế giao | Có
 * mặt | Hợp đồng») counts the room's people, whoever heads it: the room's name is no post. Only figures whose label
 * counts a post's holders are judged: its label names the post (vetoDeputy.ts reads it) as what it counts, with no
 * unit of its own and nothing counted before the post («Lượt tiếp của thủ trưởng các sở» counts visits, «Cá nhân đề
 * nghị Giám đốc Công an tỉnh tặng Giấy khen» people the director awards). A figure of a kind of staff keeps its
 * staff tables.
 */
import type { FieldDef } from "../../types";
import type { TableCell } from "./tableGrid";
import { postIn } from "./vetoDeputy";

/** What a label counts when written before its post: people or visits, or the post as whose or as giver. */
const COUNTED_BEFORE = /(?<![\p{L}])(?:của|cá nhân|tập thể|người|lượt|đề nghị)(?![\p{L}])/iu;

/** The table's cell text holding [start, end): between the separators on its line. */
function ownCellText(text: string, start: number, end: number): string {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineFrom, lineEnd === -1 ? undefined : lineEnd);
  const separator = line.includes("\t") ? "\t" : "|";
  const from = line.lastIndexOf(separator, start - lineFrom - 1) + 1;
  const to = line.indexOf(separator, end - lineFrom);
  return line.slice(from, to === -1 ? undefined : to);
}

/** The number at [start, end) stands in a table cell that no word of the post the figure's `label` names describes. */
export function postUnsaidInCell(field: Pick<FieldDef, "label" | "unit">, cell: TableCell | null, text: string, start: number, end: number): boolean {
  if (cell === null || field.unit) return false;
  const post = postIn(field.label);
  if (post === null) return false;
  const before = field.label.slice(0, field.label.search(new RegExp(`${post.deputy ? "phó " : ""}${post.title}`, "iu")));
  if (COUNTED_BEFORE.test(before)) return false;
  // Only «Số <post>» counts the post's holders; «Bổ nhiệm Phó Trưởng phòng …» counts appointments and «Chuyên viên
  // phòng Tổng hợp chuyển về …» moves, which a table may write under its own words (144, 150, 201, 234).
  if (before.trim().toLocaleLowerCase("vi") !== "số") return false;
  const said = [cell.label, cell.header, cell.group, cell.labelHeader, cell.question ?? "", ownCellText(text, start, end)].join(" ");
  return !new RegExp(`(?<![\\p{L}\\p{M}])${post.title}(?![\\p{L}\\p{M}])`, "iu").test(said);
}
