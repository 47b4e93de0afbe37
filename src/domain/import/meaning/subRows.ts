/**
 * «3 | Thủ trưởng sở, ngành - số lượt | 14» over « | + Định kỳ | 10», and «4 | Chủ tịch UBND xã, phường - số lượt |
 * 102» over « | + Định kỳ | 85»: in a table whose first column numbers its rows, a row with no number whose label opens
 * with a bullet («+», «-», «•») is a part of the numbered row above it, as an indented item is of the line it stands
 * under. When the same sub-row label stands under several numbered rows, it says nothing alone (which «Định kỳ»?): it
 * is read with its row's label before it. A sub-row label of its own («- Phòng Nội chính» under «Bổ nhiệm Phó Trưởng
 * phòng») already says what it is, and a row with no bullet («Số người» under «Tổng số lượt tiếp») stands on its own.
 * Language knowledge only: no field is named.
 */
import { ROW_NUMBER } from "./cellPerLine";

const BULLETED = /^[-+•–]\s*(?=\p{L})/u;

/** The labels of repeated bulleted sub-rows, from the first body row on, read with their numbered row's (in place). */
export function withParentLabels(rows: string[][], from: number): void {
  const subRows: Array<{ row: string[]; parent: string; key: string }> = [];
  let parent: string | null = null;
  for (let r = from; r < rows.length; r++) {
    const row = rows[r]!;
    const [mark = "", label = ""] = row;
    if (ROW_NUMBER.test(mark) && /\p{L}/u.test(label)) parent = label;
    else if (parent !== null && mark === "" && BULLETED.test(label)) subRows.push({ row, parent, key: label.replace(BULLETED, "").toLowerCase() });
    else if (mark !== "") parent = null;
  }
  const counts = new Map<string, number>();
  for (const s of subRows) counts.set(s.key, (counts.get(s.key) ?? 0) + 1);
  for (const s of subRows) if (counts.get(s.key)! > 1) s.row[1] = `${s.parent} ${s.row[1]}`;
}

/** A group's row: a Roman numeral, a short label without figures, and every other cell empty («II⇥Lý luận chính trị⇥⇥⇥»). */
const GROUP_MARK = /^[IVX]{1,4}\.?$/u;
/** A kind's name, not a section's title: four words at most, no comma or bracket, not in capitals. */
const SHORT_GROUP = /^\p{L}+(?:[ -]\p{L}+){0,3}$/u;
const shortGroup = (label: string) => SHORT_GROUP.test(label.trim()) && label !== label.toUpperCase();

/**
 * «II⇥Lý luận chính trị⇥⇥» over «5⇥Cao cấp⇥37⇥4⇥⇥41» (1263): a table's rows numbered by digits under a group row
 * numbered by a Roman numeral are kinds of that group, as an item is of its heading: a short row label that does not
 * name the group already is read with the group's words after it («Cao cấp lý luận chính trị»). A group titled like a
 * section («TỔ CHỨC BỘ MÁY, BIÊN CHẾ», «Bộ phận một cửa của Văn phòng») says where the rows stand, not what they are
 * kinds of: it lends nothing. Language knowledge only: no field is named.
 */
export function withGroupLabels(rows: string[][], from: number): void {
  let group: string | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const [mark = "", label = ""] = row;
    if (GROUP_MARK.test(mark) && shortGroup(label) && row.slice(2).every((c) => c === "")) {
      group = label.trim();
      continue;
    }
    if (GROUP_MARK.test(mark) || (mark === "" && !BULLETED.test(label))) group = null;
    if (r < from || group === null || !ROW_NUMBER.test(mark) || !/\p{L}/u.test(label) || label.split(/\s+/).length > 4) continue;
    if (!label.toLowerCase().includes(group.toLowerCase())) row[1] = `${label} ${group.toLowerCase()}`;
  }
}
