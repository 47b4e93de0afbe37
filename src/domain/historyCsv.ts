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

/**
 * «2026-12-07T18:26:49+07:00»: the clock time the pane showed, with its offset, so that a leader reading the file sees
 * her own time and a system still reads one instant. Walk finding (walk48, F10): the stored UTC «…T11:26:49.513Z» read
 * seven hours off in Việt Nam. `offsetMinutes` is east of UTC at that instant (the computer's own by default).
 */
export function localTimestamp(at: string, offsetMinutes: (instant: Date) => number = (d) => -d.getTimezoneOffset()): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return at;
  const offset = offsetMinutes(instant);
  const shifted = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${shifted}${sign}${hours}:${minutes}`;
}

export function historyToCsv(report: ReportDefinition, entries: readonly HistoryEntry[], offsetMinutes?: (instant: Date) => number): string {
  const rows = historyRows(report, entries).map((row) => historyCells({ ...row, at: localTimestamp(row.at, offsetMinutes) }));
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
