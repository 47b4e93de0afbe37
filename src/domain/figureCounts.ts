/**
 * How many of a form's typed figures the pane holds, as a clerk counts them: present (a value that can be used),
 * typed but wrong (a value typed that cannot be used: «12.345.678» for a count the document writes as 130 is there, it
 * needs fixing, it is not missing), missing, and optional figures left out (no gap, optional.ts).
 */
import { missingFigures } from "./optional";
import type { ReportDefinition } from "./report";
import type { FieldDef, FieldId } from "./types";

export interface FigureCounts {
  /** The form's typed figures (computed ones are never typed). */
  total: number;
  present: number;
  /** Typed, but what was typed cannot be used. */
  toFix: FieldDef[];
  /** Owed and not typed at all. */
  missing: FieldDef[];
  /** Not typed, and the clerk said the report does not state them («Văn bản không nêu số này»). */
  notStated: FieldDef[];
  leftOut: FieldDef[];
}

/**
 * `given(id)`: the figure has a usable value. `typed(id)`: something was typed for it, usable or not. `saidAbsent(id)`:
 * the clerk said the report does not state it; counted apart, as the check's notice counts it (walk50: «Còn 30 số liệu
 * chưa có» above «31 còn thiếu»).
 */
export function countFigures(
  report: ReportDefinition,
  given: (id: FieldId) => boolean,
  typed: (id: FieldId) => boolean,
  saidAbsent: (id: FieldId) => boolean = () => false,
): FigureCounts {
  // A figure typed wrong takes up its optional group as one typed right does: the report states that section.
  const { owed, leftOut } = missingFigures(report, given, (id) => given(id) || typed(id));
  const toFix = owed.filter((f) => typed(f.id));
  const notStated = owed.filter((f) => !typed(f.id) && saidAbsent(f.id));
  const missing = owed.filter((f) => !typed(f.id) && !saidAbsent(f.id));
  const total = report.fields.filter((f) => !f.formula).length;
  return { total, present: total - owed.length - leftOut.length, toFix, missing, notStated, leftOut };
}

/** «Số liệu (62 ô nhập liệu): 60 đã có · 1 nhập sai, cần sửa · 1 còn thiếu»; a part that is zero is not said. */
export function figureCountsText(counts: FigureCounts): string {
  const parts = [
    `${counts.present} đã có`,
    counts.toFix.length > 0 ? `${counts.toFix.length} nhập sai, cần sửa` : "",
    counts.missing.length > 0 ? `${counts.missing.length} còn thiếu` : "",
    counts.notStated.length > 0 ? `${counts.notStated.length} văn bản không nêu` : "",
    counts.leftOut.length > 0 ? `${counts.leftOut.length} không bắt buộc để trống` : "",
  ].filter((p) => p !== "");
  return `Số liệu (${counts.total} ô nhập liệu): ${parts.join(" · ")}`;
}
