/**
 * A list's items belong to the sentence that opens it with a colon: «Tổng số: 05 lượt/07 người …, gồm:» over «- Chánh
 * Thanh tra tỉnh: 02 lượt/02 người», «… tiếp 49 lượt (63 người), cụ thể:» over «+ Phường Long An: 06 lượt». The items
 * are that sentence's parts, as a «trong đó» in the same paragraph would be, so they count as its paragraph.
 */

const BULLET = /^[ \t]*[-+*•–][ \t]/;
const OPENS_LIST = /:[ \t]*$/;
const MAX_ITEMS_ABOVE = 30;

/** The start of the paragraph the line holding `at` reads with: the colon-ended line over its bullet list, or its own. */
export function leadParagraphOf(text: string, at: number): number {
  const own = text.lastIndexOf("\n", at - 1);
  if (!BULLET.test(text.slice(own + 1, own + 5))) return own;
  let end = own;
  for (let k = 0; k < MAX_ITEMS_ABOVE && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1);
    const above = text.slice(from + 1, end);
    if (BULLET.test(above)) {
      end = from;
      continue;
    }
    return OPENS_LIST.test(above) ? from : own;
  }
  return own;
}
