/**
 * A reading of the whole report made once per text and period scope (the parts headed by another period, by an
 * earlier one): every number of a text asks, each with its own copy of the scope, so the scope is keyed by its fields,
 * not its identity. An equal text of a later recognition is kept by reference, so the next asks compare identities,
 * not characters. What else the reading is given must follow from the scope (periodScope.ts's verdict of it).
 */
import type { PeriodScope } from "./reportPeriod";

function scopeKey(ctx: PeriodScope): string {
  return [ctx.kind, ctx.index, ctx.year, ctx.monthsAreOther, ctx.otherByDefault, ctx.longer, ctx.cumulativeOther, ctx.laterOther].join(" ");
}

export function oncePerTextAndScope<T, A extends unknown[]>(
  read: (text: string, ctx: PeriodScope, ...rest: A) => T,
): (text: string, ctx: PeriodScope, ...rest: A) => T {
  // Every scope of the last text: the vetoes ask with copies that differ in a flag (laterOther, cumulativeOther), one
  // number after another, so a single entry was read again at every number (quadratic on a long report).
  let last: { text: string; byScope: Map<string, T> } | null = null;
  return (text, ctx, ...rest) => {
    if (last === null || last.text !== text) last = { text, byScope: new Map() };
    else last.text = text;
    const key = scopeKey(ctx);
    if (!last.byScope.has(key)) last.byScope.set(key, read(text, ctx, ...rest));
    return last.byScope.get(key)!;
  };
}
