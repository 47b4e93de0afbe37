/**
 * What the task pane takes from the import engine. The store loads this module with a dynamic import, so the
 * engine (patterns, citation rules) stays out of the first-load bundle.
 */
export { planBinding } from "./paneBinding";
export type { BindingPlan, BindingSummary, BoundFigure, UnboundFigure } from "./paneBinding";
export { checkText } from "./paneCheck";
export type { TextCheckItem } from "./paneCheck";
export { uncheckedChecks } from "./notChecked";
export type { UncheckedItem } from "./notChecked";
export { chosenInput } from "./paneChoices";
export type { FigureChoice } from "./paneChoices";
export type { ParagraphShape } from "./paneText";
export { betterForm } from "./formFit";
export type { FormFit } from "./formFit";
