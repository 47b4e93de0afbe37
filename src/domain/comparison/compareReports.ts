/**
 * Two reports compared figure by figure (`npm run check -- --compare PREVIOUS THIS`), like the «So sánh» tab does.
 * A report is read from its stored part when it is a .docx made by the add-in (its figures as typed, its period as
 * kept), else with the recognition engine of «Văn bản cũ» (its period from the title, of the form's kind).
 */
import { recognizedFigures } from "../import/observations";
import { detectPeriodOfKind } from "../import/periodTitle";
import { detectPeriod } from "../import/quarters";
import { recognizeFigures } from "../import/recognize";
import { KIND_WORDS, kindOf } from "../periodKinds";
import type { ReportDefinition } from "../report";
import type { StoredReport } from "../storedReport";
import type { FieldId, Period } from "../types";
import type { RawFigures } from "../validate";
import { compareFigures, periodValues, type ComparisonRow } from "./compare";
import { SAME_FORM_SHARE } from "./earlierReport";
import { periodIndex, periodName, periodNameInText } from "./periods";

export interface ComparisonEntry {
  id: FieldId;
  label: string;
  section: string;
  previous: number | null;
  current: number | null;
  change: number | null;
  changePercent: number | null;
}

export interface ReportComparison {
  previousPeriod: Period | null;
  currentPeriod: Period | null;
  rows: ComparisonRow[];
}

/** One report as the comparison reads it. */
export interface ComparedReport {
  period: Period | null;
  figures: RawFigures;
  source: "stored" | "recognised";
  /** The form's typed figures found, and how many it has. */
  found: number;
  typedTotal: number;
}

/* Period texts do not enter the comparison; a report without a readable title still has its figures compared. */
const ANY_PERIOD: Period = { quarter: 1, year: 2000 };

const typedFields = (report: ReportDefinition) => report.fields.filter((f) => !f.formula);

export function reportFromText(report: ReportDefinition, text: string): ComparedReport {
  const period = report.periodKind === "quarter" ? detectPeriod(text) : detectPeriodOfKind(text, report.periodKind);
  const figures = recognizedFigures(report, recognizeFigures(text, report));
  const typed = typedFields(report);
  return { period, figures, source: "recognised", found: typed.filter((f) => figures[f.id] !== undefined).length, typedTotal: typed.length };
}

/** A .docx made by the add-in: the figures it keeps for its own period, as typed. */
export function reportFromStored(report: ReportDefinition, stored: StoredReport): ComparedReport {
  const typed = typedFields(report);
  const figures = Object.fromEntries(typed.filter((f) => (stored.figures[f.id] ?? "").trim() !== "").map((f) => [f.id, stored.figures[f.id]!]));
  return { period: stored.period, figures, source: "stored", found: Object.keys(figures).length, typedTotal: typed.length };
}

/**
 * Why the two cannot be compared as last period and this one (Vietnamese, naming the file), or null: the previous
 * file is not a report (no period of the form's kind in its title and few of its figures found, or none at all), is
 * a period of another kind, or is of the same period or a later one. Which form a file is of is decided by the caller
 * (the form a .docx carries, or the form that finds the most figures).
 */
export function comparisonProblem(report: ReportDefinition, previous: ComparedReport, current: ComparedReport, file: string): string | null {
  const few = previous.found < Math.max(1, Math.ceil(previous.typedTotal * SAME_FORM_SHARE));
  if (previous.source === "recognised" && (previous.found === 0 || (few && !previous.period))) {
    return `${file} không giống một báo cáo của mẫu «${report.title}»: ${previous.period ? "" : "tiêu đề không nêu kỳ báo cáo và "}chỉ nhận ra ${previous.found}/${previous.typedTotal} số liệu của mẫu.`;
  }
  const [a, b] = [previous.period, current.period];
  if (a && kindOf(a) !== report.periodKind) {
    return `${file} là báo cáo ${periodNameInText(a)}, không phải báo cáo theo ${KIND_WORDS[report.periodKind]} của mẫu «${report.title}».`;
  }
  if (a && b && periodIndex(a) === periodIndex(b)) return `${file} cùng kỳ với báo cáo so sánh (${periodNameInText(a)}): hãy chọn báo cáo kỳ trước.`;
  if (a && b && periodIndex(a) > periodIndex(b)) {
    return `${file} (${periodNameInText(a)}) không phải báo cáo của kỳ trước ${periodNameInText(b)}: hãy ghi tệp kỳ trước trước, tệp kỳ này sau.`;
  }
  return null;
}

export function compareReadReports(report: ReportDefinition, previous: ComparedReport, current: ComparedReport): ReportComparison {
  const values = (read: ComparedReport) => periodValues(report, read.figures, read.period ?? ANY_PERIOD);
  return {
    previousPeriod: previous.period,
    currentPeriod: current.period,
    rows: compareFigures({ report, current: values(current), previous: values(previous) }),
  };
}

export function compareReportTexts(report: ReportDefinition, previousText: string, currentText: string): ReportComparison {
  return compareReadReports(report, reportFromText(report, previousText), reportFromText(report, currentText));
}

/** One entry per figure read in either report (numbers as numbers, null where a side is unknown). */
export function comparisonEntries(rows: readonly ComparisonRow[]): ComparisonEntry[] {
  return rows
    .filter((row) => row.previous !== null || row.current !== null)
    .map((row) => ({
      id: row.id,
      label: row.label,
      section: `${row.section.number} ${row.section.title}`.trim(),
      previous: row.previous,
      current: row.current,
      change: row.change,
      changePercent: row.changePercent,
    }));
}

const vn = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const cell = (value: number | null, signed = false) =>
  value === null ? "—" : `${signed && value > 0 ? "+" : ""}${vn.format(value)}`;

/** The comparison as a plain-text table, grouped by section; unchanged and unknown said in words, never 0. */
export function renderComparison(comparison: ReportComparison, names: { previous: string; current: string }): string {
  const title = (period: Period | null, file: string) => (period ? `${periodName(period)} (${file})` : file);
  const lines = [`So sánh ${title(comparison.currentPeriod, names.current)} với ${title(comparison.previousPeriod, names.previous)}`];
  let section = "";
  const entries = comparisonEntries(comparison.rows);
  const rows = new Map(comparison.rows.map((r) => [r.id, r]));
  for (const entry of entries) {
    if (entry.section !== section) {
      section = entry.section;
      lines.push("", section);
    }
    const { status, kind } = rows.get(entry.id)!;
    const unit = kind === "percent" ? "%" : "";
    const value = (v: number | null) => (v === null ? cell(v) : `${cell(v)}${unit}`);
    const change =
      status === "unknown"
        ? "chưa so được"
        : status === "same"
          ? "không đổi"
          : `${cell(entry.change, true)}${kind === "percent" ? " điểm" : ""} (${entry.changePercent === null ? "từ 0" : `${cell(entry.changePercent, true)}%`})`;
    lines.push(`  ${entry.label}: ${value(entry.previous)} → ${value(entry.current)}  ${change}`);
  }
  if (entries.length === 0) lines.push("", "Không đọc được số liệu nào của mẫu báo cáo này trong hai tệp.");
  return lines.join("\n");
}
