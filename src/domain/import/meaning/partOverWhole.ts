/**
 * Two bound figures that cannot both be right: a part larger than the whole the form makes of it («đã giải quyết
 * 106 hồ sơ» and «trả trước hạn 17.912 hồ sơ» read for the same desk), a percentage's part larger than its whole, a
 * count over the bound the form holds as an error (a rule `atMost`: «Văn phòng hiện có 224 người» read as the public
 * servants serving, against their quota of 61).
 * Read in different paragraphs, which of the two was misread the numbers cannot tell, so both are left for the clerk
 * (a wrong figure silently imported is worse than two clicks). Written on one line, they are the clerk's own figures
 * and stay bound: the form's check reports the error.
 */
import { parseField } from "../../fieldValues";
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Recognition } from "../types";

/** The one number a bound figure holds (every place the same), and the lines it was read on; or null. */
function valueOf(report: ReportDefinition, result: ReadonlyMap<FieldId, Recognition>, id: FieldId): { value: number; lines: Set<number> } | null {
  const r = result.get(id);
  const field = report.byId.get(id);
  if (r?.state !== "bound" || !field) return null;
  const values = new Set<number>();
  for (const o of r.occurrences) {
    const parsed = parseField(field, o.input);
    if (!parsed.ok || parsed.value?.kind !== "number") return null;
    values.add(parsed.value.value);
  }
  return values.size === 1 ? { value: [...values][0]!, lines: new Set(r.occurrences.map((o) => o.line)) } : null;
}

/** Every field bound as a part larger than its bound whole, with that whole. */
export function partsOverWhole(report: ReportDefinition, result: ReadonlyMap<FieldId, Recognition>): Set<FieldId> {
  const pairs: Array<[FieldId, FieldId]> = [];
  for (const r of report.rules) if (r.kind === "sum") for (const p of r.parts) pairs.push([r.total, p]);
  for (const f of report.fields) {
    if (f.formula?.op === "sum") for (const p of f.formula.of) pairs.push([f.id, p]);
    if (f.formula?.op === "percentOf") pairs.push([f.formula.whole, f.formula.part]);
  }
  // A bound that the form holds for certain (an error, not a warning): a count serving within its quota.
  for (const r of report.rules) if (r.kind === "atMost" && r.severity === "error" && typeof r.big === "string") pairs.push([r.big, r.small]);
  const out = new Set<FieldId>();
  for (const [whole, part] of pairs) {
    const w = valueOf(report, result, whole);
    const p = valueOf(report, result, part);
    // Read on one line, the two were written together: a sum that fails there is the clerk's own, for the check to
    // report («Tiếp nhận 70 hồ sơ, đã giải quyết 77»), not a misreading.
    if (w === null || p === null || p.value <= w.value || [...p.lines].some((l) => w.lines.has(l))) continue;
    out.add(whole).add(part);
  }
  return out;
}
