/**
 * A figure dated before the report's period began is an earlier period's. Clerks copy last quarter's report and keep
 * its «tính đến ngày 14/6/2026, Sở đã tham mưu ban hành 04 quyết định …» in the next quarter's: the date the figure
 * is counted up to says whose it is. A quarter is counted at the earliest from the 15th of the month before it (many
 * offices close a quarter mid-month: quý III from 15/6 to 14/9), a month from the 15th of the month before; a stated
 * end date («tính đến / đến hết / đến ngày …», «tại thời điểm …») before that start, in the number's own clause,
 * marks the figure as counted for an earlier period. A date within or after the period, a start date («từ ngày …»),
 * a decision's date («Quyết định … ngày 10/01/2026») and a comparison («so với …») say nothing of it.
 */
import { numberClause, type ClauseSpan } from "./numberClause";
import type { PeriodScope } from "./reportPeriod";

/** An end date: «tính đến ngày 14/6/2026», «đến hết ngày 14 tháng 6 năm 2026», «tại thời điểm 14/6/2026». */
const END_DATE =
  /(?<![\p{L}])(?:(?:tính\s+)?(?:đến|tới)(?:\s+hết)?|tại\s+thời\s+điểm|lũy\s+kế\s+đến)\s+(?:(?:hết\s+)?ngày\s+)?(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?:\/|\s+năm\s+)(\d{4})(?!\d)/giu;
/** Words that make the date a comparison's, not the figure's own. */
const COMPARED = /(?<![\p{L}])(?:so với|so sánh|cùng kỳ|kỳ trước|quý trước)(?![\p{L}])/iu;

/** The first day a report of this period can count from, as [year, month, day]; null when the period is not known. */
export function earliestStart(period: Pick<PeriodScope, "kind" | "index" | "year">): [number, number, number] | null {
  if (period.year === null || period.index === null) return null;
  const firstMonth = period.kind === "quarter" ? 3 * period.index - 2 : period.kind === "month" ? period.index : null;
  if (firstMonth === null) return null;
  return firstMonth === 1 ? [period.year - 1, 12, 15] : [period.year, firstMonth - 1, 15];
}

const before = (a: readonly number[], b: readonly number[]) => a[0]! !== b[0]! ? a[0]! < b[0]! : a[1]! !== b[1]! ? a[1]! < b[1]! : a[2]! < b[2]!;

/**
 * The number at [start, end) is counted up to a date before the report's period began: an end date in its clause (the
 * sentence's part between «;», «.» or a line's ends around it, brackets skipped: numberClause.ts).
 */
export function datedBeforePeriod(text: string, start: number, end: number, period: Pick<PeriodScope, "kind" | "index" | "year">, span: ClauseSpan = numberClause(text, start, end)): boolean {
  const first = earliestStart(period);
  if (first === null) return false;
  const clause = text.slice(span.from, span.to);
  if (COMPARED.test(clause)) return false;
  return dateBefore(clause, END_DATE, first);
}

/** Whether `pattern` (day, month, year captured in that order) finds a real date before `first` in `text`. */
function dateBefore(text: string, pattern: RegExp, first: readonly number[]): boolean {
  for (const m of text.matchAll(pattern)) {
    const date = [Number(m[3]), Number(m[2]), Number(m[1])];
    if (date[1]! < 1 || date[1]! > 12 || date[2]! < 1 || date[2]! > 31) continue;
    if (before(date, first)) return true;
  }
  return false;
}

/** An event's own date: «đã tổ chức ngày 25/3/2024», «diễn ra vào ngày 12/02/2026», «họp ngày …». */
const HELD_DATE = /(?<![\p{L}])(?:tổ chức|diễn ra|tiến hành)\s+(?:vào\s+)?ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/giu;

/**
 * «Hội nghị đối thoại … năm 2024 đã tổ chức ngày 25/3/2024 (quý I), Văn phòng nhận được 05 ý kiến» in quý III's report
 * (1014): what an event held before the period began yielded is that period's. Only the event's date before the number
 * in its sentence is read; a document's date («Kế hoạch số … ngày …») is not an event's.
 */
export function heldBeforePeriod(sentenceBefore: string, period: Pick<PeriodScope, "kind" | "index" | "year">): boolean {
  const first = earliestStart(period);
  return first !== null && dateBefore(sentenceBefore, HELD_DATE, first);
}
