/** Derives the computed fields (percentages, sums, list counts, period texts) from the typed ones. */
import { periodText } from "./period";
import type { ReportDefinition } from "./report";
import type { FieldId, FieldValue, Formula, Period } from "./types";
import { roundTo } from "./vnNumber";

export type Values = ReadonlyMap<FieldId, FieldValue | null>;

export function numberOf(values: Values, id: FieldId): number | undefined {
  const value = values.get(id);
  return value?.kind === "number" ? value.value : undefined;
}

function evaluate(formula: Formula, values: Values, period: Period): FieldValue | null {
  switch (formula.op) {
    case "percentOf": {
      const part = numberOf(values, formula.part);
      const whole = numberOf(values, formula.whole);
      if (part === undefined || whole === undefined || whole === 0) return null;
      return { kind: "number", value: roundTo((part / whole) * 100, 2) };
    }
    case "sum": {
      const parts = formula.of.map((id) => numberOf(values, id));
      if (parts.some((part) => part === undefined)) return null;
      return { kind: "number", value: parts.reduce<number>((total, part) => total + part!, 0) };
    }
    case "countOf": {
      const list = values.get(formula.list);
      return list?.kind === "list" ? { kind: "number", value: list.items.length } : null;
    }
    case "period":
      return { kind: "text", value: periodText(period, formula.part) };
  }
}

/**
 * Typed values plus every computed field. The definition orders computed fields after those they are made from
 * (a form may take a percentage of a sum), so one pass in that order suffices.
 */
export function withComputed(report: ReportDefinition, typed: Values, period: Period): Map<FieldId, FieldValue | null> {
  const all = new Map(typed);
  for (const field of report.computeOrder) {
    if (field.formula) all.set(field.id, evaluate(field.formula, all, period));
  }
  return all;
}

/** The fields a computed field is made from (for blocking writes that depend on a figure in error). */
export function inputsOf(formula: Formula): FieldId[] {
  switch (formula.op) {
    case "percentOf":
      return [formula.part, formula.whole];
    case "sum":
      return formula.of;
    case "countOf":
      return [formula.list];
    case "period":
      return [];
  }
}

/**
 * The typed figures with no value that leave a computed one without a value (through the computed figures it is made
 * from): walk42 emptied «Hồ sơ tiếp nhận» and its two shares could not be computed, which nothing said.
 */
export function emptyInputs(report: ReportDefinition, values: Values, formula: Formula): FieldId[] {
  const empty: FieldId[] = [];
  for (const id of inputsOf(formula)) {
    if ((values.get(id) ?? null) !== null) continue;
    const input = report.byId.get(id)?.formula;
    for (const found of input ? emptyInputs(report, values, input) : [id]) if (!empty.includes(found)) empty.push(found);
  }
  return empty;
}
