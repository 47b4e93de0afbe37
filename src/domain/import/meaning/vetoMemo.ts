/**
 * Vetoes are asked about the same number for the same figure by several passes (the exact wording's refusals, the
 * assignment, statedTwice, the final demotion): each answer is read once per document. The memo hangs on the
 * document's veto context (a WeakMap, so it goes when the context does) and is keyed by the field and the span.
 */
import type { FieldDef } from "../../types";

type Memo<T> = WeakMap<object, Map<FieldDef, Map<string, T>>>;

export function memoFor<T>(): Memo<T> {
  return new WeakMap();
}

/** The answer `compute` gives for this field and span in this context, computed the first time only. */
export function remembered<T>(memo: Memo<T>, ctx: object, field: FieldDef, key: string, compute: () => T): T {
  let byField = memo.get(ctx);
  if (!byField) memo.set(ctx, (byField = new Map()));
  let byKey = byField.get(field);
  if (!byKey) byField.set(field, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key)!;
  const answer = compute();
  byKey.set(key, answer);
  return answer;
}
