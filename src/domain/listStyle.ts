/**
 * A list figure («Các đơn vị sự nghiệp») in the pane and in the document. The pane's box asks for one item a line
 * («Mỗi dòng một đơn vị»), but a report writes its lists as prose, «A, B và C», or with «;». Walk finding (pane58, 1):
 * the box showed the document's comma text under a hint promising one a line. The box now shows the items one a line
 * (`boxText`), and a changed list is written back with the separators the document's own text used at that place
 * (`listInStyleOf`): the clerk's document keeps its way of writing, never «;» put silently in place of its commas.
 */
import type { ReportDefinition } from "./report";
import type { FieldDef, FieldId } from "./types";
import { parseWritten } from "./fieldValues";
import { numberedList } from "./numberedList";

/** A figure's text as its box shows it: a list one item a line; anything else as it is. */
export function boxText(field: FieldDef, text: string): string {
  if (field.kind !== "list") return text;
  const parsed = parseWritten(field, text);
  return parsed.ok && parsed.value?.kind === "list" ? parsed.value.items.join("\n") : text;
}

/** Every figure's box text (boxText), for figures read from the document or a stored draft. */
export function boxTexts(report: ReportDefinition, raw: Readonly<Record<FieldId, string>>): Record<FieldId, string> {
  return Object.fromEntries(Object.entries(raw).map(([id, text]) => [id, report.byId.has(id) ? boxText(report.byId.get(id)!, text) : text]));
}

/**
 * The items written as the document's text at a place writes a list: numbered as it numbers them («(1) A; (2) B»);
 * «A, B và C» (or «A, B, C») when it separates its items with commas or «và»; null when it uses «;», holds one item or none, or is no list at all: the official «A; B; C» then.
 */
export function listInStyleOf(items: readonly string[], placeText: string): string | null {
  const text = placeText.trim();
  // «(1) A; (2) B»: numbered as the report numbers it, each item in its place (numberedList.ts).
  const numbered = numberedList(text);
  if (numbered !== null && items.length > 0) return items.map((item, i) => `${numbered.marker(i)} ${item}`).join(numbered.separator);
  // «A và B» is a list written as prose too: the pane reads it as two items (fieldValues.ts listItems).
  if (items.length === 0 || /[\n;]/.test(text) || !/,\s|\svà\s/.test(text)) return null;
  if (items.length === 1) return items[0]!;
  const withAnd = /\s+và\s+[^,]*$/.test(text);
  return withAnd ? `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}` : items.join(", ");
}
