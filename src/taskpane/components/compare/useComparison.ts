/** The comparison the «So sánh» tab shows, recomputed only when the figures, the period or the known periods change. */
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { compareFigures, type ComparisonRow } from "../../../domain/comparison/compare";
import { comparedValues, type ComparedState } from "../../../domain/comparison/earlier";
import { useAppStore } from "../../store/StoreContext";

export function useComparedState(): ComparedState {
  return useAppStore(
    useShallow((s) => ({ report: s.report, period: s.period, raw: s.raw, unconfirmed: s.unconfirmed, periods: s.periods })),
  );
}

export function useComparison(): { state: ComparedState; rows: ComparisonRow[]; knowsPrevious: boolean; knowsLastYear: boolean } {
  const state = useComparedState();
  return useMemo(() => {
    const values = comparedValues(state);
    const rows = compareFigures({ report: state.report, ...values });
    return { state, rows, knowsPrevious: values.previous !== null, knowsLastYear: values.lastYear !== null };
  }, [state]);
}
