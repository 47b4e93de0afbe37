/**
 * Every figure of every period the document knows, as one table for a spreadsheet: one row per figure (section,
 * label, unit, one column per period, the change against the previous period). Cells are typed: numbers stay
 * numbers (a negative change is a number, not text); text that a spreadsheet would run as a formula is neutralised.
 */
import { formatDateVn } from "../period";
import type { ReportDefinition } from "../report";
import type { FieldValue, Period } from "../types";
import { changeBetween, numberIn, periodValues, unitOf } from "./compare";
import { comparedValues, type ComparedState } from "./earlier";
import { periodIndex, periodName, previousPeriod, withPeriod } from "./periods";
import { neutralised } from "../csvText";

export type ExportValue = number | string | null;

export interface ExportTable {
  header: string[];
  rows: ExportValue[][];
}

const textOf = (value: FieldValue | null | undefined): ExportValue => {
  if (!value) return null;
  switch (value.kind) {
    case "number":
      return value.value;
    case "date":
      return formatDateVn(value.iso);
    case "text":
      return value.value;
    case "list":
      return value.items.join("; ");
  }
};

export function exportTable(state: ComparedState): ExportTable {
  const { report, period } = state;
  const compared = comparedValues(state);
  // This period's column shows its own figures only: drafts carried over and not yet confirmed are not its own.
  const columns = withPeriod(state.periods, { period, figures: {} }).map((known) => ({
    period: known.period,
    values: periodIndex(known.period) === periodIndex(period) ? compared.current : periodValues(report, known.figures, known.period),
  }));
  const previous = previousPeriod(period);
  const header = [
    "Mục",
    "Số liệu",
    "Đơn vị",
    ...columns.map((c) => periodName(c.period)),
    `Thay đổi ${periodName(period)} so với ${periodName(previous)}`,
    "Thay đổi (%)",
  ];
  const rows = exportedFields(report).map((field) => {
    const section = report.sections.find((s) => s.id === field.section);
    const comparable = field.kind === "count" || field.kind === "percent";
    const { change, changePercent } = comparable
      ? changeBetween(numberIn(compared.previous, field.id), numberIn(compared.current, field.id))
      : { change: null, changePercent: null };
    return [
      section ? `${section.number} ${section.title}`.trim() : field.section,
      field.label,
      comparable ? unitOf(field) : "",
      ...columns.map((c) => textOf(c.values.get(field.id))),
      change,
      changePercent,
    ];
  });
  return { header, rows };
}

/** Every field but the period's own texts (the quarter's name, its cut-off dates): those are the columns. */
const exportedFields = (report: ReportDefinition) => report.fields.filter((f) => f.formula?.op !== "period");


const csvField = (value: ExportValue): string => {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = neutralised(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV, comma-separated, numbers with a decimal point (what a reporting system reads), and a byte-order
 * mark so that Excel opens it as UTF-8 with the Vietnamese intact.
 */
export function toCsv(table: ExportTable): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** A file name for the export, in ASCII: "so-lieu-quy-ii-2026", "so-lieu-thang-3-2026", "so-lieu-6-thang-dau-2026". */
export function exportFileName(period: Period): string {
  const ascii = periodName(period).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");
  return `so-lieu-${ascii.replace(/[\s/]+/g, "-")}`;
}
