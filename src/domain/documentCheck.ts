/**
 * What the document says against what the figures give: the same field written differently in two places, and
 * computed fields (percentages, counts of lists) that do not follow from their figures.
 */
import { isPlaceholder } from "./placeholder";
import { fieldName } from "./fieldName";
import { inputsOf, withComputed, type Values } from "./compute";
import { formatField, parseWritten, readsAs, sameValue, showsValue } from "./fieldValues";
import type { ReportDefinition } from "./report";
import type { FieldDef, FieldId, FieldValue, Problem } from "./types";
import { formatCount, roundTo } from "./vnNumber";
import { textAtPlace } from "./headerUnit";
import type { FieldChange } from "./updatePlan";

/** One place in the document where a field is shown. */
export interface Observation {
  text: string;
  /** Where it is, for messages ("mục I"). */
  where?: string;
  /** In a table: its column's header (a «%» there: a percentage written bare is right, headerUnit.ts). */
  columnHeader?: string;
}

export type Observations = ReadonlyMap<FieldId, readonly Observation[]>;

export type FieldStatus =
  | { state: "absent" }
  /** Every place still shows a new report's «…»: nothing written yet, which is no disagreement. */
  | { state: "blank"; places: number }
  /** `restyle`: not the official text, but every place reads as the value (left as written unless the clerk asks). */
  | { state: "shown"; places: number; matches: boolean; restyle: boolean };

/** A percentage's sign as a document writes it: «%» or the words «phần trăm» (numbers.ts reads both). */
const PERCENT_SIGN = /\s*(?:%|phần\s+trăm)\s*$/iu;

function readObserved(field: FieldDef, text: string): FieldValue | null {
  const parsed = parseWritten(field, text.replace(PERCENT_SIGN, ""));
  return parsed.ok ? parsed.value : null;
}

/** Does the document's text agree with a value, at the precision the document wrote it? */
function agrees(field: FieldDef, text: string, value: FieldValue): boolean {
  const seen = readObserved(field, text);
  if (field.kind === "percent" && seen?.kind === "number" && value.kind === "number") {
    const decimals = /[.,](\d+)$/.exec(text.replace(PERCENT_SIGN, "").trim())?.[1]?.length ?? 0;
    return roundTo(value.value, decimals) === seen.value;
  }
  return sameValue(seen, value) || text.trim() === formatField(field, value);
}

/**
 * `rejected`: computed figures whose correction a leader rejected (rejectedChanges.ts). The update keeps their text, so
 * their warning says so instead of sending the clerk to «Cập nhật văn bản», which would not change them.
 */
export function checkDocument(
  report: ReportDefinition,
  values: Values,
  observations: Observations,
  rejected: ReadonlyMap<FieldId, FieldChange> = new Map(),
): Problem[] {
  const problems: Problem[] = [];
  for (const [id, seen] of observations) {
    const field = report.byId.get(id);
    if (!field || seen.length === 0) continue;
    const distinct = distinctTexts(field, seen);
    if (distinct.length > 1) {
      const places = seen.map((o) => `${o.text.trim()}${o.where ? ` (${o.where})` : ""}`).join(", ");
      problems.push({
        key: `doc.disagree:${id}`,
        severity: "warning",
        fields: [id],
        message: `«${fieldName(report, id)}» được ghi khác nhau trong văn bản: ${places}.`,
      });
    }
    const value = values.get(id) ?? null;
    if (!field.formula || field.formula.op === "period" || value === null) continue;
    // A place still showing «…» is a percentage not written yet, not one that disagrees.
    const wrong = seen.find((o) => !isPlaceholder(o.text) && !agrees(field, o.text, value));
    // A percentage that agrees with the figures the document itself shows is only out of date: the next update
    // rewrites it with its figures, so a routine refresh raises no warning. One that disagrees with the document's
    // own figures (960 / 9.780 written as 9,7%) is a mistake in the report, and is said.
    if (wrong && !agreesWithDocument(report, field, wrong.text, observations)) {
      const kept = rejected.get(id);
      problems.push(computedMismatch(report, field, wrong.text.trim(), value, values, kept?.from === wrong.text ? kept : undefined));
    }
  }
  return problems;
}

/** Whether a computed field's text follows from the document's own texts of its inputs (all shown, and agreeing). */
function agreesWithDocument(report: ReportDefinition, field: FieldDef, text: string, observations: Observations): boolean {
  const inputs = inputsOf(field.formula!);
  const shown = new Map<FieldId, FieldValue | null>();
  for (const id of inputs) {
    const input = report.byId.get(id);
    const seen = observations.get(id);
    if (!input || !seen || seen.length === 0 || distinctTexts(input, seen).length > 1) return false;
    shown.set(id, readObserved(input, seen[0]!.text));
  }
  const fromDocument = withComputed(report, shown, { quarter: 1, year: 2000 }).get(field.id) ?? null;
  return fromDocument !== null && agrees(field, text, fromDocument);
}

function distinctTexts(field: FieldDef, seen: readonly Observation[]): string[] {
  const keys = seen.map((o) => JSON.stringify(readObserved(field, o.text) ?? o.text.trim()));
  return [...new Set(keys)];
}

function computedMismatch(report: ReportDefinition, field: FieldDef, text: string, value: FieldValue, values: Values, kept?: FieldChange): Problem {
  const shown = formatField(field, value);
  const formula = field.formula!;
  let because = "";
  if (formula.op === "percentOf") {
    const part = values.get(formula.part);
    const whole = values.get(formula.whole);
    if (part?.kind === "number" && whole?.kind === "number") because = ` (${formatCount(part.value)} / ${formatCount(whole.value)})`;
  }
  const fields = [field.id, ...(formula.op === "percentOf" ? [formula.part, formula.whole] : [])];
  return {
    key: `doc.computed:${field.id}`,
    severity: "warning",
    fields: fields.filter((id) => report.byId.has(id)),
    message:
      `Văn bản ghi «${fieldName(report, field.id)}» là ${text}, nhưng theo số liệu phải là ${shown}${because}. ` +
      (kept ? `Lãnh đạo đã từ chối sửa thành ${kept.to}, nên «Cập nhật văn bản» giữ ${text}.` : "Bấm «Cập nhật văn bản» để sửa."),
  };
}

/** Per field: not in the document, or in N places and whether they all show the current value. */
export function fieldStatus(field: FieldDef, value: FieldValue | null, seen: readonly Observation[] | undefined): FieldStatus {
  if (!seen || seen.length === 0) return { state: "absent" };
  if (seen.every((o) => isPlaceholder(o.text))) return { state: "blank", places: seen.length };
  // A list in the report's own running style («A, B và C») is the list the pane holds: planUpdate leaves it as written
  // (showsValue), so its badge says it is there, not «Văn bản đang ghi khác» beside a box holding that very text.
  // Nor is a figure the document says in words («không»): that word stays (saysInWords).
  const matches =
    value === null
      ? false
      : seen.every((o) => o.text.trim() === textAtPlace(field, value, o.columnHeader) || ((value.kind === "list" || !o.columnHeader) && showsValue(field, o.text.trim(), value)));
  const restyle = !matches && value !== null && value.kind !== "list" && seen.every((o) => readsAs(field, o.text, value));
  return { state: "shown", places: seen.length, matches, restyle };
}
