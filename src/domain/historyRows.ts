/**
 * The history of changes as rows a person reads, shared by the CSV and the Excel export: when, who, what was done
 * (a write, or a leader's accept or reject), for which period, section and figure, and the value before and after.
 */
import { parsePhraseTag } from "./comparison/phraseTag";
import { fieldName } from "./fieldName";
import { periodName } from "./periodKinds";
import type { ReportDefinition } from "./report";
import type { HistoryEntry } from "./storedReport";

export const HISTORY_HEADER = ["Thời điểm", "Người sửa", "Việc", "Kỳ báo cáo", "Mục", "Số liệu", "Giá trị cũ", "Giá trị mới"] as const;

export const HISTORY_ACTIONS: Record<NonNullable<HistoryEntry["decision"]> | "write", string> = {
  write: "Ghi",
  accepted: "Chấp nhận",
  rejected: "Từ chối",
};

export interface HistoryRow {
  /** As stored (ISO 8601, UTC). */
  at: string;
  by: string;
  action: string;
  period: string;
  section: string;
  label: string;
  from: string;
  to: string;
}

// A cell starts a sentence of its own: «Quý I năm 2026», not the running-text «quý I năm 2026».
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function historyRows(report: ReportDefinition, entries: readonly HistoryEntry[]): HistoryRow[] {
  return entries.map((entry) => {
    const phrase = parsePhraseTag(entry.field);
    const field = report.byId.get(entry.field) ?? report.byId.get(phrase?.field ?? "");
    return {
      at: entry.at,
      by: entry.by,
      action: HISTORY_ACTIONS[entry.decision ?? "write"],
      period: entry.period ? capitalised(periodName(entry.period)) : "",
      section: field ? report.sections.find((s) => s.id === field.section)?.number ?? "" : "",
      label: report.byId.get(entry.field)?.label ?? (field ? fieldName(report, entry.field) : entry.field),
      from: entry.from,
      to: entry.to,
    };
  });
}

export const historyCells = (row: HistoryRow): string[] => [row.at, row.by, row.action, row.period, row.section, row.label, row.from, row.to];
