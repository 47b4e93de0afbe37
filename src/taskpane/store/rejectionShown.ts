/**
 * A leader's rejection said where the clerk looks. Walk finding (walk42, 2): a leader rejected the clerk's 04 → 05 in
 * «Duyệt»; her box went back to 04 under «Trong văn bản: 1 chỗ», and only «Lịch sử» said that 05 had been refused.
 * The box now says it while the rejection is the figure's last word in the history and the box still holds what the
 * document kept (or nothing): once she types another figure, or writes one, it is a new change.
 */
import { parseField, readsAs } from "../../domain/fieldValues";
import { latestEntries } from "../../domain/rejectedChanges";
import type { HistoryEntry } from "../../domain/storedReport";
import type { FieldId } from "../../domain/types";
import type { AppState } from "./types";

/** The rejection to say under a typed figure's box, or null. */
export function rejectionShown(state: Pick<AppState, "report" | "raw" | "history">, id: FieldId): HistoryEntry | null {
  const field = state.report.byId.get(id);
  const entry = latestEntries(state.history).get(id);
  if (!field || field.formula || entry?.decision !== "rejected") return null;
  const typed = (state.raw[id] ?? "").trim();
  if (typed === "") return entry;
  const value = parseField(field, typed);
  return value.ok && value.value !== null && readsAs(field, entry.from, value.value) ? entry : null;
}
