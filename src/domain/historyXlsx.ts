/**
 * The history of changes as an .xlsx workbook (write-excel-file, loaded only when asked for): the time a real date
 * cell shown as the clerk's wall-clock time «dd/mm/yyyy hh:mm», every other cell typed String so nothing a user
 * typed is ever read as a formula.
 */
import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/universal";
import { HISTORY_HEADER, historyRows, type HistoryRow } from "./historyRows";
import type { ReportDefinition } from "./report";
import type { HistoryEntry } from "./storedReport";

const text = (value: string): Cell => (value === "" ? null : { type: String, value });

/**
 * An .xlsx date has no time zone: Excel shows the serial as it is. Stored times are UTC, so the serial is shifted by
 * the clerk's offset (minutes east of UTC, 420 in Việt Nam) to read as the time the clerk saw on the clock.
 */
function timeCell(at: string, offsetMinutes: number): Cell {
  const utc = Date.parse(at);
  if (Number.isNaN(utc)) return text(at);
  return { type: Date, value: new Date(utc + offsetMinutes * 60_000), format: "dd/mm/yyyy hh:mm" };
}

const rowCells = (row: HistoryRow, offsetMinutes: number): Cell[] => [
  timeCell(row.at, offsetMinutes),
  ...[row.by, row.action, row.period, row.section, row.label, row.from, row.to].map(text),
];

export function historySheet(report: ReportDefinition, entries: readonly HistoryEntry[], offsetMinutes: number): SheetData {
  return [
    HISTORY_HEADER.map((title) => ({ type: String, value: title, fontWeight: "bold" as const })),
    ...historyRows(report, entries).map((row) => rowCells(row, offsetMinutes)),
  ];
}

export function historyToXlsx(report: ReportDefinition, entries: readonly HistoryEntry[], offsetMinutes: number): Promise<Blob> {
  return writeXlsxFile(historySheet(report, entries, offsetMinutes), {
    sheet: "Lịch sử thay đổi",
    stickyRowsCount: 1,
    columns: [{ width: 17 }, { width: 22 }, { width: 11 }, { width: 16 }, { width: 9 }, { width: 44 }, { width: 14 }, { width: 14 }],
  }).toBlob();
}
