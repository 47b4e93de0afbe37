/**
 * The report's own period named with its dates in brackets: «báo cáo kết quả thực hiện dân chủ quý I năm 2026 (từ ngày
 * 15/12/2025 đến ngày 14/3/2026) như sau:». The quarter (or month) named right before the bracket, in the prose
 * sentence that says what is reported, says the range is the report's data period — the period a clerk types for a section that states none of its own (truth rulings, rule
 * 5), as «số liệu tính từ ngày …» says it in words. Language only: no field named.
 */
import type { Candidate } from "./candidates";
import { partnerOf } from "./dateRange";

/** «quý I năm 2026 (từ ngày », «tháng 10/2026 (từ », «quý III/2025 (»: a period's name, its bracket, up to the date. */
const PERIOD_THEN_BRACKET = /(?:quý[^\S\n]+(?:I{1,3}|IV|[1-4])|tháng[^\S\n]+\d{1,2})(?:[^\S\n]*(?:năm[^\S\n]+|\/)\d{4})?[^\S\n]*\([^\S\n]*(?:(?:từ|kể từ)[^\S\n]+)?(?:ngày[^\S\n]+)?$/iu;

/** The sentence reports: «báo cáo» as its verb, before the period. */
const REPORTS = /(?<![\p{L}\p{M}])báo cáo(?![\p{L}\p{M}])/iu;

/**
 * The range the date `c` belongs to opens a bracket right after the report's period named with its year, in a line of
 * prose that reports it.
 */
export function spansReportPeriod(text: string, c: Candidate): boolean {
  const partner = partnerOf(c);
  if (partner === null) return false;
  const first = Math.min(c.token.start, partner.token.start);
  if (!PERIOD_THEN_BRACKET.test(text.slice(Math.max(0, first - 60), first))) return false;
  // The report's own sentence says it («… phường báo cáo kết quả … quý I năm 2026 (từ ngày …»); a cover table's cell
  // («Kỳ báo cáo⇥Quý IV năm 2025 (từ ngày …)») names the period of the paper, not of any section's figures.
  const line = text.slice(text.lastIndexOf("\n", first - 1) + 1, first);
  return !line.includes("\t") && REPORTS.test(line);
}
