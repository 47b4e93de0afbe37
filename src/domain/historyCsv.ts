/**
 * The history of changes as CSV (UTF-8 with BOM, CRLF, quoted cells) for other systems. Excel opens a .csv with
 * Windows' list separator, «;» under the Vietnamese regional format (whose decimal mark is the comma), and shows a
 * comma-separated file as one column there: people get the .xlsx (historyXlsx.ts).
 */
import { neutralised } from "./csvText";
import { HISTORY_HEADER, historyCells, historyRows } from "./historyRows";
import { parsePhraseTag } from "./comparison/phraseTag";
import type { ReportDefinition } from "./report";
import type { HistoryEntry } from "./storedReport";

const BOM = "\ufeff";

function cell(text: string): string {
  return `"${neutralised(text).replace(/"/g, '""')}"`;
}

export function historyToCsv(report: ReportDefinition, entries: readonly HistoryEntry[]): string {
  const rows = historyRows(report, entries).map(historyCells);
  return BOM + [[...HISTORY_HEADER], ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
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
