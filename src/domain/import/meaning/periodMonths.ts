/**
 * A month named by its number in a quarterly report: «Tháng 02/2026, Văn phòng đề nghị … 01 cá nhân» in a report for
 * quý II is a month of an earlier quarter, so what that clause counts is not the quarter's. Only a month opening its
 * clause (as an earlier quarter, periodScope.ts: «so với tháng 01» is a comparison's basis), and only one ended
 * before the month preceding the quarter: many offices close a quarter's figures mid-month («từ ngày 15/3 đến ngày
 * 14/6»), so «tháng 3» may still be partly the second quarter's. Language knowledge only: no field is named.
 */
import { TOPIC_BEFORE } from "./periodMarkers";
import type { PeriodScope } from "./reportPeriod";

const NUMBERED = /^tháng\s+(\d{1,2})(?:\s*[/-]\s*(\d{4}))?$/iu;

/** Whether the month named by `m` (a MARKER match in `text`) lies before the report's quarter, as its clause's topic. */
export function earlierMonth(m: RegExpMatchArray, text: string, ctx: PeriodScope): boolean {
  if (ctx.kind !== "quarter" || ctx.index === null) return false;
  const named = NUMBERED.exec(m[0]);
  if (named === null) return false;
  const month = Number(named[1]);
  const year = named[2] !== undefined ? Number(named[2]) : ctx.year;
  if (month < 1 || month > 12 || year === null || ctx.year === null) return false;
  if (!TOPIC_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index))) return false;
  // Months counted from year 0: the quarter's first month, and the month before it left as the quarter's margin.
  const first = ctx.year * 12 + (ctx.index - 1) * 3 + 1;
  return year * 12 + month < first - 1;
}
