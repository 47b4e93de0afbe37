/**
 * «Lãnh đạo UBND tỉnh tiếp 01 lượt/03 người», «866 lượt/964 người»: two counts of different units joined by a slash
 * are one act counted two ways, not a fraction (a fraction writes its unit once, after the whole: «26/29 lượt»). The
 * words before the first count describe the second as much («tiếp 03 người»): without them the second keeps only its
 * unit and any figure counting that unit could claim it. Language knowledge only: no field is named.
 */
import type { Candidate } from "./candidates";
import { features, syllables, unitAt } from "./words";

/** The first count's unit, then the slash: «01 lượt/03», «01 lượt / 03». */
const PAIR = /^\s+([\p{L}\s]{1,20}?)\s*\/\s*$/u;

export function describeUnitPairs(text: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i + 1 < candidates.length; i++) {
    const first = candidates[i]!;
    const second = candidates[i + 1]!;
    if (first.token.kind !== "count" || second.token.kind !== "count" || !first.unit || !second.unit) continue;
    const between = PAIR.exec(text.slice(first.token.end, second.token.start));
    if (!between || unitAt(syllables(between[1]!)) !== first.unit || second.unit === first.unit) continue;
    const ownUnit = new Set(features(first.unit.split(" ")));
    for (const [f, w] of first.near) if (!ownUnit.has(f) && (second.near.get(f) ?? 0) < w) second.near.set(f, w);
  }
}
