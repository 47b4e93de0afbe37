/**
 * Track Changes in the body's own text (outside controls), as pure functions over a paragraph's runs: text typed
 * or deleted by the user under tracking, and paragraphs inserted by `insertOoxml` while tracking is on
 * (OfficeDev/office-js#334: Word records inserted OOXML as a revision).
 */
import { runLength } from "./cursor";
import type { MakeChange } from "./tracking";
import type { DocRun } from "./types";

/** Splits the text run under `offset` so that a run boundary falls there (inside a control: nothing to split). */
export function cutAt(runs: DocRun[], offset: number): void {
  let start = 0;
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as DocRun;
    const end = start + runLength(run);
    if (run.kind === "text" && offset > start && offset < end) {
      const at = offset - start;
      runs.splice(index, 1, { ...run, text: run.text.slice(0, at) }, { ...run, text: run.text.slice(at) });
      return;
    }
    start = end;
  }
}

/** The text runs lying wholly inside [start, end), after cutting at both ends; null when a control is in the way. */
export function textRunsIn(runs: DocRun[], start: number, end: number): Extract<DocRun, { kind: "text" }>[] | null {
  cutAt(runs, start);
  cutAt(runs, end);
  const inside: Extract<DocRun, { kind: "text" }>[] = [];
  let pos = 0;
  for (const run of runs) {
    const length = runLength(run);
    if (pos >= start && pos + length <= end && length > 0) {
      if (run.kind === "control") return null;
      inside.push(run);
    }
    pos += length;
  }
  return inside;
}

/**
 * The user deletes [start, end) and types `inserted` there with tracking on: live text becomes a deletion, text
 * still pending as an insertion is removed outright (as Word does), and the new text follows as an insertion.
 */
export function editTracked(runs: DocRun[], start: number, end: number, inserted: string, make: MakeChange): boolean {
  const inside = textRunsIn(runs, start, end);
  if (!inside) return false;
  const deletion = make("Deleted");
  for (const run of inside) {
    if (run.change?.type === "Added") runs.splice(runs.indexOf(run), 1);
    else if (!run.change) run.change = deletion;
  }
  if (inserted !== "") {
    const after = inside.length > 0 ? runs.indexOf(inside[inside.length - 1]!) + 1 : indexAt(runs, start);
    runs.splice(after, 0, { kind: "text", text: inserted, change: make("Added") });
  }
  return true;
}

/** Marks every run of freshly inserted paragraphs as one tracked insertion per run. */
export function markInserted(runs: DocRun[], make: MakeChange): void {
  for (const run of runs) {
    if (run.kind === "text") run.change = make("Added");
    else run.control.segments = run.control.segments.map((s) => ({ text: s.text, change: make("Added") }));
  }
}

/** Accepting keeps an insertion and drops a deletion; rejecting does the opposite. False: no such change here. */
export function resolveBodyChange(runs: DocRun[], changeId: number, accept: boolean): boolean {
  const index = runs.findIndex((r) => r.kind === "text" && r.change?.id === changeId);
  const run = runs[index];
  if (run?.kind !== "text" || !run.change) return false;
  if ((run.change.type === "Added") === accept) delete run.change;
  else runs.splice(index, 1);
  mergeText(runs);
  return true;
}

/** Adjacent untracked text runs merge back into one, as Word's text has no seams. */
export function mergeText(runs: DocRun[]): void {
  for (let i = runs.length - 1; i > 0; i--) {
    const a = runs[i - 1]!;
    const b = runs[i]!;
    if (a.kind === "text" && b.kind === "text" && !a.change && !b.change) runs.splice(i - 1, 2, { kind: "text", text: a.text + b.text });
  }
}

function indexAt(runs: readonly DocRun[], offset: number): number {
  let pos = 0;
  for (let index = 0; index < runs.length; index++) {
    if (pos >= offset) return index;
    pos += runLength(runs[index]!);
  }
  return runs.length;
}
