/**
 * The report form as the engine reads it. It is built from a form's JSON (src/forms/*.form.json, or the one a
 * document carries) by ../form/toDefinition.ts; no code names a form's fields.
 */
import type { ReportForm } from "../form/types";
import type { Block } from "../template/types";
import type { FieldDef, FieldId, PeriodKind, Rule, SectionDef } from "../types";

export interface ReportDefinition {
  id: string;
  version: string;
  title: string;
  /** Every field id (and control tag) starts with it; controls with other tags belong to someone else. */
  tagPrefix: string;
  periodKind: PeriodKind;
  /** The parts of sections that ask for figures; a field's `section` is one of these ids. */
  sections: readonly SectionDef[];
  topSections: readonly SectionDef[];
  /** The top section of each subsection. */
  topOf: ReadonlyMap<string, string>;
  fields: readonly FieldDef[];
  /** Computed fields, each after the computed fields it is made from. */
  computeOrder: readonly FieldDef[];
  rules: readonly Rule[];
  byId: ReadonlyMap<FieldId, FieldDef>;
  /** The text of a new report, headings unnumbered. */
  skeleton: readonly Block[];
  /** The JSON it was built from: what a document carries. */
  form: ReportForm;
}

/** The top-level section a subsection belongs to. */
export function topSectionOf(report: ReportDefinition, sectionId: string): string {
  return report.topOf.get(sectionId) ?? sectionId;
}
