/**
 * The period a document already names, read from its period controls. A report opened without the add-in's stored
 * figures must keep its own quarter: falling back to today's would rewrite every period text at the first update.
 */
import { TAG_PREFIX } from "./report";
import type { FieldId, Period } from "./types";

const ROMAN: Record<string, Period["quarter"]> = { I: 1, II: 2, III: 3, IV: 4 };

export function periodFromTexts(agreed: Readonly<Record<FieldId, string>>): Period | null {
  const quarter = ROMAN[(agreed[`${TAG_PREFIX}ky.quy`] ?? "").trim().toUpperCase()];
  const yearText = (agreed[`${TAG_PREFIX}ky.nam`] ?? "").trim();
  if (!quarter || !/^\d{4}$/.test(yearText)) return null;
  return { quarter, year: Number(yearText) };
}
