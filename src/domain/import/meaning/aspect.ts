/**
 * «đã giải quyết 2.040 hồ sơ» is done, «đang giải quyết 64 hồ sơ» is still in hand: the same verb with the opposite
 * aspect word is another figure, however many other words the two share. The aspect words are function words
 * (dropped as single syllables), so only their pairs with the verb carry them: a number written with «đã X» beside
 * it clashes with a figure described by «đang X» and never by «đã X», and the other way round.
 */
import type { Candidate } from "./candidates";

const OPPOSITE: Readonly<Record<string, string>> = { "đã": "đang", "đang": "đã" };

/** Whether the aspect written right beside the number is the opposite of the figure's own for the same verb. */
export function aspectClash(c: Candidate, own: ReadonlySet<string>): boolean {
  for (const [f, opposite] of aspectsBeside(c)) if (own.has(opposite) && !own.has(f)) return true;
  return false;
}

/** Asked for every figure against every number: each number's aspect pairs, and their opposites, are read once. */
const aspects = new WeakMap<Candidate, Array<[string, string]>>();

/** The pairs right beside the number that open with an aspect word, each with its opposite («đã X» and «đang X»). */
function aspectsBeside(c: Candidate): Array<[string, string]> {
  let found = aspects.get(c);
  if (found) return found;
  found = [];
  for (const [f, w] of c.near) {
    if (w < 1) continue;
    const space = f.indexOf(" ");
    const other = space === -1 ? undefined : OPPOSITE[f.slice(0, space)];
    if (other !== undefined) found.push([f, `${other} ${f.slice(space + 1)}`]);
  }
  aspects.set(c, found);
  return found;
}
