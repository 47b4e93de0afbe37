/**
 * Columns whose headers could not be read: a number in a row of a table that was not read as one. «Hồ sơ tiếp nhận
 * 24.918   27.355» (a table aligned with spaces, its last column wrapped to the next line by a PDF's page width) gives
 * two quarters side by side with nothing to say which is the report's: neither number is any figure's without the
 * clerk.
 */
/** Another number beside this one with only a run of spaces between: a column of a table read as prose. */
const SPACED_BEFORE = /\d%?[ \u00a0]{2,}$/;
const SPACED_AFTER = /^[ \u00a0]{2,}\d/;

export function unnamedColumn(text: string, at: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, at.start - 12), at.start);
  const after = text.slice(at.end, at.end + 12);
  const lineHasCells = /[\t|]/.test(text.slice(text.lastIndexOf("\n", at.start - 1) + 1, at.start));
  return !lineHasCells && (SPACED_BEFORE.test(before) || SPACED_AFTER.test(after));
}
