/**
 * Computed figures whose text in the document the add-in may not take as its own. Walk finding (walk42, monthly
 * 1096): recognition bound the month's «Tổng số lượt» to «Ban Tiếp công dân tỉnh tiếp thường xuyên 132 lượt», which
 * the report counts apart; the pane computed 107 from the three levels, and the next «Cập nhật văn bản» rewrote a
 * correct sentence. A total the add-in never wrote that does not add up is either the report's own slip or a number
 * recognition took from the wrong place, and only the clerk knows which: it is asked about, not replaced.
 *
 * A share that is off by less than one point is kept as before, the report's rounding or arithmetic slip (the
 * reference report's «9,7%» for 9,82%), corrected on update like any stale share, shown as a tracked change. A total,
 * a count of a list, or a share off by a point or more is the clerk's question. So is one recognition has just bound
 * whose parts the pane does not have yet: nothing says the number found is the figure, so typing the parts later asks
 * before writing. A control already in the document when the pane opens, its parts unknown (a list written twice in
 * two styles), is the document's as before: it was placed there, not guessed.
 */
import type { Values } from "./compute";
import { parseWritten, showsValue } from "./fieldValues";
import type { ReportDefinition } from "./report";
import type { FieldDef, FieldId, FieldValue } from "./types";

/** Percentage points within which a share is the report's rounding or slip, not a number from another place. */
const SHARE_SLIP = 1;

/** Whether `text`, written where computed `field` is, can be taken for it given the value its parts give. */
export function agreesWithParts(field: FieldDef, text: string, value: FieldValue | null, unknownAgrees = false): boolean {
  if (value === null || value.kind !== "number") return unknownAgrees;
  if (showsValue(field, text, value)) return true;
  const read = parseWritten(field, text);
  if (!read.ok || read.value?.kind !== "number") return false;
  const written = read.value.value;
  return field.formula?.op === "percentOf" ? Math.abs(written - value.value) < SHARE_SLIP : written === value.value;
}

/**
 * The computed fields among `controls` whose text is neither known to the add-in (`known`: what it wrote or agreed
 * with) nor what the figures give: their document text is not to be taken as agreed, so an update asks first.
 * `found`: the controls were just bound by recognition, so one whose parts are unknown is doubted too.
 */
export function unconfirmedComputed(
  report: ReportDefinition,
  values: Values,
  controls: readonly { tag: FieldId; text: string }[],
  known: Readonly<Record<FieldId, string>>,
  found = false,
): Set<FieldId> {
  const doubted = new Set<FieldId>();
  for (const control of controls) {
    const field = report.byId.get(control.tag);
    if (!field?.formula || field.formula.op === "period" || known[control.tag] !== undefined) continue;
    if (!agreesWithParts(field, control.text, values.get(field.id) ?? null, !found)) doubted.add(field.id);
  }
  return doubted;
}

/** `agreed` without the fields in `doubted`. */
export function withoutDoubted(agreed: Readonly<Record<FieldId, string>>, doubted: ReadonlySet<FieldId>): Record<FieldId, string> {
  return Object.fromEntries(Object.entries(agreed).filter(([id]) => !doubted.has(id)));
}
