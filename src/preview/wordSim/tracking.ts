/**
 * Track Changes inside one control, as pure functions over its segments. Word keeps a deletion and an insertion as
 * two separate revisions, so one tracked Replace yields two changes.
 */
import type { Segment, TrackedChangeInfo, TrackedChangeType } from "./types";

export type MakeChange = (type: TrackedChangeType) => TrackedChangeInfo;

/** Untracked Replace: the control holds exactly the new text, pending revisions included (Word drops them too). */
export function replacePlain(text: string): Segment[] {
  return text === "" ? [] : [{ text }];
}

/**
 * Tracked Replace: live text becomes a deletion, and the new text an insertion. An insertion still pending is
 * removed outright, as Word does when you delete text you inserted yourself under tracking.
 */
export function replaceTracked(segments: readonly Segment[], text: string, make: MakeChange): Segment[] {
  const kept: Segment[] = [];
  const deleted = segments.filter((s) => !s.change).map((s) => s.text).join("");
  for (const segment of segments) {
    if (segment.change?.type === "Deleted") kept.push(segment);
  }
  if (deleted !== "") kept.push({ text: deleted, change: make("Deleted") });
  if (text !== "") kept.push({ text, change: make("Added") });
  return kept;
}

/** Accepting keeps an insertion and drops a deletion; rejecting does the opposite. Null: no such change here. */
export function resolveChange(segments: readonly Segment[], changeId: number, accept: boolean): Segment[] | null {
  const target = segments.find((s) => s.change?.id === changeId);
  if (!target?.change) return null;
  const keep = (target.change.type === "Added") === accept;
  return merge(segments.flatMap((s) => (s !== target ? [s] : keep ? [{ text: s.text }] : [])));
}

/** Adjacent plain segments merge so the control's text stays one run, as it would in Word. */
function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out[out.length - 1];
    if (last && !last.change && !segment.change) out[out.length - 1] = { text: last.text + segment.text };
    else out.push(segment);
  }
  return out;
}

/** What Word's `text` returns: with markup shown, Word's range text still contains tracked deletions. */
export function segmentsText(segments: readonly Segment[], includeDeleted: boolean): string {
  return segments
    .filter((s) => includeDeleted || s.change?.type !== "Deleted")
    .map((s) => s.text)
    .join("");
}
