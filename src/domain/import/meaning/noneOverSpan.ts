/**
 * «Trong 6 tháng, không có công chức … bị xử lý», «Lũy kế từ đầu năm, không phát sinh đơn thư» in a second
 * quarter's report: none over a span from the year's start that reaches the report's own period is none in that
 * period too, so the longer span's «không» is the period's answer. A span ending before it («6 tháng đầu năm» in the
 * third quarter), the second half of a year, or another year's span says nothing of it. Language knowledge only: no
 * field is named.
 */
import { MARKER, markerScope, MONTHS } from "./periodMarkers";
import type { PeriodScope } from "./reportPeriod";

const NONE = /^(?:không|chưa)(?![\p{L}])/iu;
/** «6 tháng cuối năm», «9 tháng năm 2025»: what follows the span's name, read for where it lies. */
const NOT_FROM_START = /^\s*(?:cuối|sau|trước|tiếp)(?![\p{L}])/iu;
const YEAR_AFTER = /^\s*(?:đầu\s+)?(?:năm\s+|\/\s*)(\d{4})/iu;

/** `number`: the figure's text; `before`: its sentence up to it, brackets closed before it blanked. */
export function noneOverOwnSpan(number: string, before: string, ctx: PeriodScope): boolean {
  const length = MONTHS[ctx.kind];
  if (!NONE.test(number) || length === undefined || ctx.index === null) return false;
  // The last period named, a year dating it («6 tháng đầu năm 2026») read with it below.
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(MARKER)) if (!/^(?:năm|giai đoạn|nhiệm kỳ)/iu.test(m[0])) last = m;
  if (last === null) return false;
  const scope = markerScope(last, before);
  if (scope === null || typeof scope !== "object" || !("months" in scope)) return false;
  const rest = before.slice(last.index! + last[0].length);
  if (NOT_FROM_START.test(rest)) return false;
  const year = YEAR_AFTER.exec(rest);
  if (year !== null && ctx.year !== null && Number(year[1]) !== ctx.year) return false;
  return scope.months === null || scope.months >= ctx.index * length;
}
