/**
 * A year's plan named in a later quarter's report: «Kế hoạch kiểm tra năm 2026 của Văn phòng gồm 02 đơn vị» in the
 * report for quý II/2026 counts what the whole year plans, not what the quarter does or plans (one unit may have been
 * inspected in quý I already). A figure described as planned for the report's period («dự kiến», vetoFormWords.ts)
 * does not take it, unless the sentence names a period of its own after the plan («…, trong quý III dự kiến kiểm tra
 * 02 đơn vị»). In a first quarter the year's plan, issued in it, is that quarter's plan. A plan's own content (its
 * groups of tasks) is no planned figure and is not asked here. Language knowledge only: no field is named. The period
 * may follow the number too: «… dự kiến kiểm tra … tại 02 đơn vị trong quý IV (…)» (1040).
 */
import { MARKER, markerScope } from "./periodMarkers";
import type { PeriodScope } from "./reportPeriod";

/** «kế hoạch …» with its name, in one clause, up to the year it is for («Kế hoạch số 19/KH-VP ngày … kiểm tra … năm 2026»). */
const YEAR_PLAN = /(?<![\p{L}])kế hoạch(?![\p{L}])([^;:.,()\n]{0,90}?)(?<![\p{L}])năm\s+(\d{4})(?![\d/])/giu;
/** A quarter or a month in the plan's name makes the year theirs («Kế hoạch số 45/KH-VP quý IV năm 2026»). */
const SHORTER = /(?<![\p{L}])(?:quý|tháng)(?![\p{L}])/iu;

/** «… 02 đơn vị trong quý IV», «… trong quý này»: the report's quarter right after the number and its noun. */
const OWN_QUARTER_AFTER = /^[^;:.()\n]{0,30}?(?<![\p{L}])trong\s+quý\s+(này|IV|I{1,3}|[1-4])(?![\p{L}\d])/iu;
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/**
 * Whether the sentence before a number (`before`) names a plan of the report's whole year and no shorter period after
 * it, nor the report's quarter right after the number (`following`, the text after it).
 */
export function yearsPlanBefore(before: string, ctx: PeriodScope, following = ""): boolean {
  if (ctx.kind !== "quarter" || ctx.index === null || ctx.index < 2 || ctx.year === null) return false;
  const own = OWN_QUARTER_AFTER.exec(following);
  if (own !== null) {
    const q = own[1]!.toUpperCase();
    if (q === "NÀY" || (ROMAN[q] ?? Number(q)) === ctx.index) return false;
  }
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(YEAR_PLAN)) last = m;
  // The nearest plan is the number's: «Kế hoạch … năm 2025, … và kế hoạch kiểm tra năm 2026 … tại hai phòng».
  if (last === null || Number(last[2]) !== ctx.year || SHORTER.test(last[1]!)) return false;
  const after = before.slice(last.index! + last[0].length);
  for (const m of after.matchAll(MARKER)) {
    const scope = markerScope(m, after);
    if (scope !== null && !(typeof scope === "object" && "last" in scope)) return false;
  }
  return true;
}
