/**
 * Starting next period's report from this one. The figures are kept as a draft (many, such as staff counts, rarely
 * change), but none of them is confirmed for the new period until the clerk has looked at it: the store shows them
 * as "chưa xác nhận cho kỳ mới" and the document check treats them as such. Figures the form says are carried from
 * the period just ended («Lượt tiếp tháng trước») take that period's value and need no confirmation.
 */
import { inputText } from "../fieldValues";
import { nextPeriod } from "../period";
import { periodShortName } from "../periodKinds";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import { validateFigures, type RawFigures } from "../validate";

export interface RollOverState {
  period: Period;
  figures: RawFigures;
}

export interface RollOverResult {
  /** The next period: the last of a year is followed by the first of the next. */
  period: Period;
  /** The same figures, carried over as a draft; carried fields hold the period just ended's values. */
  figures: RawFigures;
  /** Every typed field of the report that still needs the clerk's confirmation, in definition order. */
  unconfirmed: FieldId[];
}

export function rollOver(state: RollOverState, report: ReportDefinition): RollOverResult {
  const figures: Record<FieldId, string> = { ...state.figures };
  const carried = new Set<FieldId>();
  // Computed figures (a total) are carried too, so the values as the report showed them, not only what was typed.
  const values = report.fields.some((field) => field.carriedFrom) ? validateFigures(report, state.figures, state.period).values : new Map();
  for (const field of report.fields) {
    const from = field.carriedFrom;
    if (from === undefined || field.formula) continue;
    const source = from === "period" ? undefined : report.byId.get(from);
    const known = source ? values.get(from) : null;
    const value = from === "period" ? periodShortName(state.period) : source && known != null ? inputText(source, known) : undefined;
    // An empty or invalid source leaves the field empty: last period's comparison figure would be two periods old.
    if (value === undefined) delete figures[field.id];
    else {
      figures[field.id] = value;
      carried.add(field.id);
    }
  }
  return {
    period: nextPeriod(state.period),
    figures,
    // An optional figure left empty carries no draft: there is nothing to confirm, and the office may never state it.
    unconfirmed: report.fields
      .filter((field) => !field.formula && !carried.has(field.id) && !(field.optionalGroup !== undefined && (figures[field.id] ?? "").trim() === ""))
      .map((field) => field.id),
  };
}
