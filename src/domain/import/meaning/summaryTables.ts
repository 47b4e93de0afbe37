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
  // One pass in text order (tables are disjoint and in order): the values written before each table, then its own.
  const sorted = [...candidates].sort((a, b) => a.token.start - b.token.start);
  const before = new Set<number>();
  const startOf = new Map<Candidate, number>();
  let i = 0;
  for (const t of tables) {
    for (; i < sorted.length && sorted[i]!.token.start < t.from; i++) if (sorted[i]!.token.end <= t.from) before.add(sorted[i]!.token.value);
    const inside: Candidate[] = [];
    const read: Candidate[] = [];
    for (; i < sorted.length && sorted[i]!.token.start < t.to; i++) {
      read.push(sorted[i]!);
      if (sorted[i]!.token.end <= t.to) inside.push(sorted[i]!);
    }
    if (inside.some((c) => c.token.kind === "count" && !c.yearLike && c.token.value >= COPIED && before.has(c.token.value))) for (const c of inside) startOf.set(c, t.from);
    for (const c of read) before.add(c.token.value);
  }
  return (c) => startOf.get(c);
}
