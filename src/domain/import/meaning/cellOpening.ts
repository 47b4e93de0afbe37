/**
 * A table cell that opens with its number and says after it only what it counts — «07 người», «02 công chức», «13
 * cuộc (tháng 1: 05; …)» in the answer column of an outline — is named by its row's label («Hợp đồng lao động»,
 * «Nâng lương trước thời hạn»), as a bare number is. A cell with words before the number («Thạc sĩ 21; đại học 30»,
 * «Quý IV/2024: 71 hồ sơ») names it itself, and so does one that says more after it than a unit («02 chỉ tiêu chưa
 * tuyển», «01 đ/c về Sở Nội vụ»: a note beside the row's figure, not the row's figure).
 */
import { syllables } from "./words";

/** What a unit takes at most: «người», «công chức», «hồ sơ», «đơn vị». */
const UNIT_SYLLABLES = 2;

/** Whether the cell's own words name the number at `at` (an offset in the cell), so its row's label does not. */
export function namedInCell(cell: string, at: number): boolean {
  // Words before it, or a token that is words itself (a label cell's own text): the cell names it.
  if (/\p{L}/u.test(cell.slice(0, Math.max(0, at))) || !/^\s*\d/u.test(cell.slice(Math.max(0, at)))) return true;
  const after = cell.slice(Math.max(0, at)).replace(/^[\d.,/%\s]+/u, "").replace(/\([^]*$/u, "");
  return syllables(after).length > UNIT_SYLLABLES;
}
