/**
 * Whose each problem is (domain/problemOrigin.ts), from the store's state: the summary's two lists and the line under
 * each box say the same. The fields the add-in has written are taken from the history once per history, not once per
 * box and keystroke (a document can carry thousands of entries).
 */
import { problemOrigin, type ProblemOrigin } from "../../domain/problemOrigin";
import type { HistoryEntry } from "../../domain/storedReport";
import type { FieldId, Problem } from "../../domain/types";
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

export function originsOf(state: Pick<AppState, "report" | "raw" | "observations" | "history">, problems: readonly Problem[]): ProblemOrigin[] {
  const inputs = { raw: state.raw, observations: state.observations, written: writtenFields(state.history) };
  return problems.map((p) => problemOrigin(state.report, p, inputs));
}
