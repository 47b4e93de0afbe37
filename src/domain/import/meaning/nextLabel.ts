/**
 * A line run together from several (a table cell's paragraphs joined by spaces, «Cao cấp: 29; trung cấp: 38 Đang học
 * cao cấp: 03»): the words after a number that open with a capital and end at a colon before the next number are
 * that number's label, not words of the number before. Read so only where the colon is followed by a number: a unit
 * after the number («38 người») and words in lower case stay the number's.
 */

/** From a word opening with a capital to the end, words only. */
const NEXT_LABEL = /(?<=^|[ \t])\p{Lu}[\p{L}\p{M} \t]*$/u;
/** A colon and then a number. */
const COLON_NUMBER = /^:[ \t]*\d/u;

/** `right`: the words after a number, ending at `text[end]`. Without the next item's label when a colon and a number follow. */
export function withoutNextLabel(text: string, right: string, end: number): string {
  return COLON_NUMBER.test(text.slice(end, end + 8)) ? right.replace(NEXT_LABEL, "") : right;
}
