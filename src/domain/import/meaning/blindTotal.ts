/**
 * A table's total cell says nothing of what it counts: «Cộng⇥115» under «Tổng số» is the total of whatever the table
 * is about (a staff table: «Công chức 91, Viên chức 24»), and a figure the form asks for under other words («Tổng số
 * Phó Trưởng phòng được bổ nhiệm») is not it just because both say «tổng số». Such a cell is a figure's only when the
 * table's caption (the line above it) or one of its headers shares a word with the figure. Language knowledge only: no field is named.
 */
import { columnHeaders, tableCell, TOTAL_LABEL } from "./tableGrid";
import { featureSet } from "./words";

/** Words that say «total» or «number», not of what. */
const GENERIC = new Set(["tổng", "cộng", "số", "lượng", "toàn", "chung", "tt", "stt", "nội", "dung", "đơn", "vị", "tính", "ghi", "chú"]);

/** What a total cell's table is about (its headers and caption), or null when the number is no total cell. */
export function totalCellAbout(text: string, o: { start: number; end: number }): ReadonlySet<string> | null {
  const cell = tableCell(text, o);
  if (!cell || !TOTAL_LABEL.test(cell.label.trim()) || (cell.header !== "" && !TOTAL_LABEL.test(cell.header.trim()))) return null;
  return featureSet(`${(columnHeaders(text, o) ?? []).join(" ; ")} ; ${captionAbove(text, o.start)}`);
}

/** A total cell of a table whose caption and headers name nothing the field is about. */
export function blindTotal(about: ReadonlySet<string> | null, words: ReadonlySet<string>): boolean {
  if (about === null) return false;
  for (const w of words) if (!w.includes(" ") && !GENERIC.has(w) && about.has(w)) return false;
  return true;
}

/** The line right above the table the number stands in: its caption («CƠ CẤU TRÌNH ĐỘ …», «Biểu 2. Trình độ …»). */
function captionAbove(text: string, start: number): string {
  let at = text.lastIndexOf("\n", start - 1);
  while (at > 0) {
    const from = text.lastIndexOf("\n", at - 1) + 1;
    const line = text.slice(from, at);
    // A caption joined to the sentence before it (a hard wrap read as one line) is its last sentence.
    if (!line.includes("\t") && !line.includes("|")) return line.split(/\.\s/u).pop() ?? "";
    at = from - 1;
  }
  return "";
}
