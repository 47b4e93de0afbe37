/** Turns recognised figures into what the rest of the domain takes: typed figures and document observations. */
import type { Observation } from "../documentCheck";
import type { ReportDefinition } from "../report";
import type { FieldId } from "../types";
import type { RawFigures } from "../validate";
import type { Recognitions } from "./types";

/**
 * The typed figures as the pane would hold them. Where a figure is written in several places the first one (in
 * document order) is taken; the others are compared with it by checkDocument.
 */
export function recognizedFigures(report: ReportDefinition, recognitions: Recognitions): RawFigures {
  const raw: Record<FieldId, string> = {};
  for (const field of report.fields) {
    const recognition = recognitions.get(field.id);
    if (field.formula || recognition?.state !== "bound") continue;
    raw[field.id] = recognition.occurrences[0]!.input;
  }
  return raw;
}

/** Every bound place, typed and computed, as checkDocument observations. */
export function recognizedObservations(recognitions: Recognitions): Map<FieldId, Observation[]> {
  const observations = new Map<FieldId, Observation[]>();
  for (const [id, recognition] of recognitions) {
    if (recognition.state !== "bound") continue;
    observations.set(id, recognition.occurrences.map((o) => ({ text: o.text, where: o.where })));
  }
  return observations;
}

/** Where the form's figures are written: statements made only of those are checked by the form's own rules. */
export function boundStarts(recognitions: Recognitions): Set<number> {
  const starts = new Set<number>();
  for (const r of recognitions.values()) if (r.state === "bound") for (const o of r.occurrences) starts.add(o.start);
  return starts;
}
