/**
 * «So với tháng 10 năm 2026 (104 lượt, …)»: a month written in words, as formal reports write every date, is typed
 * as a clerk types a month, «10/2026» (the form's month fields are written so). Only a capture that is the month and
 * its year alone, right after «tháng», is read so; any other text figure is typed as written.
 */
const MONTH_YEAR = /^(\d{1,2}),?\s+năm\s+(\d{4})$/u;
const MONTH_WORD = /(?<![\p{L}\p{M}])tháng\s*$/iu;

/** What the clerk types for a text figure `captured` written after `before`, when it is a month in words; else null. */
export function monthInWords(before: string, captured: string): string | null {
  const m = MONTH_YEAR.exec(captured.trim());
  if (m === null || !MONTH_WORD.test(before)) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? `${m[1]}/${m[2]}` : null;
}
