/**
 * Two reports' texts compared figure by figure (`npm run check -- --compare PREVIOUS THIS`): each read with the
 * recognition engine of «Văn bản cũ», then compared like the «So sánh» tab does.
 */
import { recognizedFigures } from "../import/observations";
import { detectPeriod } from "../import/quarters";
import { recognizeFigures } from "../import/recognize";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import { compareFigures, periodValues, type ComparisonRow } from "./compare";
import { periodName } from "./periods";

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

/* Period texts do not enter the comparison; a report without a readable title still has its figures compared. */
const ANY_PERIOD: Period = { quarter: 1, year: 2000 };

function readReport(report: ReportDefinition, text: string) {
  const period = detectPeriod(text);
  const figures = recognizedFigures(report, recognizeFigures(text, report));
  return { period, values: periodValues(report, figures, period ?? ANY_PERIOD) };
}

export function compareReportTexts(report: ReportDefinition, previousText: string, currentText: string): ReportComparison {
  const previous = readReport(report, previousText);
  const current = readReport(report, currentText);
  return {
    previousPeriod: previous.period,
    currentPeriod: current.period,
    rows: compareFigures({ report, current: current.values, previous: previous.values }),
  };
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
