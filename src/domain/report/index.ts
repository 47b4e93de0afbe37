import type { FieldDef, FieldId, Rule, SectionDef } from "../types";
import { AGENCY_FIELDS } from "./fieldsAgency";
import { OVERVIEW_FIELDS, PERIOD_FIELDS } from "./fieldsOverview";
import { RULES } from "./rules";
import { SECTIONS, TOP_SECTIONS } from "./sections";

export interface ReportDefinition {
  sections: readonly SectionDef[];
  topSections: readonly SectionDef[];
  fields: readonly FieldDef[];
  rules: readonly Rule[];
  byId: ReadonlyMap<FieldId, FieldDef>;
}

export function defineReport(
  fields: readonly FieldDef[],
  rules: readonly Rule[],
  sections: readonly SectionDef[] = SECTIONS,
  topSections: readonly SectionDef[] = TOP_SECTIONS,
): ReportDefinition {
  const byId = new Map<FieldId, FieldDef>();
  for (const field of fields) {
    if (byId.has(field.id)) throw new Error(`Duplicate field id ${field.id}`);
    byId.set(field.id, field);
  }
  return { sections, topSections, fields, rules, byId };
}

/** The quarterly democracy-work report of Văn phòng UBND tỉnh. */
export const REPORT: ReportDefinition = defineReport([...PERIOD_FIELDS, ...OVERVIEW_FIELDS, ...AGENCY_FIELDS], RULES);

/** Field ids carry this prefix; controls with other tags belong to someone else. */
export const TAG_PREFIX = "bcdc:";
