/**
 * The values a comparison puts side by side: this period's, the previous period's and the same period's of the
 * year before, from what the document knows. Figures carried over by «Chuyển sang quý sau» and not yet confirmed
 * are left out of this period: they are last quarter's numbers, and would read as "không thay đổi".
 */
import type { Values } from "../compute";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import type { RawFigures } from "../validate";
import { periodValues } from "./compare";
import type { DerivedTags } from "../updatePlan";
import { phraseTags } from "./phrase";
import { figuresOf, previousPeriod, samePeriodLastYear, type PeriodFigures } from "./periods";

export interface ComparedValues {
  current: Values;
  previous: Values | null;
  lastYear: Values | null;
}

export interface ComparedState {
  report: ReportDefinition;
  period: Period;
  raw: RawFigures;
  unconfirmed: readonly FieldId[];
  periods: readonly PeriodFigures[];
}

export function confirmedFigures(raw: RawFigures, unconfirmed: readonly FieldId[]): RawFigures {
  if (unconfirmed.length === 0) return raw;
  const pending = new Set(unconfirmed);
  return Object.fromEntries(Object.entries(raw).filter(([id]) => !pending.has(id)));
}

/** The update plan's phrase tags for this state (loaded by the store only when the document knows earlier periods). */
export function statePhraseTags(state: ComparedState): DerivedTags {
  const values = comparedValues(state);
  return phraseTags(state.report, values.current, { ...values, period: state.period });
}

export function comparedValues({ report, period, raw, unconfirmed, periods }: ComparedState): ComparedValues {
  const valuesOf = (when: Period): Values | null => {
    const figures = figuresOf(periods, when);
    return figures ? periodValues(report, figures, when) : null;
  };
  return {
    current: periodValues(report, confirmedFigures(raw, unconfirmed), period),
    previous: valuesOf(previousPeriod(period)),
    lastYear: valuesOf(samePeriodLastYear(period)),
  };
}
