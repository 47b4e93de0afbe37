/**
 * A figure the form carries from another («Lượt tiếp tháng trước» is last month's «Tổng số lượt»), found by its exact
 * wording in several places that disagree: a report giving last month's value beside every figure («… đã tiếp 74 lượt
 * công dân (tháng trước: 81 lượt; giảm 07 lượt), trong đó: - Tiếp định kỳ: 61 lượt (tháng trước: 66 lượt; …)»)
 * matches «tháng trước: {N} lượt» after each of them. The one in the bracket opened right after the figure it is
 * carried from (that figure bound, its number followed by its own words only) is the carried figure's: the others are
 * last month's of other figures. Read once everything is placed, and only where every place shown is the wording's
 * (a number doubted for another reason stays the clerk's); when no such bracket holds one value, nothing changes.
 */
import { parseField } from "../fieldValues";
import type { ReportDefinition } from "../report";
import type { FieldDef, FieldId } from "../types";
import type { Occurrence, Recognition } from "./types";

/** From the end of the source's number: its words (no figure, no clause's end), then a bracket still open. */
const ASIDE = /^[ \t\u00a0]*[\p{L}\p{M} \t\u00a0]{0,40}\([^()\n\d]{0,40}$/u;

export function carriedBeside(text: string, report: ReportDefinition, result: Map<FieldId, Recognition>, exact: ReadonlyMap<FieldId, ReadonlySet<number>>): void {
  for (const field of report.fields) {
    const from = field.carriedFrom;
    const r = result.get(field.id);
    if (from === undefined || from === "period" || r?.state !== "ambiguous") continue;
    const source = result.get(from);
    if (source?.state !== "bound") continue;
    // Only the wording's own places are weighed so: a number doubted otherwise (a correction, a restatement) stays shown.
    const wording = exact.get(field.id);
    if (!wording || r.candidates.some((c) => !wording.has(c.start))) continue;
    const beside = r.candidates.filter((c) => source.occurrences.some((o) => o.end <= c.start && ASIDE.test(text.slice(o.end, c.start))));
    if (beside.length > 0 && new Set(beside.map((c) => valueKey(field, c))).size === 1) result.set(field.id, { state: "bound", occurrences: beside });
  }
}

function valueKey(field: FieldDef, o: Occurrence): string {
  const parsed = parseField(field, o.input);
  return parsed.ok ? JSON.stringify(parsed.value) : o.input;
}
