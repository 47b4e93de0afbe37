/**
 * «Năm 2025, Ban được điều động đến 02 công chức, điều động đi 01 công chức; riêng quý IV, Văn phòng UBND tỉnh điều
 * động đến Ban 01 công chức …»: a year named as its sentence's topic says nothing of a number on its own (a quota
 * «năm 2025 được giao 55 biên chế» is the quarter's too, periodScope.ts), but when the same sentence goes on to set
 * the report's own quarter apart («; riêng quý IV …», «, trong đó quý IV …», «; còn trong quý IV …»), what was said
 * for the year before it is the whole year's. A state the clerk says goes on («tiếp tục») is still the quarter's.
 * Language knowledge only: no field is named.
 */
import { MARKER, markerScope } from "./periodMarkers";
import { ownPeriodOpening } from "./periodScope";
import type { PeriodScope } from "./reportPeriod";

/** «; riêng », «, trong đó », «; còn trong », «. Riêng » is past the sentence: only within it. */
const SET_APART = /[,;]\s*(?:tính riêng|riêng|trong đó|còn)\s+(?:trong\s+|là\s+)?/giu;
const KEPT_UP = /(?<![\p{L}])tiếp tục(?![\p{L}])/iu;

/** `before`: the sentence up to the number (brackets closed before it blanked); `after`: from the number to its end. */
export function yearThenOwnQuarter(before: string, after: string, ctx: PeriodScope): boolean {
  if (ctx.kind !== "quarter" || ctx.year === null) return false;
  // The quarter set apart after the number first: most sentences have none, and their start is then never read.
  const apart = [...after.matchAll(SET_APART)].some((m) => ownPeriodOpening(after.slice(m.index + m[0].length), ctx) !== -1);
  if (!apart || KEPT_UP.test(before)) return false;
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(MARKER)) last = m;
  if (last === null) return false;
  const scope = markerScope(last, before);
  return scope !== null && typeof scope === "object" && "last" in scope && scope.topic && scope.last === ctx.year;
}
