/**
 * A table by month written as a line of prose: «Hồ sơ tiếp nhận theo tháng: tháng 9 (từ ngày 15/9): 2.904 hồ sơ;
 * tháng 10: 5.318 hồ sơ; tháng 11: 4.947 hồ sơ; tháng 12 (đến ngày 14/12): 2.410 hồ sơ; cộng quý: 15.759 hồ sơ». As in
 * a table with a row per month and a «Cộng quý» row (ownCell.ts), the months' figures are parts of the total said
 * with them: none of them is the period's figure, whatever its words. Only a line with two months' items or more and
 * a total item is read so; a figure whose own label names a month may still take them.
 */
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";

/** The text before a month's figure: «tháng 10:», «tháng 9 (từ ngày 15/9):», «Tháng 11/2025:». */
const MONTH_ITEM = /(?<![\p{L}])tháng\s+\d{1,2}(?:\/\d{2,4})?\s*(?:\([^()\n]{0,40}\))?\s*:\s*$/iu;
export const MONTH_ITEMS = /(?<![\p{L}])tháng\s+\d{1,2}(?:\/\d{2,4})?\s*(?:\([^()\n]{0,40}\))?\s*:\s*\d/giu;
/** What opens the total item: «cộng quý:», «cả quý:», «tổng cộng:», «tổng 3 tháng:», «Cộng quý III:» (monthTotal.ts too). */
export const TOTAL_OPENS = String.raw`(?<![\p{L}])(?:cộng quý|cả quý|tổng cộng|cộng|tổng(?: \d tháng)?)\s*(?:[IVX]+\s*)?:\s*`;
/** The total item: «cộng quý: 15.759», «cả quý: …», «tổng cộng: …», «tổng 3 tháng: …». */
const TOTAL_ITEM = new RegExp(`${TOTAL_OPENS}\\d`, "iu");
const NAMES_MONTH = /(?<![\p{L}])tháng(?![\p{L}])/iu;

export function monthItems(text: string): (p: FieldProfile, c: Candidate) => boolean {
  const lines = new Map<number, boolean>();
  const breakdown = (from: number) => {
    let known = lines.get(from);
    if (known === undefined) {
      const to = text.indexOf("\n", from);
      const line = text.slice(from, to === -1 ? undefined : to);
      known = TOTAL_ITEM.test(line) && (line.match(MONTH_ITEMS)?.length ?? 0) >= 2;
      lines.set(from, known);
    }
    return known;
  };
  return (p, c) => {
    if (NAMES_MONTH.test(p.field.label)) return false;
    const from = text.lastIndexOf("\n", c.token.start - 1) + 1;
    return MONTH_ITEM.test(text.slice(Math.max(from, c.token.start - 60), c.token.start)) && breakdown(from);
  };
}
