/**
 * One number, one figure. «Trong quý, Trung tâm đã tiếp nhận 10.415 hồ sơ, giải quyết 9.733 hồ sơ» above a table
 * whose cells bind «đã giải quyết» to 9.733: the 9.733 of the sentence is that figure written again, not a rival
 * reading of «tiếp nhận», however well «tiếp nhận … giải quyết» fits both. A number whose value is already bound to
 * another figure that describes it at least as well as this one does is no rival for this one. It stays a candidate
 * (it is shown if the figure remains unclear); it only stops blocking a clear winner.
 */
import type { FieldId } from "../../types";
import { FLOOR } from "./assign";
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";
import { eligible, score } from "./score";

/** `by`: how much better the other figure's words must fit it (0: at least as well). */
export type Restated = (p: FieldProfile, c: Candidate, by?: number) => boolean;

/**
 * `bound` is read when asked, so figures bound later (an assignment's first pass) count too. `refused` is the
 * precision layer: a number refused for the other figure is not its restatement.
 */
export function restatedElsewhere(
  profiles: readonly FieldProfile[],
  candidates: readonly Candidate[],
  vocab: Vocabulary,
  bound: ReadonlyMap<FieldId, ReadonlyArray<{ start: number }>>,
  refused: (p: FieldProfile, c: Candidate) => boolean,
): Restated {
  const byId = new Map(profiles.map((p) => [p.field.id, p]));
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  // Bound figures by value, rebuilt only when more figures are bound (the map only grows during recognition).
  let indexed = -1;
  let byValue = new Map<unknown, FieldProfile[]>();
  const index = () => {
    if (indexed === bound.size) return byValue;
    byValue = new Map();
    for (const [id, places] of bound) {
      const q = byId.get(id);
      if (!q) continue;
      for (const value of new Set(places.map((x) => byStart.get(x.start)?.token.value))) {
        if (value !== undefined) (byValue.get(value) ?? byValue.set(value, []).get(value)!).push(q);
      }
    }
    indexed = bound.size;
    return byValue;
  };
  return (p, c, by = 0) => {
    if (c.token.kind === "zero" || c.token.kind === "date") return false;
    const others = index().get(c.token.value);
    if (!others) return false;
    const own = score(p, c, vocab);
    for (const q of others) {
      if (q === p || q.kind !== p.kind || !eligible(q, c)) continue;
      const theirs = score(q, c, vocab);
      if (theirs >= FLOOR && theirs >= own + by && !refused(q, c)) return true;
    }
    return false;
  };
}
