/** The stored part (figures, writes, history, tracking choice, earlier periods) built from the pane's state, for every save. */
import { emptyStoredReport, storedReportToXml, type StoredReport } from "../../domain/storedReport";
import { carriedForm } from "./formActions";
import type { AppState } from "./types";

export function storedXmlOf(state: AppState, patch: Partial<StoredReport> = {}): string {
  const stored: StoredReport = {
    ...emptyStoredReport(state.documentPeriod ?? state.period),
    figures: state.raw,
    written: state.baseline,
    history: state.history,
    unconfirmed: state.unconfirmed,
    trackChanges: state.trackChanges,
    // Earlier periods' figures for «So sánh» travel with every save.
    periods: state.periods,
    // The document keeps carrying its form with every save.
    form: carriedForm(state.report),
    ...patch,
  };
  return storedReportToXml(stored);
}
