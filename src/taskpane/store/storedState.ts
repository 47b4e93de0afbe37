/**
 * The stored part (figures, writes, history, tracking choice, earlier periods) built from the pane's state, for every
 * save: «Cập nhật văn bản», review and form design alike, so data a save keeps cannot be dropped by another.
 */
import type { ReportDefinition } from "../../domain/report";
import { samePeriod } from "../../domain/periodKinds";
import { emptyStoredReport, storedReportToXml, type ChosenFigure, type StoredReport } from "../../domain/storedReport";
import { carriedForm } from "./formActions";
import type { WritePlan } from "../../office/gateway";
import type { AppState } from "./types";

/** The clerk's own choices as the stored part keeps them (StoredReport.chosen). */
function chosenOf(state: Pick<AppState, "chosenFigures">): Record<string, ChosenFigure> {
  return Object.fromEntries(
    Object.entries(state.chosenFigures ?? {}).flatMap(([id, c]) =>
      c ? [[id, { text: c.text, ...(c.before !== undefined ? { before: c.before } : {}), ...(c.place !== undefined ? { place: c.place } : {}) }]] : [],
    ),
  );
}

export function storedXmlOf(state: AppState, patch: Partial<StoredReport> = {}): string {
  const stored: StoredReport = {
    ...emptyStoredReport(state.documentPeriod ?? state.period),
    figures: state.raw,
    written: state.baseline,
    history: state.history,
    unconfirmed: state.unconfirmed,
    keptStyles: state.keptStyles,
    notStated: state.notStated,
    // The figures still to choose: a pane opened again has lost recognition's list and names them from here.
    unclear: state.unclear,
    // Her own choices, so that a reopened pane can still undo them (walk52, 4).
    chosen: chosenOf(state),
    trackChanges: state.trackChanges,
    // Earlier periods' figures for «So sánh» travel with every save.
    periods: state.periods,
    // The document keeps carrying its form with every save.
    form: carriedForm(state.report),
    // The sections open in «Số liệu»: the pane reopens as the clerk left it.
    openSections: state.openSections,
    // The box the clerk is typing in: a pane closed now reopens with her in it.
    ...(state.typingIn ? { typingIn: state.typingIn } : {}),
    // Another version's rows go back as they came: its leader's decisions outlive a save by this one.
    keptRows: state.keptRows,
    // A period chosen in the pane and not yet written is the clerk's decision: it survives closing the pane.
    ...(state.documentPeriod && !samePeriod(state.period, state.documentPeriod) ? { chosenPeriod: state.period } : {}),
    ...patch,
  };
  return storedReportToXml(stored);
}

/** The part saved with a form designed in the pane: `definition`'s form, and only the figures of its fields. */
export function storedXmlForForm(state: AppState, definition: ReportDefinition, raw: AppState["raw"], baseline: AppState["baseline"]): string {
  const has = ([id]: [string, unknown]) => definition.byId.has(id);
  return storedXmlOf(state, {
    figures: Object.fromEntries(Object.entries(raw).filter(has)),
    written: Object.fromEntries(Object.entries(baseline).filter(has)),
    unconfirmed: state.unconfirmed.filter((id) => definition.byId.has(id)),
    unclear: state.unclear.filter((id) => definition.byId.has(id)),
    chosen: Object.fromEntries(Object.entries(chosenOf(state)).filter(has)),
    form: carriedForm(definition),
  });
}

/** A write plan that saves the stored part alone (a choice, a decision, earlier periods): no control is touched. */
export const storedOnly =
  (storedXml: () => string) =>
  (): WritePlan => ({ texts: new Map(), storedXml: storedXml(), trackChanges: false });
