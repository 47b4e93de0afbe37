/** Small forms for the comparison tests and bench, built from form JSON like every form (ids get the "bcdc:" prefix). */
import { definitionFromForm } from "../../../src/domain/form/toDefinition";
import type { FormField, FormRule, ReportForm } from "../../../src/domain/form/types";
import type { ReportDefinition } from "../../../src/domain/report";
import type { PeriodPart, SectionDef } from "../../../src/domain/types";

export const count = (id: string, label: string, section: string): FormField => ({ id, label, kind: "count", section });
export const year = (id: string, label: string, section: string): FormField => ({ id, label, kind: "year", section });
export const text = (id: string, label: string, section: string): FormField => ({ id, label, kind: "text", section });
export const list = (id: string, label: string, section: string): FormField => ({ id, label, kind: "list", section });
export const percentOf = (id: string, label: string, section: string, part: string, whole: string): FormField => ({
  id, label, kind: "percent", section, formula: { op: "percentOf", part, whole },
});
export const sumOf = (id: string, label: string, section: string, of: string[]): FormField => ({
  id, label, kind: "count", section, formula: { op: "sum", of },
});
export const periodPart = (id: string, label: string, part: PeriodPart, section: string): FormField => ({
  id, label, kind: "text", section, formula: { op: "period", part },
});

/** One top section per subsection given. */
export function defineForm(fields: FormField[], rules: FormRule[], sections: readonly SectionDef[]): ReportDefinition {
  const form: ReportForm = {
    formatVersion: 1,
    id: "thu-nghiem",
    version: "1",
    title: "Báo cáo thử nghiệm",
    tagPrefix: "bcdc:",
    period: { kind: "quarter" },
    sections: sections.map((s) => ({ ...s, subsections: [{ ...s }] })),
    fields,
    rules,
  };
  return definitionFromForm(form);
}
