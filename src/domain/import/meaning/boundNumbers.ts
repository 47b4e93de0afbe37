/**
 * The number a recognised place reads for its field, and the one number a bound figure reads everywhere: what the
 * form's sums and shares are checked with after scoring (percentArithmetic.ts, sumsSettle.ts).
 */
import { parseField } from "../../fieldValues";
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { Occurrence, Recognition } from "../types";

export function numberIn(field: FieldDef, o: Occurrence): number | null {
  const parsed = parseField(field, o.input);
  return parsed.ok && parsed.value?.kind === "number" ? parsed.value.value : null;
}

/** The one value every place of a bound figure reads, or null. */
export function boundValue(report: ReportDefinition, result: ReadonlyMap<FieldId, Recognition>, id: FieldId): number | null {
  const r = result.get(id);
  const field = report.byId.get(id);
  if (r?.state !== "bound" || !field) return null;
  const values = new Set(r.occurrences.map((o) => numberIn(field, o)));
  const [only] = values;
  return values.size === 1 && only !== undefined ? only : null;
}
