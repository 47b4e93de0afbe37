/** The form's sums, as the recognition steps that reason with them read them: sum formulas first, then sum rules. */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";

export interface SumRelation {
  total: FieldId;
  parts: readonly FieldId[];
}

export function sumRelations(report: ReportDefinition): SumRelation[] {
  const out: SumRelation[] = [];
  for (const f of report.fields) if (f.formula?.op === "sum") out.push({ total: f.id, parts: f.formula.of });
  for (const r of report.rules) if (r.kind === "sum") out.push({ total: r.total, parts: r.parts });
  return out;
}

/**
 * The other way clerks add the same account. Where a sum's part is itself the total of an inner sum (files received
 * = resolved + late + in progress; resolved = early + on time + withdrawn), a part beside it that the form measures
 * against that inner total (a percentage of it: «tỷ lệ trễ hạn trên số đã giải quyết») is a kind of it, and many
 * offices count it inside: resolved = early + on time + withdrawn + late, received = resolved + in progress. Each such
 * part gives one more reading of the two sums: the part moved from the outer sum into the inner one. Read from the
 * definition's sums and percentage formulas; no field is named.
 */
export interface SumReading {
  relations: SumRelation[];
  /** The two sums this reading changed: a choice made under it must make both hold (the clerk's way of adding). */
  changed: readonly [SumRelation, SumRelation];
}

export function movedPartReadings(report: ReportDefinition): SumReading[] {
  const relations = sumRelations(report);
  const measuredAgainst = new Map<FieldId, Set<FieldId>>();
  for (const f of report.fields) {
    if (f.formula?.op !== "percentOf") continue;
    const wholes = measuredAgainst.get(f.formula.part) ?? measuredAgainst.set(f.formula.part, new Set()).get(f.formula.part)!;
    wholes.add(f.formula.whole);
  }
  const out: SumReading[] = [];
  for (const outer of relations) {
    for (const inner of relations) {
      if (inner === outer || !outer.parts.includes(inner.total)) continue;
      for (const part of outer.parts) {
        if (part === inner.total || inner.parts.includes(part) || !measuredAgainst.get(part)?.has(inner.total)) continue;
        const movedOuter: SumRelation = { total: outer.total, parts: outer.parts.filter((p) => p !== part) };
        const movedInner: SumRelation = { total: inner.total, parts: [...inner.parts, part] };
        out.push({
          relations: relations.map((r) => (r === outer ? movedOuter : r === inner ? movedInner : r)),
          changed: [movedOuter, movedInner],
        });
      }
    }
  }
  return out;
}
