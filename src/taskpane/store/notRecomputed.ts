/**
 * Computed figures an update left as the document has them although a figure they are made from was just written:
 * the pane cannot compute them, a box they need being empty. Walk finding (walk42): with «Hồ sơ tiếp nhận» emptied,
 * 7.737 was written beside «chiếm 79,41%» (the share of the old 7.766) and the notice said nothing of it. The share is
 * not computed from the number the document still shows for the empty box: the clerk may have emptied it to drop it
 * (the notice tells her to delete it herself), and nothing is written that she did not give. It is named instead,
 * with the box it waits for and the text the document keeps.
 */
import { emptyInputs, inputsOf, type Values } from "../../domain/compute";
import { fieldName } from "../../domain/fieldName";
import { isPlaceholder } from "../../domain/placeholder";
import type { ReportDefinition } from "../../domain/report";
import type { FieldId, Formula } from "../../domain/types";
import type { UpdateDecision } from "../../domain/updatePlan";

export interface StaleFigure {
  field: FieldId;
  /** What the document still shows for it. */
  text: string;
  /** The empty boxes it needs. */
  empty: FieldId[];
}

/** The figures a computed one is made from, through the computed figures among them. */
function madeFrom(report: ReportDefinition, formula: Formula): FieldId[] {
  return inputsOf(formula).flatMap((id) => {
    const input = report.byId.get(id)?.formula;
    return [id, ...(input ? madeFrom(report, input) : [])];
  });
}

export function notRecomputed(
  report: ReportDefinition,
  values: Values,
  decision: Pick<UpdateDecision, "changes" | "blocked">,
  controls: readonly { tag: string; text: string }[],
): StaleFigure[] {
  const written = new Set(decision.changes.map((c) => c.field));
  const stale: StaleFigure[] = [];
  for (const field of report.fields) {
    const formula = field.formula;
    if (!formula || formula.op === "period" || (values.get(field.id) ?? null) !== null || decision.blocked.includes(field.id)) continue;
    if (!madeFrom(report, formula).some((id) => written.has(id))) continue;
    const texts = [...new Set(controls.filter((c) => c.tag === field.id && !isPlaceholder(c.text)).map((c) => c.text.trim()))];
    const empty = emptyInputs(report, values, formula);
    if (texts.length > 0 && empty.length > 0) stale.push({ field: field.id, text: texts.join(", "), empty });
  }
  return stale;
}

/** «Tỷ lệ đã giải quyết» không tính lại được vì ô «Hồ sơ tiếp nhận» trống; văn bản vẫn ghi 79,41%. */
export function notRecomputedSentence(report: ReportDefinition, stale: readonly StaleFigure[]): string {
  const named = stale.slice(0, 3).map((s) => {
    const boxes = s.empty.map((id) => `«${fieldName(report, id)}»`).join(", ");
    return `«${fieldName(report, s.field)}» không tính lại được vì ${s.empty.length > 1 ? "các ô" : "ô"} ${boxes} trống; văn bản vẫn ghi ${s.text}`;
  });
  const more = stale.length > 3 ? ` Còn ${stale.length - 3} số tự tính khác cũng chưa tính lại được như vậy.` : "";
  return `${named.join(". ")}.${more}`;
}
