/**
 * The figures the document shows while the pane holds a typed value that cannot be used («abc», a count over its
 * limit): a check that needs one lacks it because of the typing, and the pane says so with the figure's own check and
 * the document's number, never that the figure is missing (domain/import/notChecked.ts).
 */
import type { Observation } from "../../domain/documentCheck";
import type { ImpossibleFigure } from "../../domain/import/notChecked";
import { isPlaceholder } from "../../domain/placeholder";
import type { FieldId, FieldValue, Problem } from "../../domain/types";

export interface ImpossibleSource {
  raw: Readonly<Record<FieldId, string>>;
  review: { values: ReadonlyMap<FieldId, FieldValue | null>; problems: readonly Problem[] };
  observations: ReadonlyMap<FieldId, readonly Observation[]>;
}

export function impossibleFigures(state: ImpossibleSource): (id: FieldId) => ImpossibleFigure | null {
  return (id) => {
    const typed = state.raw[id]?.trim() ?? "";
    if (typed === "" || (state.review.values.get(id) ?? null) !== null) return null;
    const shown = state.observations.get(id)?.find((o) => o.text.trim() !== "" && !isPlaceholder(o.text))?.text.trim();
    const reason = state.review.problems.find((p) => p.key === `field:${id}`)?.message;
    return shown !== undefined && reason !== undefined ? { typed, reason, shown } : null;
  };
}
