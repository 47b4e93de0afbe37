/**
 * Figures a form marks «không bắt buộc» (optional): some offices state them, others never do (the monthly reception
 * report's «tiếp thường xuyên tại Trụ sở»: Hà Tĩnh writes them, Đắk Nông does not). A report that leaves one out is
 * still complete; the pane and `npm run check` show it apart and do not count it as missing.
 *
 * An optional figure is left out with its group (FieldDef.optionalGroup): the figure alone, or every typed figure of a
 * section marked as a whole. Once a report states one figure of a group, the group's other figures are owed like any
 * other: a half-stated section is a report read in part, not a report that chose to leave the section out.
 */
import type { ReportDefinition } from "./report";
import type { FieldDef, FieldId } from "./types";

export interface MissingFigures {
  /** Typed figures not given that the report owes: required ones, and optional ones whose group it states. */
  owed: FieldDef[];
  /** Optional figures not given, whose whole group the report leaves out: not missing. */
  leftOut: FieldDef[];
}

/**
 * `given(id)`: the typed figure has a value. `stated(id)`: the report shows it, even without a value we could take
 * (an unclear figure: the text seems to state it, so its group is taken up); by default the same as `given`.
 */
export function missingFigures(report: ReportDefinition, given: (id: FieldId) => boolean, stated: (id: FieldId) => boolean = given): MissingFigures {
  const typed = report.fields.filter((f) => !f.formula);
  const taken = new Set(typed.filter((f) => f.optionalGroup !== undefined && (given(f.id) || stated(f.id))).map((f) => f.optionalGroup));
  const owed: FieldDef[] = [];
  const leftOut: FieldDef[] = [];
  for (const field of typed) {
    if (given(field.id)) continue;
    if (field.optionalGroup !== undefined && !taken.has(field.optionalGroup)) leftOut.push(field);
    else owed.push(field);
  }
  return { owed, leftOut };
}
