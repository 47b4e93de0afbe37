/**
 * The figures of earlier periods that the document knows: kept by «Chuyển sang quý sau» or read from an earlier
 * report. Pure helpers over a chronologically sorted list; one entry per period.
 */
import type { FieldId, Period } from "../types";

export interface PeriodFigures {
  period: Period;
  /** What was typed for that period, as typed (the same shape as StoredReport.figures). */
  figures: Record<FieldId, string>;
}

/** A sortable number for a period: quarters of one year are consecutive. */
export const periodIndex = (period: Period): number => period.year * 4 + (period.quarter - 1);

export const samePeriod = (a: Period, b: Period): boolean => periodIndex(a) === periodIndex(b);

export function previousQuarter(period: Period): Period {
  return period.quarter === 1
    ? { quarter: 4, year: period.year - 1 }
    : { quarter: (period.quarter - 1) as Period["quarter"], year: period.year };
}

export const sameQuarterLastYear = (period: Period): Period => ({ quarter: period.quarter, year: period.year - 1 });

/** The list with `entry` in its place: a period already known is replaced, the order stays chronological. */
export function withPeriod(list: readonly PeriodFigures[], entry: PeriodFigures): PeriodFigures[] {
  const others = list.filter((known) => !samePeriod(known.period, entry.period));
  return [...others, entry].sort((a, b) => periodIndex(a.period) - periodIndex(b.period));
}

export function figuresOf(list: readonly PeriodFigures[], period: Period): Record<FieldId, string> | undefined {
  return list.find((known) => samePeriod(known.period, period))?.figures;
}

/** "Quý I/2026": how the pane and the exported columns name a period. */
export function periodName(period: Period): string {
  return `Quý ${["I", "II", "III", "IV"][period.quarter - 1]}/${period.year}`;
}
