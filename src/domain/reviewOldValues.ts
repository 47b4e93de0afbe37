/**
 * The old value of a figure under review when Word does not give it: Word on Mac returns "" as the text of a tracked
 * deletion (OfficeDev/office-js#5178, #5188). The history stored in the document records every value the add-in
 * wrote, so the value replaced by the pending one is the `from` of the latest entry that wrote it.
 */
import type { HistoryEntry } from "./storedReport";
import type { FieldId } from "./types";

interface Pending {
  tag: FieldId;
  deleted: string;
  inserted: string;
  deletions: number;
}

/** Fills `deleted` from the history where Word left it empty although it reported a deletion; `oldFromHistory` marks it. */
export function withOldValues<T extends Pending>(changes: readonly T[], history: readonly HistoryEntry[]): (T & { oldFromHistory?: boolean })[] {
  return changes.map((change) => {
    if (change.deleted !== "" || change.deletions === 0) return change;
    const entry = [...history].reverse().find((h) => h.field === change.tag && h.to === change.inserted && h.from !== "");
    return entry ? { ...change, deleted: entry.from, oldFromHistory: true } : change;
  });
}
