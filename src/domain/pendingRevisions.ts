/**
 * Under Track Changes, Word's `ContentControl.text` still contains the text tracked as deleted, in front of the text
 * tracked as inserted: a figure refreshed from 55 to 56 reads "5556" until a leader accepts or rejects it. Reading
 * the reviewed text instead would cost a second sync per read, so the pane recognises that shape here: an earlier
 * value (or several, after repeated refreshes) followed by what the add-in last wrote is that last value, not a
 * hand edit.
 */
import type { HistoryEntry } from "./storedReport";
import type { FieldId } from "./types";

/** The text a control shows once pending deletions are set aside, or the text itself when it has no such shape. */
export function reviewedText(text: string, written: string | undefined, earlier: ReadonlySet<string>): string {
  if (written === undefined || written === "" || text === written || !text.endsWith(written)) return text;
  const deleted = text.slice(0, text.length - written.length);
  return isMadeOf(deleted, earlier) ? written : text;
}

/**
 * Whether `text` is one or more of `parts` end to end. Only starts within the longest part of the end are tried:
 * trying every start made a hand-typed control of 100,000 characters take hours (cubic in its length).
 */
function isMadeOf(text: string, parts: ReadonlySet<string>): boolean {
  let longest = 0;
  for (const part of parts) longest = Math.max(longest, part.length);
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= text.length; end += 1) {
    for (let start = Math.max(0, end - longest); start < end && !reachable[end]; start += 1) {
      reachable[end] = reachable[start]! && parts.has(text.slice(start, end));
    }
  }
  return text.length > 0 && reachable[text.length]!;
}

export function withReviewedTexts<T extends { tag: FieldId; text: string }>(
  controls: readonly T[],
  written: Readonly<Record<FieldId, string>>,
  history: readonly HistoryEntry[],
): T[] {
  const earlier = new Map<FieldId, Set<string>>();
  for (const entry of history) {
    const values = earlier.get(entry.field) ?? new Set<string>();
    values.add(entry.from).add(entry.to);
    earlier.set(entry.field, values);
  }
  return controls.map((control) => {
    const text = reviewedText(control.text, written[control.tag], earlier.get(control.tag) ?? new Set());
    return text === control.text ? control : { ...control, text };
  });
}

/**
 * The paragraphs as the document reads once its pending changes to our controls are set aside: Word's paragraph text
 * holds the tracked deletion too (office-js#1267), so a share refreshed from 19 to 20 reads «1920» there, and the
 * text's checks added «1920» into a table's column (walk50). Each control's text is replaced where the paragraphs
 * show it, in document order, once. `reviewed` are the same controls as `controls`, read as withReviewedTexts gives.
 */
export function paragraphsAsReviewed(
  paragraphs: readonly string[],
  controls: readonly { text: string }[],
  reviewed: readonly { text: string }[],
): string[] {
  const out = [...paragraphs];
  let at = 0;
  let from = 0;
  controls.forEach((control, i) => {
    const text = reviewed[i]?.text ?? control.text;
    if (control.text === "") return;
    for (let p = at; p < out.length; p += 1) {
      const found = out[p]!.indexOf(control.text, p === at ? from : 0);
      if (found < 0) continue;
      out[p] = out[p]!.slice(0, found) + text + out[p]!.slice(found + control.text.length);
      at = p;
      from = found + text.length;
      return;
    }
  });
  return out;
}
