/**
 * Whose each problem is (domain/problemOrigin.ts), from the store's state: the summary's two lists and the line under
 * each box say the same. The fields the add-in has written are taken from the history once per history, not once per
 * box and keystroke (a document can carry thousands of entries).
 */
import { inputsOf } from "../../domain/compute";
import { asReadFromDocument, problemOrigin, type ProblemOrigin } from "../../domain/problemOrigin";
import type { FieldId, Formula, Problem } from "../../domain/types";
import { latestEntries } from "../../domain/rejectedChanges";
import type { HistoryEntry } from "../../domain/storedReport";
import type { AppState } from "./types";

const writtenByHistory = new WeakMap<readonly HistoryEntry[], ReadonlySet<FieldId>>();

/** The fields the add-in wrote (a leader's decisions are not writes of the clerk's). */
function writtenFields(history: readonly HistoryEntry[]): ReadonlySet<FieldId> {
  let written = writtenByHistory.get(history);
  if (!written) {
    written = new Set(history.filter((h) => !h.decision).map((h) => h.field));
    writtenByHistory.set(history, written);
  }
  return written;
}

const rejectedByHistory = new WeakMap<readonly HistoryEntry[], ReadonlySet<FieldId>>();

/** The fields a leader's rejection was the last word on. */
function rejectedFields(history: readonly HistoryEntry[]): ReadonlySet<FieldId> {
  let rejected = rejectedByHistory.get(history);
  if (!rejected) {
    rejected = new Set([...latestEntries(history)].filter(([, e]) => e.decision === "rejected").map(([id]) => id));
    rejectedByHistory.set(history, rejected);
  }
  return rejected;
}

/**
 * The box a problem sends the clerk to: after a leader's rejection, the figure the rejection kept, where the rule can
 * be put right (walk52, 8: «Sửa trước» named the figure the leader had accepted); otherwise the problem's first.
 */
export function fieldToOpen(state: Pick<AppState, "history">, problem: Problem, origin: ProblemOrigin): FieldId {
  if (origin === "decision") {
    const rejected = rejectedFields(state.history);
    const kept = problem.fields.find((id) => rejected.has(id));
    if (kept !== undefined) return kept;
  }
  return problem.fields[0]!;
}

export function originsOf(state: Pick<AppState, "report" | "raw" | "observations" | "history">, problems: readonly Problem[]): ProblemOrigin[] {
  const inputs = { raw: state.raw, observations: state.observations, written: writtenFields(state.history), rejected: rejectedFields(state.history) };
  return problems.map((p) => problemOrigin(state.report, p, inputs));
}

/**
 * The box a computed figure's hint sends the clerk to when an error touches its inputs. Walk finding (walk70, held-out
 * 613): a new clerk typed 1.600 resolved dossiers against 1.318 received; the share under it said it was computed from
 * an error in «Hồ sơ tiếp nhận», the box she had not touched (the report's own sum was off there too), so she looked
 * for the fault in the wrong place. The input she typed herself, with an error on it, is named first; otherwise the
 * first figure of the first error, as before.
 */
export function erroredInputOf(state: Pick<AppState, "report" | "raw" | "observations" | "history" | "review">, formula: Formula): FieldId | undefined {
  const inputs = inputsOf(formula);
  const errors = state.review.problems.filter((p) => p.severity === "error" && p.fields.some((f) => inputs.includes(f)));
  if (errors.length === 0) return undefined;
  const origin = { raw: state.raw, observations: state.observations, written: writtenFields(state.history) };
  const typed = inputs.find((id) => errors.some((p) => p.fields.includes(id)) && !asReadFromDocument(state.report, id, origin));
  return typed ?? errors[0]!.fields[0];
}
