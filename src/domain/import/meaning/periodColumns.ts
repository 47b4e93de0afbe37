/**
 * A table whose figure columns are headed by years («Nội dung | Năm 2025 | Năm 2026», an appendix «Biểu số 01»
 * giving last year beside this one) holds one figure per year in every row, and only one of them is the report's.
 * Prose rules say nothing of a year («Năm 2025, Văn phòng được giao …» opens a staffing sentence), so the columns
 * decide: a cell under a header naming years binds only when that header names the report's year and no column
 * beside it names a later one (the next year's allotment, given in a fourth-quarter report). Beside a column of the
 * report's own quarter or month («Quý IV | Năm 2025», whether or not the quarter's header names its year), a year's
 * column is the year's total or plan, even the report's own year's. When the report's year is not known, a
 * table of several years' columns decides nothing: its cells are left for the clerk. A table with one year's column
 * is left to the other rules.
 */
import { columnHeaders } from "./tableGrid";

type Token = { start: number; end: number };

const YEARS = /(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)/gu;

/** The years a header names, a range «2021 - 2025» as its ends. */
function yearsOf(header: string): Array<[number, number]> {
  return [...header.matchAll(YEARS)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
}

/**
 * Whether the cell at `token` is another year's (true), or null when the columns say nothing. `ownPeriod` tells a
 * header naming the form's own quarter or month (false: not another period).
 */
export function otherYearColumn(
  text: string,
  token: Token,
  column: string,
  reportYear: number | null,
  ownPeriod: (header: string) => boolean | null,
): boolean | null {
  const own = yearsOf(column);
  if (own.length === 0) return null;
  const headers = columnHeaders(text, token);
  if (!headers) return null;
  const others = headers.filter((h) => h !== column);
  // «Quý IV | Năm 2025», «Quý IV/2025 | Năm 2025»: beside the report's own quarter, the year's column is the year's.
  const periodNamed = (h: string) => /(?<![\p{L}])(?:quý|tháng)(?![\p{L}])/iu.test(h);
  if (!periodNamed(column) && others.some((h) => periodNamed(h) && ownPeriod(h) === false)) return true;
  const otherYears = others.flatMap(yearsOf);
  if (!otherYears.some(([from, to]) => !own.some(([a, b]) => a === from && b === to))) return null;
  if (reportYear === null) return true;
  if (!own.some(([from, to]) => from <= reportYear && reportYear <= to)) return true;
  if (otherYears.some(([from]) => from > reportYear)) return true;
  return null;
}
