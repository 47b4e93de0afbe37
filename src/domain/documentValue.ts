/**
 * What the document writes for a typed figure, read the way a fresh start of the pane reads it: one value in every
 * place, several, or none yet. A leader's decision on a tracked change puts the figure's box back to this, so the box
 * holds what the document now says and never the value a leader refused (reviewWork.ts).
 */
import { formatField, parseWritten } from "./fieldValues";
import { isPlaceholder } from "./placeholder";
import type { FieldDef } from "./types";

/** What a text means for the field: its official writing, so «08» and «8» are one value; the text itself otherwise. */
export function valueKey(field: FieldDef, text: string): string {
  const parsed = parseWritten(field, text.trim());
  return parsed.ok && parsed.value !== null ? formatField(field, parsed.value) : text.trim();
}

export type DocumentValue =
  /** Every place writes one value; `text` as its first place writes it. */
  | { kind: "one"; text: string }
  /** The places disagree («năm 2026» in one, «Năm 2025» in another): a value to choose, not to take. */
  | { kind: "several" }
  /** No place, or only a new report's «…»: nothing typed yet. */
  | { kind: "none" };

export function documentValue(field: FieldDef, texts: readonly string[]): DocumentValue {
  const written = texts.filter((text) => !isPlaceholder(text));
  if (written.length === 0) return { kind: "none" };
  const keys = new Set(written.map((text) => valueKey(field, text)));
  return keys.size === 1 ? { kind: "one", text: written[0]! } : { kind: "several" };
}
