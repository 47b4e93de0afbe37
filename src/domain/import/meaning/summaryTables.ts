/**
 * A closing summary table («V. TỔNG HỢP CHUNG», «Phần 6. Tổng hợp chung») writes again what the body already said: a
 * report compiled from the rooms' parts ends with the office's own table of the main figures. Its row is then a
 * restatement, not the source, and a terse one («Cuộc họp giao ban | 13»): where the body's sentence states the same
 * thing with another value («+ Giao ban: 12 cuộc giao ban …»), that sentence is no weaker a witness for being wordier,
 * and the clerk must choose (statedTwice.ts).
 *
 * A table is known to restate when a number of three digits or more that it writes was written before it, outside
 * it (a count of dossiers, the staff total): a small number recurs by chance, a large one is the same figure copied.
 */
import type { Candidate } from "./candidates";

/** The smallest value that, written again, is the same figure copied rather than a coincidence. */
const COPIED = 100;

/** Per number inside a restating table, where that table starts; undefined for every other number. */
export function summaryTableStarts(text: string, candidates: readonly Candidate[]): (c: Candidate) => number | undefined {
  const tables: Array<{ from: number; to: number }> = [];
  let from = -1;
  let at = 0;
  for (const line of text.split("\n")) {
    const end = at + line.length;
    if (line.includes("\t")) {
      if (from < 0) from = at;
    } else if (from >= 0) {
      tables.push({ from, to: at });
      from = -1;
    }
    at = end + 1;
  }
  if (from >= 0) tables.push({ from, to: text.length });
  const restating = tables.filter((t) => {
    const before = new Set(candidates.filter((c) => c.token.end <= t.from).map((c) => c.token.value));
    return candidates.some(
      (c) => c.token.start >= t.from && c.token.end <= t.to && c.token.kind === "count" && !c.yearLike && c.token.value >= COPIED && before.has(c.token.value),
    );
  });
  return (c) => restating.find((t) => c.token.start >= t.from && c.token.end <= t.to)?.from;
}
