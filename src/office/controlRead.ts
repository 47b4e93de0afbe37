/**
 * How every read of our controls loads them, in the read's own sync: the control and, when it sits in a table
 * (ContentControl.parentTableCellOrNullObject / parentTableOrNullObject, TableCell.rowIndex/cellIndex, Table.values:
 * WordApi 1.3, https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrol), its column's header, since a
 * «%» there means the figures under it are percentages written bare (domain/headerUnit.ts), and its row's label, which
 * may carry the «%» instead.
 */
import { columnHeaderOf, rowLabelOf } from "../domain/headerUnit";
import type { ControlInfo } from "./gateway";

export const CONTROL_PROPS = [
  "items/id",
  "items/tag",
  "items/title",
  "items/text",
  "items/cannotEdit",
  "items/parentTableCellOrNullObject/isNullObject",
  "items/parentTableCellOrNullObject/rowIndex",
  "items/parentTableCellOrNullObject/cellIndex",
  "items/parentTableOrNullObject/isNullObject",
  "items/parentTableOrNullObject/values",
];

export function controlInfo(control: Word.ContentControl): ControlInfo {
  const { id, tag, title, text, cannotEdit } = control;
  const cell = control.parentTableCellOrNullObject;
  const table = control.parentTableOrNullObject;
  if (cell.isNullObject || table.isNullObject) return { id, tag, title, text, cannotEdit };
  const columnHeader = columnHeaderOf(table.values, cell.rowIndex, cell.cellIndex);
  const rowLabel = rowLabelOf(table.values, cell.rowIndex, cell.cellIndex);
  return {
    id,
    tag,
    title,
    text,
    cannotEdit,
    ...(columnHeader !== undefined ? { columnHeader } : {}),
    ...(rowLabel !== undefined ? { rowLabel } : {}),
  };
}
