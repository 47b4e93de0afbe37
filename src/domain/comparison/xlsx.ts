/**
 * The export table as an .xlsx workbook (write-excel-file, loaded with the «So sánh» tab's export only). Every text
 * cell is typed String, so the workbook stores it as text, never as a formula, whatever it starts with; numbers are
 * typed Number so Excel can sum them. Empty cells (unknown figures) stay empty, not 0.
 */
import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/universal";
import type { ExportTable, ExportValue } from "./exportTable";

const cell = (value: ExportValue): Cell => {
  if (value === null) return null;
  return typeof value === "number" ? { type: Number, value } : { type: String, value };
};

export function sheetData(table: ExportTable): SheetData {
  return [
    table.header.map((title) => ({ type: String, value: title, fontWeight: "bold" as const, wrap: true })),
    ...table.rows.map((row) => row.map(cell)),
  ];
}

export function toXlsx(table: ExportTable, sheet: string): Promise<Blob> {
  const periods = table.header.length - 5;
  return writeXlsxFile(sheetData(table), {
    sheet,
    stickyRowsCount: 1,
    columns: [{ width: 30 }, { width: 44 }, { width: 10 }, ...Array.from({ length: periods }, () => ({ width: 13 })), { width: 18 }, { width: 13 }],
  }).toBlob();
}
