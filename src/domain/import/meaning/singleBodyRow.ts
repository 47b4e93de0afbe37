/**
 * A table row of one body is not a level's figure: «Lãnh đạo UBND Thành phố⇥0⇥0» (the city's own leaders) or «UBND
 * huyện Châu Thành⇥12» is one body's row, and a figure the form asks for a whole level («Lượt tiếp của lãnh đạo UBND
 * các huyện, thành phố», «… cấp huyện») takes none of its cells: the level's row says «các …» or «cấp …». Language
 * knowledge only: no field is named.
 */
import { tableCell } from "./tableGrid";

/** A label naming a level as a whole: «UBND các huyện», «Chủ tịch UBND các xã, phường», «cấp huyện», «cấp xã». */
const LEVEL = /(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)[ \u00a0]+các|(?<![\p{L}])cấp[ \u00a0]+(?:huyện|xã|tỉnh))(?![\p{L}])/iu;
/** A label naming one body: «UBND Thành phố», «UBND huyện Châu Thành», «Ủy ban nhân dân tỉnh» (no «các», no «cấp»). */
const ONE_BODY = /(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)[ \u00a0]+(?!các(?![\p{L}])|cấp(?![\p{L}]))\p{L}/iu;

/**
 * A label naming the kinds of a level's bodies one after another, «Chủ tịch UBND xã, phường», «UBND huyện, thị xã»:
 * the level as a whole too (one body is named by its name: «UBND xã Kiến Thụy»).
 */
const KIND = "(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố)";
const KINDS_LISTED = new RegExp(`(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)[ \\u00a0]+${KIND}[ \\u00a0]*,[ \\u00a0]*${KIND}(?![\\p{L}])`, "iu");

export function asksLevel(label: string): boolean {
  return LEVEL.test(label);
}

/** The number at `start` is a cell of a row naming one body, not a level as a whole. */
export function singleBodyRow(text: string, o: { start: number; end: number }): boolean {
  const cell = tableCell(text, o);
  return cell !== null && ONE_BODY.test(cell.label) && !LEVEL.test(cell.label) && !KINDS_LISTED.test(cell.label);
}
