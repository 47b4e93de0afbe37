/**
 * The tags of comparison phrases and the words naming the period they compare against. Small and free of the
 * comparison itself, so that messages (history, review, notices) can name a phrase control without loading it.
 *
 *   <field tag>@quyTruoc   against the previous period (written by quarterly forms, and by any form before 12)
 *   <field tag>@kyTruoc    against the previous period (written by monthly, half-year and yearly forms)
 *   <field tag>@cungKy     against the same period of the year before
 */
import { indexOf, kindOf } from "../periodKinds";
import type { FieldId, Period, PeriodKind } from "../types";

export type PhraseBasis = "previous" | "lastYear";

const SUFFIXES: ReadonlyArray<[string, PhraseBasis]> = [["@quyTruoc", "previous"], ["@kyTruoc", "previous"], ["@cungKy", "lastYear"]];

/** The tag a phrase gets when inserted: a quarterly form keeps the suffix its documents already hold. */
export function phraseTag(field: FieldId, basis: PhraseBasis, kind: PeriodKind = "quarter"): string {
  if (basis === "lastYear") return `${field}@cungKy`;
  return `${field}${kind === "quarter" ? "@quyTruoc" : "@kyTruoc"}`;
}

/** The field and basis of a phrase tag; null for any other tag. */
export function parsePhraseTag(tag: string): { field: FieldId; basis: PhraseBasis } | null {
  for (const [suffix, basis] of SUFFIXES) {
    if (tag.endsWith(suffix) && tag.length > suffix.length) return { field: tag.slice(0, -suffix.length), basis };
  }
  return null;
}

/**
 * «so với quý trước», «so với tháng trước», «so với 6 tháng đầu năm trước», «so với năm trước». A half-year names the
 * half it compares with when the period is known (the one before the first half is last year's second half).
 */
export function againstText(basis: PhraseBasis, kind: PeriodKind, period?: Period): string {
  if (kind === "year") return "so với năm trước";
  if (kind === "halfYear") {
    if (!period) return basis === "previous" ? "so với 6 tháng trước" : "so với cùng kỳ năm trước";
    const first = indexOf(period) === 1;
    if (basis === "lastYear") return `so với 6 tháng ${first ? "đầu" : "cuối"} năm trước`;
    return first ? "so với 6 tháng cuối năm trước" : "so với 6 tháng đầu năm";
  }
  if (basis === "lastYear") return "so với cùng kỳ năm trước";
  return kind === "month" ? "so với tháng trước" : "so với quý trước";
}

/** The words for a period, taking its kind from it. */
export const againstPeriod = (basis: PhraseBasis, period: Period): string => againstText(basis, kindOf(period), period);
