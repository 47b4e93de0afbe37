/** Reading a recognition result in tests, which name fields by their label, never their id. */
import type { Recognition } from "../../src/domain/import/types";
import type { FieldDef } from "../../src/domain/types";
import { REPORT } from "./forms";

/** The field of the reference form whose label is `label`. */
export function byLabel(label: string): FieldDef {
  const field = REPORT.fields.find((f) => f.label === label);
  if (!field) throw new Error(label);
  return field;
}

/** What a field was bound to, as typed («a|b» for several places), or null when it was not bound. */
export function boundValue(r: Recognition | undefined): string | null {
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : null;
}
