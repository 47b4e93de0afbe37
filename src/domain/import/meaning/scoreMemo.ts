/**
 * Scoring is figures × numbers, and several passes ask it again (both assignment rounds, statedTwice, the range
 * choice): each score is computed once per document's vocabulary, figure and number. Candidates are settled before
 * the first score (index.ts marks ranges, zeros, fractions and brackets first), as score.ts's own caches assume.
 * And a number's words, by where they are (beside it, in its clause, in its context), read from one map: the weight
 * a describing word gets there and whether it is there at all.
 */
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";

const scores = new WeakMap<Vocabulary, WeakMap<FieldProfile, WeakMap<Candidate, number>>>();

/** The score `compute` gives this figure and number, computed the first time only. */
export function rememberedScore(vocab: Vocabulary, profile: FieldProfile, c: Candidate, compute: () => number): number {
  let byProfile = scores.get(vocab);
  if (!byProfile) scores.set(vocab, (byProfile = new WeakMap()));
  let byCandidate = byProfile.get(profile);
  if (!byCandidate) byProfile.set(profile, (byCandidate = new WeakMap()));
  let s = byCandidate.get(c);
  if (s === undefined) byCandidate.set(c, (s = compute()));
  return s;
}

/** A word in the clause counts this much of a word beside the number, in the context half that (score.ts). */
export interface Reach {
  clause: number;
  context: number;
}

const weights = new WeakMap<Candidate, { reach: Reach; all: Map<string, number> }>();

/**
 * Every word around the number with the most it counts for: beside it (its own weight), in its clause, in its
 * context. A word present anywhere is a key, even where it counts nothing.
 */
export function wordWeights(c: Candidate, reach: Reach): ReadonlyMap<string, number> {
  const known = weights.get(c);
  if (known && known.reach.clause === reach.clause && known.reach.context === reach.context) return known.all;
  const all = new Map<string, number>();
  const raise = (f: string, w: number) => all.set(f, Math.max(all.get(f) ?? 0, w));
  for (const f of c.context) raise(f, reach.context);
  for (const f of c.clause) raise(f, reach.clause);
  for (const [f, w] of c.near) raise(f, w);
  weights.set(c, { reach, all });
  return all;
}
