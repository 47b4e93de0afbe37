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

/**
 * «Từ chối» beside «19.744 → 19.841» did not say which value stayed: a leader's action names the change decided on
 * and the value the document keeps, in the history's table and in the exports' «Việc» column.
 */
export const HISTORY_ACTIONS: Record<NonNullable<HistoryEntry["decision"]> | "write", string> = {
  write: "Ghi",
  accepted: "Chấp nhận sửa (giữ giá trị mới)",
  rejected: "Từ chối sửa (giữ giá trị cũ)",
  kept: "Giữ số của văn bản (không khớp các số thành phần)",
};

/** The value the document holds after an entry: a rejection keeps the old one, a write or an acceptance the new. */
export const keptValue = (entry: Pick<HistoryEntry, "from" | "to" | "decision">): string =>
  entry.decision === "rejected" || entry.decision === "kept" ? entry.from : entry.to;

/**
 * One entry in a sentence: «19.744 → 19.841» for a write; «Từ chối sửa 19.744 → 19.841; giữ 19.744» for a leader's
 * decision. Entries saved before the wording changed carry the same fields, so they read the same way. An old value
 * "" (a figure first written under tracking) is «—», and a rejection of it leaves the place empty.
 */
export function historyChange(entry: Pick<HistoryEntry, "from" | "to" | "decision">): string {
  const change = `${entry.from || "—"} → ${entry.to}`;
  if (!entry.decision) return change;
  // Nothing changed: the clerk kept the document's total, which its parts did not give (fix44C).
  if (entry.decision === "kept") return `Giữ ${entry.from} (theo các số thành phần là ${entry.to})`;
  const verb = entry.decision === "rejected" ? "Từ chối sửa" : "Chấp nhận sửa";
  const kept = keptValue(entry);
  return `${verb} ${change}; ${kept === "" ? "để trống" : `giữ ${kept}`}`;
}

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
      // «Tỷ lệ đang giải quyết» is the desk's and the centre's: named with its section where another field shares it (walk48, F10).
      label: field ? fieldName(report, entry.field) : entry.field,
      from: entry.from,
      to: entry.to,
    };
  });
}

export const historyCells = (row: HistoryRow): string[] => [row.at, row.by, row.action, row.period, row.section, row.label, row.from, row.to];
