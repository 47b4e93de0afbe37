/**
 * «Văn phòng được giao 78 biên chế công chức (hiện có 71 người), 24 biên chế sự nghiệp (hiện có 22 người)»: a count in
 * a bracket right after another count says something more of the same thing, and its own words in the bracket («hiện
 * có», «có mặt») do not say what. What the count before the bracket counts («biên chế công chức») describes it too,
 * as the lead of its list would (weight 0.6, less than its own words). Only a short lead-in before the number in the
 * bracket (three syllables at most) and only counts: «(trong đó: tiếp nhận mới 12.474 hồ sơ …)» says its own words.
 */
import type { Candidate } from "./candidates";
import { features, syllables } from "./words";

const WEIGHT = 0.6;
const MAX_LEAD = 3;
/** Between the count before and the bracket: words only, in one clause. */
const WORDS_ONLY = /^[^\d,;:.()\n\t|]*$/u;

export function describeAsides(text: string, candidates: readonly Candidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!;
    const before = candidates[i - 1]!;
    if (c.token.kind !== "count" || before.token.kind !== "count") continue;
    // Only between the two counts: a backward search bounded by the count before stays linear.
    const between = text.slice(before.token.end, c.token.start);
    const opens = between.lastIndexOf("(");
    if (opens === -1 || between.lastIndexOf(")") > opens) continue;
    const open = before.token.end + opens;
    const lead = text.slice(open + 1, c.token.start);
    if (/[\d()\n]/.test(lead) || syllables(lead).length > MAX_LEAD) continue;
    // «(34) thạc sĩ»: a number alone in brackets is no aside (loneBrackets.ts).
    if (/^\s*\)/.test(text.slice(c.token.end, c.token.end + 3))) continue;
    const counted = text.slice(before.token.end, open);
    if (!WORDS_ONLY.test(counted)) continue;
    for (const f of features(syllables(counted))) if ((c.near.get(f) ?? 0) < WEIGHT) c.near.set(f, WEIGHT);
  }
}
