/**
 * A leader's rejection of a change to a figure nobody types (a share the add-in corrected to match the report's own
 * figures: «Tỷ lệ trả sớm hạn» 7,80% → 7,79%). A typed figure's box goes back to the document's value when its change
 * is rejected, so the next update has nothing to write; a computed figure has no box, and the same figures give the
 * same correction, which «Cập nhật văn bản» wrote again without a question, undoing the leader's decision. Such a
 * rejection stands while the update would make exactly the change rejected; new figures, giving another value, are a
 * new change. The history, saved in the document, is all it needs, so it survives closing the pane.
 */
import { inputsOf } from "./compute";
import type { ReportDefinition } from "./report";
import type { HistoryEntry } from "./storedReport";
import type { FieldId } from "./types";
import type { FieldChange } from "./updatePlan";

/** The typed figures a computed one is made from, through the computed ones between them. */
function typedInputs(report: ReportDefinition, id: FieldId, seen = new Set<FieldId>()): Set<FieldId> {
  const typed = new Set<FieldId>();
  const formula = report.byId.get(id)?.formula;
  if (!formula) return typed;
  for (const input of inputsOf(formula)) {
    if (seen.has(input)) continue;
    seen.add(input);
    if (report.byId.get(input)?.formula) typedInputs(report, input, seen).forEach((t) => typed.add(t));
    else typed.add(input);
  }
  return typed;
}

const latestByHistory = new WeakMap<readonly HistoryEntry[], ReadonlyMap<FieldId, HistoryEntry>>();

/** Each figure's last entry in the history, once per history (the pane's boxes ask at every keystroke). */
export function latestEntries(history: readonly HistoryEntry[]): ReadonlyMap<FieldId, HistoryEntry> {
  let latest = latestByHistory.get(history);
  if (!latest) {
    latest = new Map(history.map((entry) => [entry.field, entry]));
    latestByHistory.set(history, latest);
  }
  return latest;
}

/**
 * Per computed figure, the change a leader rejected last that nothing since has replaced. Not when the rejection took
 * one of the figure's typed inputs with it (they are reviewed as a group): that input's box went back to the document,
 * so the computed figure follows, and typing the input again is the clerk's new decision, to be written whole. Nor for
 * the period's texts: the pane's period goes back to the document's on their rejection, as a typed figure does.
 */
export function standingRejections(report: ReportDefinition, history: readonly HistoryEntry[]): Map<FieldId, FieldChange> {
  const latest = latestEntries(history);
  const standing = new Map<FieldId, FieldChange>();
  for (const [id, entry] of latest) {
    const formula = report.byId.get(id)?.formula;
    // The clerk's «Giữ» for a total that does not add up stands the same way, for the same two numbers (fix44C).
    if (entry.decision === "kept") standing.set(id, { field: id, from: entry.from, to: entry.to, kept: true });
    if (entry.decision !== "rejected" || !formula || formula.op === "period") continue;
    const inputs = typedInputs(report, id);
    const withInput = history.some((e) => e.decision === "rejected" && e.at === entry.at && inputs.has(e.field));
    if (!withInput) standing.set(id, { field: id, from: entry.from, to: entry.to });
  }
  return standing;
}
