/**
 * What the document says against what the figures give: the same field written differently in two places, and
 * computed fields (percentages, counts of lists) that do not follow from their figures.
 */
import { isPlaceholder } from "./placeholder";
import { fieldName } from "./fieldName";
import { emptyInputs, inputsOf, withComputed, type Values } from "./compute";
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
  /** In a table: its row's label, which may carry the «%» instead. */
  rowLabel?: string;
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
 * their warning says so instead of sending the clerk to «Cập nhật văn bản», which would not change them. A total the
 * clerk chose to keep (`kept`) for the very numbers its parts still give is her answer, no longer a problem.
 * `doubted`: computed figures whose text the add-in never wrote nor agreed with (unconfirmedTotals.ts): the update
 * leaves them and a card asks, so the warning sends her to the card (walk44: it said «Bấm «Cập nhật văn bản» để sửa»).
 */
export function checkDocument(
  report: ReportDefinition,
  values: Values,
  observations: Observations,
  rejected: ReadonlyMap<FieldId, FieldChange> = new Map(),
  doubted: (id: FieldId) => boolean = () => false,
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
    if (!field.formula || field.formula.op === "period") continue;
    if (value === null) {
      const stale = notRecomputed(report, field, seen, values, observations);
      if (stale) problems.push(stale);
      continue;
    }
    // A place still showing «…» is a percentage not written yet, not one that disagrees.
    const wrong = seen.find((o) => !isPlaceholder(o.text) && !agrees(field, o.text, value));
    // A percentage that agrees with the figures the document itself shows is only out of date: the next update
    // rewrites it with its figures, so a routine refresh raises no warning. One that disagrees with the document's
    // own figures (960 / 9.780 written as 9,7%) is a mistake in the report, and is said.
    if (wrong && !agreesWithDocument(report, field, wrong.text, observations)) {
      const text = wrong.text.trim();
      const standing = rejected.get(id);
      // The clerk's «Giữ» holds for the numbers she answered about: parts that now give another value ask again.
      const kept = standing?.from === wrong.text && !(standing.kept && !showsValue(field, standing.to, value)) ? standing : undefined;
      if (kept?.kept) continue;
      if (!kept && doubted(id)) {
        const sum = field.formula.op === "sum";
        problems.push({
          key: `doc.computed:${id}`,
          severity: "warning",
          fields: [id],
          message:
            `Văn bản ghi «${fieldName(report, id)}» là ${text}, nhưng ${sum ? "các số thành phần cộng lại" : "theo các số thành phần"} là ` +
            `${formatField(field, value)}${shareReckoning(field, values)}. Chưa sửa số này: hãy trả lời ở thẻ «Số liệu»: đúng là ${sum ? "tổng" : "số này"}, hay số của nội dung khác?`,
        });
        continue;
      }
      const advice = kept ? `Lãnh đạo đã từ chối sửa thành ${kept.to}, nên «Cập nhật văn bản» giữ ${text}.` : "Bấm «Cập nhật văn bản» để sửa.";
      problems.push(computedMismatch(report, field, text, value, values, advice));
    }
  }
  return problems;
}

/** Whether a computed field's text follows from the document's own texts of its inputs (all shown, and agreeing). */
function agreesWithDocument(report: ReportDefinition, field: FieldDef, text: string, observations: Observations): boolean {
  const fromDocument = documentComputed(report, field, observations)?.value ?? null;
  return fromDocument !== null && agrees(field, text, fromDocument);
}

/** A computed field's value from the document's own texts of its inputs (all shown, and agreeing), with those inputs. */
function documentComputed(report: ReportDefinition, field: FieldDef, observations: Observations): { value: FieldValue | null; inputs: Values } | null {
  const shown = new Map<FieldId, FieldValue | null>();
  for (const id of inputsOf(field.formula!)) {
    const input = report.byId.get(id);
    const seen = observations.get(id);
    if (!input || !seen || seen.length === 0 || distinctTexts(input, seen).length > 1) return null;
    shown.set(id, readObserved(input, seen[0]!.text));
  }
  return { value: withComputed(report, shown, { quarter: 1, year: 2000 }).get(field.id) ?? null, inputs: shown };
}

/**
 * Walk finding (walk42): with «Hồ sơ tiếp nhận» emptied in the pane, its shares have no value there, and the report's
 * own «9,7%» (960 / 9.780 is 9,82%) lost its warning; after 7.737 was written beside «chiếm 79,41%» (7.766 / 9.780),
 * nothing said the share was now wrong. A computed figure the pane cannot compute is still checked against the
 * document's own figures, and the warning says why the update will not correct it: the empty boxes it needs.
 */
function notRecomputed(report: ReportDefinition, field: FieldDef, seen: readonly Observation[], values: Values, observations: Observations): Problem | null {
  const empty = emptyInputs(report, values, field.formula!);
  const fromDocument = documentComputed(report, field, observations);
  const value = fromDocument?.value ?? null;
  if (empty.length === 0 || value === null) return null;
  const wrong = seen.find((o) => !isPlaceholder(o.text) && !agrees(field, o.text, value));
  if (!wrong) return null;
  const boxes = `${empty.length > 1 ? "các ô" : "ô"} ${empty.map((id) => `«${fieldName(report, id)}»`).join(", ")}`;
  const advice = `Số này không tính lại được vì ${boxes} trống: nhập số vào ${empty.length > 1 ? "các ô" : "ô"} đó rồi bấm «Cập nhật văn bản».`;
  return computedMismatch(report, field, wrong.text.trim(), value, fromDocument!.inputs, advice, "số liệu văn bản đang ghi");
}

function distinctTexts(field: FieldDef, seen: readonly Observation[]): string[] {
  const keys = seen.map((o) => JSON.stringify(readObserved(field, o.text) ?? o.text.trim()));
  return [...new Set(keys)];
}

/** « (47 / 60)» after a share: the two counts it divides, so the clerk can check it (walk40). */
function shareReckoning(field: FieldDef, values: Values): string {
  const formula = field.formula!;
  if (formula.op !== "percentOf") return "";
  const part = values.get(formula.part);
  const whole = values.get(formula.whole);
  return part?.kind === "number" && whole?.kind === "number" ? ` (${formatCount(part.value)} / ${formatCount(whole.value)})` : "";
}

/** `basis`: what the right value follows from («số liệu»: the pane's figures). */
function computedMismatch(report: ReportDefinition, field: FieldDef, text: string, value: FieldValue, values: Values, advice: string, basis = "số liệu"): Problem {
  const shown = formatField(field, value);
  const formula = field.formula!;
  const because = shareReckoning(field, values);
  const fields = [field.id, ...(formula.op === "percentOf" ? [formula.part, formula.whole] : [])];
  return {
    key: `doc.computed:${field.id}`,
    severity: "warning",
    fields: fields.filter((id) => report.byId.has(id)),
    message: `Văn bản ghi «${fieldName(report, field.id)}» là ${text}, nhưng theo ${basis} phải là ${shown}${because}. ${advice}`,
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
      : seen.every((o) => o.text.trim() === textAtPlace(field, value, o.columnHeader, undefined, o.rowLabel) || ((value.kind === "list" || !o.columnHeader) && showsValue(field, o.text.trim(), value)));
  const restyle = !matches && value !== null && value.kind !== "list" && seen.every((o) => readsAs(field, o.text, value));
  return { state: "shown", places: seen.length, matches, restyle };
}
