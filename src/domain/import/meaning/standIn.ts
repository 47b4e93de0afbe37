/**
 * A report titled for a longer span that says, before its first part, that it stands in for the form's period
 * («Báo cáo … 6 tháng đầu năm 2026» with «(báo cáo này thay báo cáo quý II/2026)», «thay thế báo cáo tháng 6»): the
 * office was asked for one report instead of two, so it is that period's report, and a figure naming no period is the
 * period's own (reportPeriod.ts), as in a title naming both. So is one whose opening gives that period's results
 * apart («…, trong đó nêu riêng kết quả quý II năm 2026 …»): it reports the quarter too. A replaced report named by
 * its number only («thay báo cáo số 120/BC-VP»: a correction), or a period the report is not for, says nothing; nor
 * does «không thay».
 */
import type { PeriodKind } from "../../types";
import { MARKER_FIRST, markerScope, MONTHS } from "./periodMarkers";

const STAND_IN = /(?<![\p{L}])(?<!không\s)thay(?:\s+thế)?(?:\s+cho)?\s+báo cáo\s+/giu;
/** «trong đó nêu riêng kết quả quý II năm 2026»: the period's results given apart inside the longer report. */
const GIVEN_APART = /(?<![\p{L}])(?:nêu|báo cáo|tách)\s+riêng\s+(?:kết quả|số liệu)(?:\s+của)?\s+/giu;
/** The first part's heading («I. ĐẶC ĐIỂM …», «1. Kết quả …»): what stands in for a report is said before it. */
const FIRST_PART = /\n[^\S\n]*(?:I|1)\.\s/u;

/**
 * Whether the report's opening says it replaces the report of its own period of `kind` (`index` the report's quarter
 * or month when known; the period named must be that one).
 */
export function standsInForOwn(text: string, kind: PeriodKind, index: number | null): boolean {
  const months = MONTHS[kind];
  if (months === undefined) return false;
  const head = text.slice(0, 4000);
  const part = FIRST_PART.exec(head);
  const opening = part === null ? head : head.slice(0, part.index);
  for (const m of [...opening.matchAll(STAND_IN), ...opening.matchAll(GIVEN_APART)]) {
    const after = opening.slice(m.index! + m[0].length);
    const named = MARKER_FIRST.exec(after);
    if (named === null || named.index !== 0) continue;
    const scope = markerScope(named, after);
    if (kind === "quarter" && typeof scope === "object" && scope !== null && "quarter" in scope) {
      if (scope.quarter !== null && (index === null || scope.quarter === index)) return true;
    }
    if (kind === "month" && scope === "month") {
      const month = /^tháng\s+(\d{1,2})/iu.exec(named[0]);
      if (month !== null && (index === null || Number(month[1]) === index)) return true;
    }
  }
  return false;
}
