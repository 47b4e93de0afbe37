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

/** The staff section's four quota figures, by a short name each. */
export const STAFF_LABELS = {
  ccGiao: "Biên chế công chức được giao",
  ccCo: "Công chức đang thực hiện",
  snGiao: "Biên chế sự nghiệp được giao",
  snCo: "Biên chế sự nghiệp đang thực hiện",
} as const;
export type StaffFigures = Record<keyof typeof STAFF_LABELS, string | null>;

/** `text` recognised under the staff section's heading: the four quota figures bound, and each one's state. */
export function staffFigures(text: string): { values: StaffFigures; states: Record<keyof typeof STAFF_LABELS, string | undefined> } {
  const r = recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${text}\n`, REPORT);
  const keys = Object.keys(STAFF_LABELS) as (keyof typeof STAFF_LABELS)[];
  const of = (k: keyof typeof STAFF_LABELS) => r.get(byLabel(STAFF_LABELS[k]).id);
  const values = Object.fromEntries(keys.map((k) => [k, boundValue(of(k))])) as StaffFigures;
  const states = Object.fromEntries(keys.map((k) => [k, of(k)?.state])) as Record<keyof typeof STAFF_LABELS, string | undefined>;
  return { values, states };
}
