/**
 * Figures the clerk emptied in the pane while the document still shows a number for them. An update writes no empty
 * text over a figure (the plan has nothing to write), so the report keeps its old number: the notice names each one.
 */
import type { Values } from "../../domain/compute";
import { parseField } from "../../domain/fieldValues";
import type { ReportDefinition } from "../../domain/report";
import type { FieldDef, FieldId } from "../../domain/types";
import type { KeptFigure } from "./messages";
import { isPlaceholder } from "../../domain/placeholder";

export function keptFigures(
  report: ReportDefinition,
  values: Values,
  blocked: readonly FieldId[],
  controls: readonly { tag: string; text: string }[],
): KeptFigure[] {
  const shown = new Map<FieldId, Set<string>>();
  for (const control of controls) {
    const field = report.byId.get(control.tag);
    if (!field || field.formula || blocked.includes(field.id) || (values.get(field.id) ?? null) !== null) continue;
    shown.set(field.id, (shown.get(field.id) ?? new Set()).add(control.text.trim()));
  }
  // Controls that disagree («2026» here, «2025» there) are their own warning, not a figure the clerk emptied; a new
  // report's «…» or an empty control is no number the clerk could have meant to keep.
  const kept = new Map<FieldId, string>();
  for (const [id, texts] of shown) {
    const [text] = texts;
    if (texts.size === 1 && text !== undefined && shownFigure(report.byId.get(id)!, text)) kept.set(id, text);
  }
  return [...kept].map(([field, text]) => ({ field, text }));
}

/** A number (or text) a clerk could have meant, not a new report's «…» placeholder (domain/template/paragraphs.ts). */
export function shownFigure(field: FieldDef, text: string): boolean {
  const shown = parseField(field, text);
  return !isPlaceholder(text) && shown.ok && shown.value !== null;
}
