/**
 * «Ghi chú: cùng kỳ năm 2025 là số liệu … của Trung tâm thành phố từ ngày 01/7/2025» in a report for quý III/2026
 * (934): a date bounding the report's own figures (from, to) falls near its quarter: a centre's span opens in the month
 * before the quarter («từ ngày 15/6/2026») and closes before its end («đến ngày 14/9/2026»). A date more than a quarter
 * away, an earlier year's, bounds some other figures; one in the report's own year may open its year-to-date span.
 * Only a dated quarter is judged; a date without its year is not.
 */
import type { PeriodScope } from "./reportPeriod";

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u;
/** Months of slack around the quarter on either side. */
const SLACK = 3;

export function outsideQuarter(written: string, period: PeriodScope): boolean {
  if (period.kind !== "quarter" || period.index === null || period.year === null) return false;
  const m = DATE.exec(written.trim());
  if (m === null) return false;
  const month = Number(m[3]) * 12 + Number(m[2]) - 1;
  const first = period.year * 12 + (period.index - 1) * 3;
  // A span from the year's start («từ 01/01/2019 đến 15/08/2019» in quý III) bounds the report's cumulative figures.
  return month < Math.min(first - SLACK, period.year * 12) || month > first + 2 + SLACK;
}
