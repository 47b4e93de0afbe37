/** A form's recognition wording (each field's `wording`) compiled into patterns, once per definition. */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import { fig, type FigurePattern, type PatternTable } from "./build";

const compiled = new WeakMap<ReportDefinition, PatternTable>();

export function patternsOf(report: ReportDefinition): PatternTable {
  let table = compiled.get(report);
  if (!table) {
    const rows = new Map<FieldId, readonly FigurePattern[]>();
    for (const field of report.fields) {
      if (field.wording?.length) rows.set(field.id, field.wording.map((wording) => fig(wording, field.items)));
    }
    table = rows;
    compiled.set(report, table);
  }
  return table;
}

export { fig, listSentenceEnd, splitItems } from "./build";
export type { FigurePattern, ItemSplit, PatternTable } from "./build";
