/**
 * A number written against another run of digits with only a space between, in a way no thousands grouping explains
 * («tỷ lệ đúng hạn đạt 9 9 ,2%»: a page that split 99,2%): the tokenizer keeps valid groupings («9 780») whole, so
 * what is left is a number cut by the page, and its pieces are no figure.
 */
/** A short run of digits standing alone (not the end of a date, a number or a code) just before the number. */
const PIECE_BEFORE = /(?<![\d.,/-])\d{1,3}[ \u00a0\u2009\u202f]$/;
/** A short run of digits, or a decimal comma, just after it. */
const PIECE_AFTER = /^[ \u00a0\u2009\u202f](?:\d{1,3}(?![\d./])|,\d)/;

/** Only numbers written in digits: «không có» after a date is no broken number. */
export function isBrokenNumber(text: string, start: number, end: number): boolean {
  if (!/\d/.test(text[start] ?? "")) return false;
  return PIECE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || PIECE_AFTER.test(text.slice(end, end + 8));
}
