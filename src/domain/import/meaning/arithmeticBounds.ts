/**
 * What the form's own arithmetic rules out once figures are placed. Counts are never negative, so a total is at least
 * each of its parts, a part at most its total, and the small side of an «at most» rule at most its big side («số
 * người» is never below «số lượt»). A number outside those bounds cannot be the figure: a leader's «tiếp 01 lượt» in
 * the province's paragraph is no second statement of the month's «58 lượt» when the communes' level alone is 49.
 * Only bounds from figures bound to one value count; the rules and formulas come from the definition, no field is
 * named here.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Recognition } from "../types";
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";

export interface PlacedFigures {
  exact: ReadonlyMap<FieldId, Recognition>;
  meaning: ReadonlyMap<FieldId, readonly Candidate[]>;
}

/** [smaller, bigger]: pairs of figures the definition says are ordered. */
function orderedPairs(report: ReportDefinition): Array<[FieldId, FieldId]> {
  const pairs: Array<[FieldId, FieldId]> = [];
  for (const f of report.fields) if (f.formula?.op === "sum") for (const part of f.formula.of) pairs.push([part, f.id]);
  for (const r of report.rules) {
    if (r.kind === "sum") for (const part of r.parts) pairs.push([part, r.total]);
    if (r.kind === "atMost") {
      const big = [r.big].flat();
      if (big.length === 1) pairs.push([r.small, big[0]!]);
    }
  }
  return pairs;
}

/** `(p, c)`: the number `c` cannot be figure `p`, given the values bound to the figures it is ordered with. */
export function arithmeticBounds(report: ReportDefinition, candidates: readonly Candidate[], placed: PlacedFigures): (p: FieldProfile, c: Candidate) => boolean {
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  const valueOf = (id: FieldId): number | null => {
    const e = placed.exact.get(id);
    const at = e?.state === "bound" ? e.occurrences.map((o) => byStart.get(o.start)) : placed.meaning.get(id) ?? [];
    const values = new Set(at.map((c) => (c && c.token.kind === "count" ? c.token.value : NaN)));
    if (values.size !== 1) return null;
    const [v] = values;
    return Number.isFinite(v) ? v! : null;
  };
  const low = new Map<FieldId, number>();
  const high = new Map<FieldId, number>();
  for (const [small, big] of orderedPairs(report)) {
    const s = valueOf(small);
    const b = valueOf(big);
    if (s !== null) low.set(big, Math.max(low.get(big) ?? 0, s));
    if (b !== null) high.set(small, Math.min(high.get(small) ?? Infinity, b));
  }
  return (p, c) => {
    if (p.kind !== "count" || c.token.kind !== "count") return false;
    const id = p.field.id;
    return c.token.value < (low.get(id) ?? -Infinity) || c.token.value > (high.get(id) ?? Infinity);
  };
}
