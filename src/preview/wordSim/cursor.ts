/** Where a character offset falls among a paragraph's runs, and how to insert a run there. */
import { segmentsText } from "./tracking";
import type { DocRun, SimControl } from "./types";

export type Slot =
  /** Between runs: insert before run `index` (== runs.length at the end). */
  | { kind: "between"; index: number }
  /** Inside the text run `index`, `at` characters in. */
  | { kind: "inText"; index: number; at: number }
  | { kind: "inside"; control: SimControl };

export function runLength(run: DocRun): number {
  return run.kind === "text" ? run.text.length : segmentsText(run.control.segments, true).length;
}

export function cursorSlot(runs: readonly DocRun[], offset: number): Slot {
  let start = 0;
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index] as DocRun;
    const end = start + runLength(run);
    if (offset === start) return { kind: "between", index };
    if (offset < end) {
      return run.kind === "control" ? { kind: "inside", control: run.control } : { kind: "inText", index, at: offset - start };
    }
    start = end;
  }
  return { kind: "between", index: runs.length };
}

/** Puts `inserted` at the slot, splitting a text run in two when the slot is inside it. */
export function splitAt(runs: DocRun[], slot: Exclude<Slot, { kind: "inside" }>, inserted: DocRun): void {
  if (slot.kind === "between") {
    runs.splice(slot.index, 0, inserted);
    return;
  }
  const run = runs[slot.index];
  if (run?.kind !== "text") return;
  // A tracked run split in two stays tracked on both sides.
  const before = { ...run, text: run.text.slice(0, slot.at) };
  const after = { ...run, text: run.text.slice(slot.at) };
  runs.splice(slot.index, 1, before, inserted, after);
}
