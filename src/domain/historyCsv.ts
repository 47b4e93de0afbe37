/** The history of changes as a CSV file Excel opens with Vietnamese intact (UTF-8 with BOM, CRLF, quoted cells). */
import { parsePhraseTag } from "./comparison/phraseTag";
import { fieldName } from "./fieldName";
import type { ReportDefinition } from "./report";
import type { HistoryEntry } from "./storedReport";

const BOM = "\ufeff";

function cell(text: string): string {
  // Cells starting with = + - @ would run as formulas in Excel; a leading apostrophe keeps them text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function historyToCsv(report: ReportDefinition, entries: readonly HistoryEntry[]): string {
  const header = ["Thời điểm", "Người sửa", "Mục", "Số liệu", "Giá trị cũ", "Giá trị mới"];
  const rows = entries.map((entry) => {
    const phrase = parsePhraseTag(entry.field);
    const field = report.byId.get(entry.field) ?? report.byId.get(phrase?.field ?? "");
    const section = field ? report.sections.find((s) => s.id === field.section)?.number ?? "" : "";
    const label = report.byId.get(entry.field)?.label ?? (field ? fieldName(report, entry.field) : entry.field);
    return [entry.at, entry.by, section, label, entry.from, entry.to];
  });
  return BOM + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Newest first, optionally only one top-level section ("III"). */
export function historyView(
  report: ReportDefinition,
  entries: readonly HistoryEntry[],
  topSection: string | null,
): HistoryEntry[] {
  const inSection = (entry: HistoryEntry) => {
    if (!topSection) return true;
    // A comparison phrase (`<field>@quyTruoc`) belongs to its field's section.
    const section = report.byId.get(parsePhraseTag(entry.field)?.field ?? entry.field)?.section ?? "";
    return section.split(".")[0] === topSection;
  };
  return entries.filter(inSection).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
