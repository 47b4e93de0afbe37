/**
 * Starting next quarter's report from this one. The figures are kept as a draft (many, such as staff counts, rarely
 * change), but none of them is confirmed for the new quarter until the clerk has looked at it: the store shows them
 * as "chưa xác nhận cho quý mới" and the document check treats them as such.
 */
import { nextPeriod } from "../period";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import type { RawFigures } from "../validate";

export interface RollOverState {
  period: Period;
  figures: RawFigures;
}

export interface RollOverResult {
  /** The next quarter: Q4 of a year becomes Q1 of the next. */
  period: Period;
  /** The same figures, carried over as a draft. */
  figures: RawFigures;
  /** Every typed field of the report, in definition order: each needs the clerk's confirmation. */
  unconfirmed: FieldId[];
}

export function rollOver(state: RollOverState, report: ReportDefinition): RollOverResult {
  return {
    period: nextPeriod(state.period),
    figures: { ...state.figures },
    unconfirmed: report.fields.filter((field) => !field.formula).map((field) => field.id),
  };
}
