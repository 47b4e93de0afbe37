/**
 * The words of the headings above a place (the path «II» › «2.» › «b)»), for every number of the text: the path is
 * built once per document, one snapshot per heading, and a place finds its snapshot by binary search. Walking the
 * headings from the top for each number was headings × numbers.
 */
import type { Heading } from "../headings";
import { features, syllables } from "./words";

interface PathIndex {
  /** Offsets of the headings, in document order. */
  offsets: number[];
  /** After the first k + 1 headings: the features of the titles on the path, outermost first. */
  after: string[][];
}

const indexes = new WeakMap<readonly Heading[], PathIndex | null>();

/** Headings as scanHeadings gives them are in document order; any other list is walked as before. */
function indexOf(headings: readonly Heading[]): PathIndex | null {
  if (indexes.has(headings)) return indexes.get(headings)!;
  let index: PathIndex | null = null;
  if (headings.every((h, i) => i === 0 || headings[i - 1]!.offset <= h.offset)) {
    const titles = new Map<Heading, string[]>();
    const path = new Map<number, Heading>();
    const after: string[][] = [];
    for (const h of headings) {
      extend(path, h);
      after.push([...path.values()].flatMap((p) => titles.get(p) ?? titles.set(p, features(syllables(p.title))).get(p)!));
    }
    index = { offsets: headings.map((h) => h.offset), after };
  }
  indexes.set(headings, index);
  return index;
}

/** A heading ends the deeper ones open above it and takes its depth's place. */
function extend(path: Map<number, Heading>, h: Heading): void {
  const depth = h.path.split(".").length;
  for (const d of [...path.keys()]) if (d > depth) path.delete(d);
  path.set(depth, h);
}

/** The features of the titles of the headings above `at` (at or before it), outermost first. */
export function headingPathFeatures(headings: readonly Heading[], at: number): string[] {
  const index = indexOf(headings);
  if (index === null) {
    const path = new Map<number, Heading>();
    for (const h of headings) {
      if (h.offset > at) break;
      extend(path, h);
    }
    return [...path.values()].flatMap((h) => features(syllables(h.title)));
  }
  let low = 0;
  let high = index.offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.offsets[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? [] : index.after[low - 1]!;
}
