/**
 * A ceiling on score.ts's score, for the passes that ask only whether figures × numbers reach a threshold
 * (statedTwice.ts asks it of every figure for every number left free): most numbers share few describing words with
 * most figures, and their exact score (each wording's every word looked up) is then never needed.
 *
 * score() is DESCRIPTION_SHARE × best + CONTEXT_WEIGHT × whereShare + UNIT_MATCH at most, less terms that are never
 * negative (foreign words, part of a total, another period, an aspect or unit clash). `best` is at most the best
 * coverage of any one description or label choice, and a coverage at most the weight of its words found around the
 * number over the least total its words can have (the unit's words may be left out). The ceiling is read from an
 * index of the figures' words, by the number's words only. A term that raises score() must raise this ceiling too:
 * tests/domain/import/meaning/scoreBound.test.ts holds every score of the corpus under it.
 */
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";
import { CONTEXT_WEIGHT, DESCRIPTION_SHARE, REACH, UNIT_MATCH } from "./score";

/** Rounding in the two sums (the ceiling's and the score's) is far below this. */
const SLACK = 1e-9;

interface Index {
  slot: Map<FieldProfile, number>;
  /** Per description (all profiles' in a row): its profile's slot and its least total weight. */
  owner: number[];
  least: number[];
  /** Per feature: the descriptions holding it with its weight, and the profiles whose context holds it. */
  postings: Map<string, { described: number[]; weights: number[]; placed: number[]; placeWeights: number[] }>;
  contextTotal: number[];
  /** Work arrays of ceilingsOf, reused: one per candidate was most of recognition's garbage. */
  scratch?: { have: Float64Array; where: Float64Array; best: Float64Array };
}

const indexes = new WeakMap<Vocabulary, WeakMap<readonly FieldProfile[], Index>>();
const ceilings = new WeakMap<Index, WeakMap<Candidate, Float64Array>>();

/** The most score(p, c, vocab) can be, for p among `profiles`. */
export function scoreCeiling(profiles: readonly FieldProfile[], vocab: Vocabulary): (p: FieldProfile, c: Candidate) => number {
  const index = indexOf(profiles, vocab);
  let known = ceilings.get(index);
  if (!known) ceilings.set(index, (known = new WeakMap()));
  const byCandidate = known;
  return (p, c) => {
    let all = byCandidate.get(c);
    if (!all) byCandidate.set(c, (all = ceilingsOf(index, c)));
    const slot = index.slot.get(p);
    // A figure outside the index has no ceiling but its score.
    return slot === undefined ? Infinity : all[slot]!;
  };
}

function indexOf(profiles: readonly FieldProfile[], vocab: Vocabulary): Index {
  let byProfiles = indexes.get(vocab);
  if (!byProfiles) indexes.set(vocab, (byProfiles = new WeakMap()));
  let index = byProfiles.get(profiles);
  if (index) return index;
  index = { slot: new Map(), owner: [], least: [], postings: new Map(), contextTotal: [] };
  const posting = (f: string) => {
    let p = index!.postings.get(f);
    if (!p) index!.postings.set(f, (p = { described: [], weights: [], placed: [], placeWeights: [] }));
    return p;
  };
  profiles.forEach((profile, slot) => {
    index!.slot.set(profile, slot);
    for (const description of [...profile.descriptions, ...profile.labelChoices]) {
      const d = index!.owner.length;
      let total = 0;
      let withoutUnit = 0;
      for (const f of description) {
        const w = vocab.idf.get(f) ?? 1;
        total += w;
        if (!profile.unitFeatures.has(f)) withoutUnit += w;
        const p = posting(f);
        p.described.push(d);
        p.weights.push(w);
      }
      index!.owner.push(slot);
      index!.least.push(withoutUnit > 0 ? withoutUnit : total);
    }
    let context = 0;
    for (const f of profile.context) {
      const w = vocab.idf.get(f) ?? 1;
      context += w;
      const p = posting(f);
      p.placed.push(slot);
      p.placeWeights.push(w);
    }
    index!.contextTotal.push(context);
  });
  byProfiles.set(profiles, index);
  return index;
}

function ceilingsOf(index: Index, c: Candidate): Float64Array {
  index.scratch ??= { have: new Float64Array(index.owner.length), where: new Float64Array(index.contextTotal.length), best: new Float64Array(index.contextTotal.length) };
  const { have, where, best } = index.scratch;
  have.fill(0);
  where.fill(0);
  best.fill(0);
  const add = (f: string, weight: number) => {
    const p = index.postings.get(f);
    if (!p) return;
    for (let k = 0; k < p.described.length; k++) {
      const d = p.described[k]!;
      have[d] = have[d]! + p.weights[k]! * weight;
    }
    for (let k = 0; k < p.placed.length; k++) {
      const s = p.placed[k]!;
      where[s] = where[s]! + p.placeWeights[k]!;
    }
  };
  // Each word once, with the most it counts for where it stands (scoreMemo.wordWeights, without building its map:
  // most numbers never need it).
  const { clause, context } = REACH;
  for (const [f, w] of c.near) add(f, Math.max(0, w, c.clause.has(f) ? clause : 0, c.context.has(f) ? context : 0));
  for (const f of c.clause) if (!c.near.has(f)) add(f, Math.max(clause, c.context.has(f) ? context : 0));
  for (const f of c.context) if (!c.near.has(f) && !c.clause.has(f)) add(f, context);
  for (let d = 0; d < have.length; d++) {
    const cover = index.least[d]! > 0 ? have[d]! / index.least[d]! : 0;
    if (cover > best[index.owner[d]!]!) best[index.owner[d]!] = cover;
  }
  const out = new Float64Array(where.length);
  for (let s = 0; s < out.length; s++) {
    const whereShare = index.contextTotal[s]! > 0 ? where[s]! / index.contextTotal[s]! : 0;
    out[s] = DESCRIPTION_SHARE * best[s]! + CONTEXT_WEIGHT * whereShare + UNIT_MATCH + SLACK;
  }
  return out;
}
