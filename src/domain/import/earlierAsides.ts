/**
 * «tiếp nhận 1.126 (quý II: 1.048) hồ sơ», «05 (quý II: 06) Phó Giám đốc», «08 (quý II: không tổ chức) ý kiến»: a
 * clerk who sets every figure beside last period's writes the earlier one in a bracket right after the number, before
 * its unit. The bracket is an aside of another period: for a form that asks nothing of an earlier period it is read as
 * blank, one character for one (every offset found stays the document's), so the figure meets its unit and its words
 * and last period's value is no rival. Only a bracket naming a period known to be another than the report's own
 * («quý II» in the third quarter's report); a half-year report that gives «6 tháng … 38.914 hồ sơ (quý II: 20.357)»
 * puts its own quarter in the bracket, which is read as written. A form with a figure carried from another period
 * (last month's people) reads every bracket as written: they may be that figure.
 */
import type { ReportDefinition } from "../report";
import { columnPeriod } from "./meaning/earlierColumn";
import { readPeriodScope } from "./meaning/reportPeriod";

/** Right after a number: a bracket naming a period, a colon, and what that period had. */
const ASIDE = /(?<=\d)[ \t]*\([ \t]*((?:quý|tháng|năm)[ \t]+[^():;\n]{1,20}):[ \t]*[^():;\n]{1,30}\)/giu;

export function withoutEarlierAsides(text: string, report: ReportDefinition): string {
  if (!text.includes("(") || report.fields.some((f) => f.carriedFrom !== undefined && f.carriedFrom !== "period")) return text;
  let own: ReturnType<typeof readPeriodScope> | undefined;
  return text.replace(ASIDE, (written, period: string) => {
    const said = columnPeriod(period, (own ??= readPeriodScope(text, report.periodKind)));
    return said === "previous" || said === "other" ? " ".repeat(written.length) : written;
  });
}
