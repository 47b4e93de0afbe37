/**
 * «họp giao ban vào các ngày 22/9, 06/10, 20/10 và 01/12/2025»: a day and a month without a year, in a list of such
 * days, are dates, not a fraction of counts («27/31 lượt»). The list is what decides: two or more day/month pairs
 * joined by commas or «và», either led by «ngày» or closed by a whole date with its year. A pair alone («06/10
 * cuộc»), or two joined otherwise («từ 15/9 đến 14/12»), are read as before.
 */
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})(?!\d|\/\d)/;
const JOIN = String.raw`[ \u00a0]*(?:,[ \u00a0]*(?:và[ \u00a0]+)?|;[ \u00a0]*|[ \u00a0]+và[ \u00a0]+)`;
const PAIR = String.raw`\d{1,2}\/\d{1,2}(?!\d|\/\d)`;
const LED = new RegExp(String.raw`(?:^|[^\p{L}])(?:ngày|hôm)[ \u00a0]+(?:${PAIR}(?:\/\d{4})?${JOIN})*$`, "iu");
const PAIRS_AFTER = new RegExp(String.raw`^(?:${JOIN}${PAIR})*`, "u");
const CLOSED = new RegExp(String.raw`^${JOIN}\d{1,2}\/\d{1,2}\/\d{4}(?!\d)`, "u");
const PAIR_BEFORE = new RegExp(String.raw`${PAIR}${JOIN}$`, "u");

function isDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** The end of the day/month pair starting at `start` when it is one of a list of dates, otherwise null. */
export function dayMonthInListEnd(text: string, start: number): number | null {
  const pair = DAY_MONTH.exec(text.slice(start, start + 6));
  if (!pair || !isDayMonth(Number(pair[1]), Number(pair[2]))) return null;
  const end = start + pair[0].length;
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 160);
  const more = PAIRS_AFTER.exec(after)![0];
  const inList = more.length > 0 || PAIR_BEFORE.test(before);
  if (!inList) return null;
  return LED.test(before) || CLOSED.test(after.slice(more.length)) ? end : null;
}
