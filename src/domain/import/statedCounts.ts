/**
 * A count the form computes from a list («Số tổ chức trực thuộc» = the number of «Các tổ chức trực thuộc»), read
 * from the text while its list was not: the form's rules run on the count the report states. Before, a specialist
 * read «Số tổ chức trực thuộc: 05» and «Số đơn vị sự nghiệp: 03» among the figures, then «Không kiểm tra được «Số đơn
 * vị dự kiến kiểm tra» không vượt quá «Số tổ chức trực thuộc» + «Số đơn vị sự nghiệp»: thiếu «Các tổ chức trực thuộc»…».
 * Only the rules see the stated count; whether the count agrees with its list is still said not checked, and the
 * list still counts as a figure not read.
 */
import type { ReportDefinition } from "../report";
import type { FieldDef } from "../types";
import type { RawFigures } from "../validate";
import type { Recognitions } from "./types";

export function withStatedCounts(report: ReportDefinition, recognitions: Recognitions, raw: RawFigures): { report: ReportDefinition; raw: RawFigures } {
  const stated = new Map<string, string>();
  for (const field of report.fields) {
    const formula = field.formula;
    const own = recognitions.get(field.id);
    if (formula?.op !== "countOf" || own?.state !== "bound" || recognitions.get(formula.list)?.state === "bound") continue;
    stated.set(field.id, own.occurrences[0]!.input);
  }
  if (stated.size === 0) return { report, raw };
  const typed = (field: FieldDef): FieldDef => {
    if (!stated.has(field.id)) return field;
    const { formula: _computed, ...rest } = field;
    return rest;
  };
  const fields = report.fields.map(typed);
  const byId = new Map(fields.map((f) => [f.id, f]));
  return {
    report: { ...report, fields, byId, computeOrder: report.computeOrder.filter((f) => !stated.has(f.id)).map((f) => byId.get(f.id)!) },
    raw: { ...raw, ...Object.fromEntries(stated) },
  };
}
