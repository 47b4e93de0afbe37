/** Reading a recognition result in tests, which name fields by their label, never their id. */
import { recognizeFigures } from "../../src/domain/import/recognize";
import type { Recognition } from "../../src/domain/import/types";
import type { ReportDefinition } from "../../src/domain/report";
import type { FieldDef } from "../../src/domain/types";
import { REPORT } from "./forms";

/** The field of a form (the reference form unless said) whose label is `label`. */
export function byLabel(label: string, report: ReportDefinition = REPORT): FieldDef {
  const field = report.fields.find((f) => f.label === label);
  if (!field) throw new Error(label);
  return field;
}

/** `text` recognised under `report`: what each field, named by its label, was bound to. */
export function boundByLabel(text: string, report: ReportDefinition): (label: string) => string | null {
  const r = recognizeFigures(text, report);
  return (label) => boundValue(r.get(byLabel(label, report).id));
}

/** What a field was bound to, as typed («a|b» for several places), or null when it was not bound. */
export function boundValue(r: Recognition | undefined): string | null {
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : null;
}
