/**
 * Items under a short heading that ends with a colon say what they count through it: «- Bổ nhiệm:» over «+ Trưởng
 * phòng Tổng hợp - Kinh tế: 01» is «bổ nhiệm Trưởng phòng … 01», as «Bổ nhiệm: 01 Trưởng phòng» would be on one line.
 * The heading's words are a lead-in of the item (weighed as one), not merely where it stands. So is a numbered heading
 * of a few words right over its items, colon or none: «1.2.3. Lý luận chính trị» over «- Cao cấp: 02» is «lý luận
 * chính trị cao cấp 02», as a clerk who numbers his sub-headings writes the lead-in as the heading itself.
 */

const BULLET = /^[ \t]*([-+*•–])[ \t]/;
/** A heading of a few words and a colon, nothing after it: «- Luân chuyển:», «Bổ nhiệm:». */
const HEADING = /^[ \t]*(?:[-+*•–][ \t]*)?([^:\n\d]{2,60}):[ \t]*$/u;
/** «1.2.3. Lý luận chính trị», «2.3 Thi đua, khen thưởng»: a decimal heading's words, nothing after them. */
const NUMBERED = /^[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}\.?[ \t]+([^:\n\d()]{2,60}?)[ \t]*:?[ \t]*$/u;
const MAX_ITEMS_ABOVE = 12;

/** The words of the heading the bullet line at `lineFrom` is an item of, or "" when it is none. */
export function bulletLead(text: string, lineFrom: number): string {
  const own = BULLET.exec(text.slice(lineFrom, lineFrom + 4))?.[1];
  if (own === undefined) return unmarkedLead(text, lineFrom);
  let end = lineFrom - 1;
  for (let k = 0; k < MAX_ITEMS_ABOVE && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(from, end);
    // Items of the same list above this one: keep walking up to their heading.
    if (BULLET.exec(above)?.[1] === own) {
      end = from - 1;
      continue;
    }
    return HEADING.exec(above)?.[1] ?? NUMBERED.exec(above)?.[1] ?? "";
  }
  return "";
}

/** «Cao cấp: 02» with no bullet: a label, its colon, then its value. */
const LABEL_LINE = /^[ \t]*[^:\n\d]{2,60}:[ \t]*\S/u;

/**
 * The same items with their bullets dropped («Cao cấp: 02» under «1.2.3. Lý luận chính trị»): label lines, each right
 * under the one before, under a numbered heading. Only the numbered heading leads them: a line ending with a colon
 * over unmarked lines may be a sentence's lead-in of its own.
 */
function unmarkedLead(text: string, lineFrom: number): string {
  const lineEnd = text.indexOf("\n", lineFrom);
  if (!LABEL_LINE.test(text.slice(lineFrom, lineEnd === -1 ? text.length : lineEnd))) return "";
  let end = lineFrom - 1;
  for (let k = 0; k < MAX_ITEMS_ABOVE && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(from, end);
    const heading = NUMBERED.exec(above)?.[1];
    if (heading !== undefined) return heading;
    if (!LABEL_LINE.test(above)) return "";
    end = from - 1;
  }
  return "";
}
