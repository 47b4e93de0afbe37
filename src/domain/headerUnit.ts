/**
 * A percentage in a table column whose header carries the sign («%», «Tỷ lệ (%)», «phần trăm») is written bare
 * («93,75»): the header already says it is a percentage, as statistical tables in the reports do. Such a place shows
 * the value in the official style without its «%»; adding one would be a change the clerk did not ask for. So does a
 * row whose label carries it («Tỷ lệ (%)⇥95,06»), as tables with periods for columns write it.
 */
import { listInStyleOf } from "./listStyle";
import { formatField } from "./fieldValues";
import type { FieldDef, FieldValue } from "./types";

const SIGN_IN_HEADER = /%|phần\s+trăm/iu;
/** A cell that is a figure (a number, a share, a ratio), not a header's words; «%» alone is a header. */
const FIGURE = /^[\s.,%/–-]*\d[\s\d.,%/–-]*$/u;

/**
 * Does the cell's column header, or its row's label («Tỷ lệ (%)⇥95,06», walk48 F13), carry the percent sign for it?
 */
export const headerCarriesPercent = (columnHeader: string | undefined, rowLabel?: string): boolean =>
  (columnHeader !== undefined && SIGN_IN_HEADER.test(columnHeader)) || (rowLabel !== undefined && SIGN_IN_HEADER.test(rowLabel));

/**
 * The official text for a value at one place: no «%» under a header that carries it; a list with the separators the
 * place's current text uses (`placeText`, listStyle.ts).
 */
export function textAtPlace(field: FieldDef, value: FieldValue, columnHeader?: string, placeText?: string, rowLabel?: string): string {
  if (value.kind === "list" && placeText !== undefined) return listInStyleOf(value.items, placeText) ?? formatField(field, value);
  const text = formatField(field, value);
  return field.kind === "percent" && headerCarriesPercent(columnHeader, rowLabel) ? text.replace(/\s*%$/u, "") : text;
}

/**
 * The header of a cell's column, from the table's values (Word's Table.values): the texts above it in its column
 * that are words, not figures, joined. Undefined when there is none (a cell of the first row, a column of figures).
 */
export function columnHeaderOf(values: readonly (readonly string[])[], row: number, cell: number): string | undefined {
  const above = values
    .slice(0, Math.max(0, row))
    .map((r) => (r[cell] ?? "").trim())
    .filter((text) => text !== "" && !FIGURE.test(text));
  return above.length > 0 ? above.join(" ") : undefined;
}

/** The words labelling a cell's row: the cells before it in its row that are words, not figures, joined. */
export function rowLabelOf(values: readonly (readonly string[])[], row: number, cell: number): string | undefined {
  const before = (values[row] ?? [])
    .slice(0, Math.max(0, cell))
    .map((text) => text.trim())
    .filter((text) => text !== "" && !FIGURE.test(text));
  return before.length > 0 ? before.join(" ") : undefined;
}
