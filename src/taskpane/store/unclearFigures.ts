/**
 * The figures recognition left unclear, as the pane keeps them between sessions (`unclear`, stored as «chuaRo»): each
 * once, in the form's order, so the list reads the same however the clerk's choices and undos came.
 */
import type { ReportDefinition } from "../../domain/report";
import type { FieldId } from "../../domain/types";

export function inFormOrder(report: ReportDefinition, ids: readonly FieldId[]): FieldId[] {
  const wanted = new Set(ids);
  return report.fields.filter((f) => wanted.has(f.id)).map((f) => f.id);
}

/** A choice undone (a binding, «không nêu»): the figure is unclear again. */
export function unclearAgain(report: ReportDefinition, unclear: readonly FieldId[], field: FieldId): FieldId[] {
  return inFormOrder(report, [...unclear, field]);
}

/** A number chosen, or the document said not to state it: no longer to choose. */
export function decided(unclear: readonly FieldId[], field: FieldId): FieldId[] {
  return unclear.filter((id) => id !== field);
}
