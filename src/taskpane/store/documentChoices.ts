/**
 * A figure the document states twice in disagreement («năm 2026» in section I, «Năm 2025» in II.1.a of the reference
 * report). The pane cannot take either for the clerk, so its box stayed empty and the summary counted it among the
 * figures «chưa nhập», though the clerk had nothing to type that the document does not hold. Such a figure is one to
 * choose, not to type: its box offers the document's values (the pane's value only: nothing in the text changes until
 * «Cập nhật văn bản», which then writes the chosen one in every place), and the summary counts it apart.
 */
import type { Observation, Observations } from "../../domain/documentCheck";
import { valueKey } from "../../domain/documentValue";
import { isPlaceholder } from "../../domain/placeholder";
import type { ReportDefinition } from "../../domain/report";
import type { FieldDef, FieldId } from "../../domain/types";

/** One value the document writes for a figure: its text as first written, and the places (1-based) that write it. */
export interface DocumentChoice {
  text: string;
  places: number[];
}

/** The document's values for a typed figure it writes differently in different places; [] when they agree. */
export function choicesOf(field: FieldDef, seen: readonly Observation[] | undefined): DocumentChoice[] {
  if (field.formula || !seen) return [];
  const byValue = new Map<string, DocumentChoice>();
  seen.forEach((o, i) => {
    if (isPlaceholder(o.text)) return;
    const key = valueKey(field, o.text);
    const choice = byValue.get(key) ?? { text: o.text.trim(), places: [] };
    choice.places.push(i + 1);
    byValue.set(key, choice);
  });
  return byValue.size > 1 ? [...byValue.values()] : [];
}

/** Whether the box's text is one of the document's values (the clerk's choice), read as the document's are. */
export function chosenOf(field: FieldDef, choices: readonly DocumentChoice[], raw: string): DocumentChoice | undefined {
  if (raw.trim() === "") return undefined;
  const key = valueKey(field, raw);
  return choices.find((c) => valueKey(field, c.text) === key);
}

/** Typed figures left empty that the document states in disagreement: to choose, not «chưa nhập». */
export function figuresToChoose(report: ReportDefinition, raw: Readonly<Record<FieldId, string>>, observations: Observations): FieldId[] {
  return report.fields
    .filter((f) => (raw[f.id] ?? "").trim() === "" && choicesOf(f, observations.get(f.id)).length > 0)
    .map((f) => f.id);
}

/**
 * Figures whose disagreement the clerk settled by choosing one of the document's values: «Cập nhật văn bản» writes the
 * choice in every place, the other value included (it is the document's own, not a hand edit to ask about). Only while
 * every place still shows one of the values the pane offered (`known`, the last read): a place typed over since then
 * (`current`, the update's own read) is a hand edit again, and asked about as any other.
 */
export function settledByChoice(report: ReportDefinition, raw: Readonly<Record<FieldId, string>>, known: Observations, current: Observations): FieldId[] {
  return report.fields
    .filter((field) => {
      const choices = choicesOf(field, known.get(field.id));
      if (!chosenOf(field, choices, raw[field.id] ?? "")) return false;
      const offered = new Set(choices.map((c) => valueKey(field, c.text)));
      return (current.get(field.id) ?? []).every((o) => isPlaceholder(o.text) || offered.has(valueKey(field, o.text)));
    })
    .map((field) => field.id);
}
