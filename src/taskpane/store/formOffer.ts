/**
 * Recognition on the wrong form (fix44E): a monthly citizen-reception report recognised with the pane on the
 * quarterly form bound nothing and said nothing of the monthly form that ships with the add-in. Recognition now
 * weighs the other built-in forms on its own read and asks before writing anything of the form in use. Loaded with
 * recognition, never with the pane.
 */
import type { ReportDefinition } from "../../domain/report";
import { FORM_CATALOG, loadBuiltInDefinition } from "../../forms/builtIn";
import type { AppState, FormOffer } from "./types";

/**
 * The forms recognition weighs against the one in use: the built-in ones with another tag prefix (the form in use
 * changed by the clerk keeps its built-in's prefix, and is not offered its own original). The pane keeps no library
 * of forms of the clerk's own: a form she made travels in its document, where it is the form in use.
 */
export function otherForms(report: ReportDefinition): Promise<ReportDefinition[]> {
  return Promise.all(FORM_CATALOG.filter((entry) => entry.tagPrefix !== report.tagPrefix).map((entry) => loadBuiltInDefinition(entry.id)));
}

/**
 * Whether the clerk has anything on the form in use that a switch would drop: figures typed or kept, decisions, a
 * history, earlier periods, or (in `controls`, the read's) a control of the form. Then the document is being worked
 * on this form: nothing is offered, and a switch is refused.
 */
export function workOnForm(state: AppState, controls: ReadonlyArray<{ tag: string }> = []): boolean {
  return (
    Object.values(state.raw).some((text) => text.trim() !== "") ||
    Object.keys(state.baseline).length > 0 ||
    Object.keys(state.chosenFigures).length > 0 ||
    state.notStated.length + state.unconfirmed.length + state.keptStyles.length + state.history.length + state.periods.length > 0 ||
    controls.some((c) => state.report.byId.has(c.tag)) ||
    state.observations.size > 0
  );
}

/** What the pane asks, naming both forms and what each reads in the document. */
export function formOfferText(offer: FormOffer, inUse: ReportDefinition): string {
  return (
    `Văn bản này giống mẫu «${offer.report.title}» hơn: đọc được ${offer.found} số liệu (mẫu đang chọn: ${offer.current}). ` +
    `Mẫu đang chọn là «${inUse.title}». Chưa ghi gì vào văn bản.`
  );
}
