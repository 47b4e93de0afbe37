/**
 * Two years' plans side by side: «Kế hoạch kiểm soát TTHC năm 2026 gồm 08 nhóm công việc … Dự thảo Kế hoạch năm 2027
 * gồm 09 nhóm công việc» in quý IV/2026's report. The number whose sentence names a year after the report's, in a
 * paragraph that also names the report's own year before it, is next year's: the figure is the report's year's. A
 * fourth quarter's report that gives only next year's plan («Kế hoạch … năm 2026 (Quyết định … ngày 05/12/2025) với 08
 * nhóm công việc» in quý IV/2025) gives the form's figure, and is untouched (21). Language knowledge only.
 */
import type { PeriodScope } from "./reportPeriod";

const YEAR = /(?<![\p{L}\d/])năm[ \t]+((?:19|20)\d\d)(?![\d/])/giu;

export function laterYearBesideOwn(text: string, start: number, period: PeriodScope): boolean {
  if (period.year === null) return false;
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineFrom, start - 1500), start);
  // The sentence's own year: the last «năm YYYY» since its last full stop.
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
  const sentence = before.slice(stop + 1);
  const own = [...sentence.matchAll(YEAR)].at(-1);
  if (own === undefined || Number(own[1]) <= period.year) return false;
  // …and the report's own year named before it in the paragraph.
  return [...before.slice(0, stop + 1).matchAll(YEAR)].some((m) => Number(m[1]) === period.year);
}
