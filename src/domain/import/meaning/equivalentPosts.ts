/**
 * «Bổ nhiệm … 04 Phó Trưởng phòng và tương đương (01 Phó Chánh Văn phòng, 02 Phó Trưởng phòng Kinh tế, …)»: a post
 * counted «và tương đương» (and its equivalents) counts that rank across every room, whatever rooms its bracket then
 * names: the whole, never one named room's figure. Read from the number's end: its post, then the words.
 */
const AND_EQUIVALENT = /^[ \t]+(?:[\p{L}-]+[ \t]+){1,4}?và[ \t]+(?:(?:chức vụ|chức danh|tổ chức)[ \t]+)?tương đương(?![\p{L}])/iu;

/** Whether the count ending at `end` counts a post with its equivalents. */
export function countsWithEquivalents(text: string, end: number): boolean {
  return AND_EQUIVALENT.test(text.slice(end, end + 80));
}
