/**
 * The figures of earlier periods that the document knows: kept by «Chuyển sang kỳ sau» or read from an earlier
 * report. Pure helpers over a chronologically sorted list; one entry per period. Periods are of any kind a form may
 * have (month, quarter, half-year, year: periodKinds.ts); the period compared against is of the current one's kind.
 */
import { indexOf, kindOf, makePeriod, periodsPerYear, samePeriod as sameKindAndPeriod } from "../periodKinds";
import type { FieldId, Period, PeriodKind } from "../types";

export interface PeriodFigures {
  period: Period;
  /** What was typed for that period, as typed (the same shape as StoredReport.figures). */
  figures: Record<FieldId, string>;
}

const KIND_RANK: Record<PeriodKind, number> = { month: 0, quarter: 1, halfYear: 2, year: 3 };

/**
 * A sortable number for a period: by the month it ends in, then (periods ending the same month) shorter kinds
 * first. Consecutive periods of one kind sort in order; equal numbers mean the same period.
 */
export function periodIndex(period: Period): number {
  const kind = kindOf(period);
  const lastMonth = kind === "month" ? indexOf(period) : (indexOf(period) * 12) / periodsPerYear(kind);
  return (period.year * 12 + lastMonth - 1) * 4 + KIND_RANK[kind];
}

export const samePeriod = (a: Period, b: Period): boolean => sameKindAndPeriod(a, b);

/** The period just before, of the same kind: last month, last quarter, the other half-year, last year. */
export function previousPeriod(period: Period): Period {
  const kind = kindOf(period);
  const index = indexOf(period);
  return index === 1 ? makePeriod(kind, period.year - 1, periodsPerYear(kind)) : makePeriod(kind, period.year, index - 1);
}

/** The same period of the year before (for a yearly form, last year). */
export const samePeriodLastYear = (period: Period): Period => makePeriod(kindOf(period), period.year - 1, indexOf(period));

/** Kept for callers written when every form was quarterly. */
export const previousQuarter = previousPeriod;
export const sameQuarterLastYear = samePeriodLastYear;

/** The list with `entry` in its place: a period already known is replaced, the order stays chronological. */
export function withPeriod(list: readonly PeriodFigures[], entry: PeriodFigures): PeriodFigures[] {
  const others = list.filter((known) => !samePeriod(known.period, entry.period));
  return [...others, entry].sort((a, b) => periodIndex(a.period) - periodIndex(b.period));
}

export function figuresOf(list: readonly PeriodFigures[], period: Period): Record<FieldId, string> | undefined {
  return list.find((known) => samePeriod(known.period, period))?.figures;
}

/** "Quý I/2026", "Tháng 3/2026", "6 tháng đầu/2026", "Năm 2026": how the pane and the exported columns name a period. */
/** The name inside a sentence: «quý II/2025», «tháng 3/2026» (only the first letter lowered: never «quý ii»). */
export function periodNameInText(period: Period): string {
  return lowerFirst(periodName(period));
}

export const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export function periodName(period: Period): string {
  const index = indexOf(period);
  switch (kindOf(period)) {
    case "month":
      return `Tháng ${index}/${period.year}`;
    case "quarter":
      return `Quý ${["I", "II", "III", "IV"][index - 1]}/${period.year}`;
    case "halfYear":
      return `6 tháng ${index === 1 ? "đầu" : "cuối"}/${period.year}`;
    case "year":
      return `Năm ${period.year}`;
  }
}

/** «Tháng trước», «Quý trước», «6 tháng trước», «Năm trước»: the choice of what to compare with. */
export const PREVIOUS_CHOICE: Record<PeriodKind, string> = { month: "Tháng trước", quarter: "Quý trước", halfYear: "6 tháng trước", year: "Năm trước" };
