/**
 * This period against an earlier one, per figure: what changed, by how much. Generic over the report definition:
 * every count and percentage (typed or computed) is compared; years, dates, texts and lists are not figures to
 * compare. Unknown stays unknown (null), never 0.
 */
import type { Values } from "../compute";
import type { ReportDefinition } from "../report";
import type { FieldDef, FieldId, Period, SectionDef } from "../types";
import { validateFigures, type RawFigures } from "../validate";
import { roundTo } from "../vnNumber";

export type ChangeStatus = "up" | "down" | "same" | "unknown";

export interface Change {
  /** current − previous; null when either side is unknown. Percentages change in percentage points. */
  change: number | null;
  /** The change relative to previous, in %; null when previous is 0 or either side is unknown. */
  changePercent: number | null;
  status: ChangeStatus;
}

export interface ComparisonRow extends Change {
  id: FieldId;
  label: string;
  kind: "count" | "percent";
  section: SectionDef;
  unit: string;
  previous: number | null;
  current: number | null;
  /** The same quarter a year before, and the change against it; null when the document does not know it. */
  lastYear: number | null;
  yearChange: Change;
}

export const isComparable = (field: FieldDef): field is FieldDef & { kind: "count" | "percent" } =>
  field.kind === "count" || field.kind === "percent";

/** The form's own unit where it gives one; otherwise % for percentages, "số lượng" for counts. */
export const unitOf = (field: FieldDef): string => field.unit ?? (field.kind === "percent" ? "%" : "số lượng");

/** Typed and computed numbers of one period's typed figures (invalid or empty figures are unknown). */
export function periodValues(report: ReportDefinition, figures: RawFigures, period: Period): Values {
  return validateFigures(report, figures, period).values;
}

export function numberIn(values: Values | null | undefined, id: FieldId): number | null {
  const value = values?.get(id);
  return value?.kind === "number" ? value.value : null;
}

export function changeBetween(previous: number | null, current: number | null): Change {
  if (previous === null || current === null) return { change: null, changePercent: null, status: "unknown" };
  // Two decimals: the figures themselves have at most two, so anything further is binary noise.
  const change = roundTo(current - previous, 2);
  const changePercent = previous === 0 ? null : roundTo((change / previous) * 100, 2);
  return { change, changePercent, status: change > 0 ? "up" : change < 0 ? "down" : "same" };
}

export interface ComparisonInput {
  report: ReportDefinition;
  current: Values;
  /** The previous quarter's values, or null when the document does not know them. */
  previous: Values | null;
  lastYear?: Values | null;
}

/** One row per comparable field, in the definition's order. */
export function compareFigures({ report, current, previous, lastYear = null }: ComparisonInput): ComparisonRow[] {
  const sections = new Map(report.sections.map((s) => [s.id, s]));
  const rows: ComparisonRow[] = [];
  for (const field of report.fields) {
    if (!isComparable(field)) continue;
    const now = numberIn(current, field.id);
    const before = numberIn(previous, field.id);
    const yearBefore = numberIn(lastYear, field.id);
    rows.push({
      id: field.id,
      label: field.label,
      kind: field.kind,
      section: sections.get(field.section) ?? { id: field.section, number: "", title: field.section },
      unit: unitOf(field),
      previous: before,
      current: now,
      lastYear: yearBefore,
      ...changeBetween(before, now),
      yearChange: changeBetween(yearBefore, now),
    });
  }
  return rows;
}

/**
 * Largest change first: by the size of the relative change; a change from 0 (no relative size) before every
 * relative one; unchanged next, unknown last. Ties keep the definition's order.
 */
export function byLargestChange(rows: readonly ComparisonRow[]): ComparisonRow[] {
  const weight = (row: ComparisonRow): number => {
    if (row.status === "unknown") return -2;
    if (row.status === "same") return -1;
    return row.changePercent === null ? Number.POSITIVE_INFINITY : Math.abs(row.changePercent);
  };
  return rows.map((row, i) => ({ row, i, w: weight(row) })).sort((a, b) => b.w - a.w || a.i - b.i).map((x) => x.row);
}

/** Rows grouped by their section, sections in the order their first row comes. */
export function bySection(rows: readonly ComparisonRow[]): { section: SectionDef; rows: ComparisonRow[] }[] {
  const groups = new Map<string, { section: SectionDef; rows: ComparisonRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.section.id) ?? { section: row.section, rows: [] };
    group.rows.push(row);
    groups.set(row.section.id, group);
  }
  return [...groups.values()];
}
