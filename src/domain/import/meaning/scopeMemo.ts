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
  let last: { text: string; key: string; value: T } | null = null;
  return (text, ctx, ...rest) => {
    const key = scopeKey(ctx);
    if (last !== null && last.key === key && last.text === text) {
      last.text = text;
      return last.value;
    }
    last = { text, key, value: read(text, ctx, ...rest) };
    return last.value;
  };
}
