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
