/**
 * Word's `contentControl.text` keeps tracked deletions (Word desktop, All Markup; the simulation does the same, see
 * docs/word-simulation.md). After a tracked refresh "04" → "05" the control reads "0405" until someone accepts or
 * rejects the change. Read naively, the add-in's own pending write looks like a hand edit: the next update raises a
 * conflict and the pane reports that the document disagrees with the form. This module recognises that text.
 *
 * While our changes are pending, Word shows the oldest deleted text (a pending insertion of ours that is replaced
 * again is dropped, not deleted) followed by what we wrote last. So a control of field F reads `from + written[F]`,
 * where `from` is the old text of one of F's writes in the history. Reading the reviewed text instead
 * (`ContentControl.getReviewedText("Current")`, WordApi 1.4) would need a second read sync per operation.
 */
import type { HistoryEntry } from "./storedReport";
import type { FieldId } from "./types";

/** Per field, the texts that mean "our last write, still pending as a tracked change". */
export function pendingTrackedTexts(
  written: Readonly<Record<FieldId, string>>,
  history: readonly Pick<HistoryEntry, "field" | "from">[],
): Map<FieldId, Set<string>> {
  const pending = new Map<FieldId, Set<string>>();
  for (const entry of history) {
    const current = written[entry.field];
    if (current === undefined || entry.from === "") continue;
    const texts = pending.get(entry.field) ?? new Set<string>();
    texts.add(entry.from + current);
    pending.set(entry.field, texts);
  }
  return pending;
}

/** The controls as they will read once our pending changes are accepted: what the add-in wrote. */
export function withoutPendingDeletions<T extends { tag: FieldId; text: string }>(
  controls: readonly T[],
  written: Readonly<Record<FieldId, string>>,
  history: readonly Pick<HistoryEntry, "field" | "from">[],
): T[] {
  const pending = pendingTrackedTexts(written, history);
  return controls.map((control) =>
    pending.get(control.tag)?.has(control.text) ? { ...control, text: written[control.tag]! } : control,
  );
}
