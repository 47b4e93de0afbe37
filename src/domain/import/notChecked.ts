/**
 * What could not be checked, and why. A check that did not run is not a check that passed: every rule of the form
 * whose figures were not all read, and every percentage the text writes whose figures were not read, is listed
 * («Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)»: thiếu «Hồ sơ trễ và quá hạn»»). The pane and
 * `npm run check` say «Không phát hiện vấn đề nào» only when this list is empty and every typed figure was read.
 */
import { fieldName } from "../fieldName";
import type { ReportDefinition } from "../report";
import type { FieldId, Rule } from "../types";

export interface UncheckedItem {
  key: string;
  message: string;
  /** The figures that were missing. */
  missing: FieldId[];
  /**
   * Every missing figure is optional and left out with its whole group (../optional.ts): the check did not run and
   * says so, but the report is not read in part for it. Absent on a check that lacks an owed figure.
   */
  leftOut?: true;
}

/**
 * A figure the document shows while the value typed for it in the pane cannot be used: the check lacks it because
 * of what was typed, not because the report leaves it out, and is said so («thiếu» there sent the clerk looking for
 * a number the document plainly had).
 */
export interface ImpossibleFigure {
  /** As typed in the pane. */
  typed: string;
  /** Why it cannot be used: the figure's own check («… lớn hơn …», «… không phải số …»). */
  reason: string;
  /** What the document writes for it. */
  shown: string;
}

/** The typed figures a figure needs: itself if typed, else the typed figures its formula reads. */
function typedInputs(report: ReportDefinition, id: FieldId, seen = new Set<FieldId>()): FieldId[] {
  const field = report.byId.get(id);
  if (!field || seen.has(id)) return [];
  seen.add(id);
  const formula = field.formula;
  if (!formula) return [id];
  switch (formula.op) {
    case "sum":
      return formula.of.flatMap((part) => typedInputs(report, part, seen));
    case "percentOf":
      return [...typedInputs(report, formula.part, seen), ...typedInputs(report, formula.whole, seen)];
    case "countOf":
      return typedInputs(report, formula.list, seen);
    case "period":
      return [];
  }
}

function ruleFields(rule: Rule): FieldId[] {
  switch (rule.kind) {
    case "sum":
      return [rule.total, ...rule.parts];
    case "atMost":
      return [rule.small, ...(Array.isArray(rule.big) ? rule.big : [rule.big])];
    case "cutoff":
      return [rule.start, rule.end];
  }
}

/**
 * A field as a check's message names it: with its section where another field could be taken for it (fieldName.ts),
 * except beside the check's first figure in the same section, which already says where («tổng «Hồ sơ tiếp nhận (Trung
 * tâm PVHCC)» = «Hồ sơ đã giải quyết» + …»).
 */
function namerFor(report: ReportDefinition, first: FieldId): (id: FieldId) => string {
  const section = report.byId.get(first)?.section;
  return (id) => `«${id !== first && report.byId.get(id)?.section === section ? report.byId.get(id)!.label : fieldName(report, id)}»`;
}

export function ruleName(report: ReportDefinition, rule: Rule): string {
  const name = namerFor(report, ruleFields(rule)[0]!);
  switch (rule.kind) {
    case "sum":
      return `tổng ${name(rule.total)} = ${rule.parts.map(name).join(" + ")}`;
    case "atMost":
      // Walk finding (walker38): «≤» in a sentence for clerks read as mathematics; the condition is said in words.
      return `điều kiện ${name(rule.small)} không vượt quá ${(Array.isArray(rule.big) ? rule.big : [rule.big]).map(name).join(" + ")}`;
    case "cutoff":
      return `kỳ số liệu ${name(rule.start)} – ${name(rule.end)}`;
  }
}

/**
 * `read(id)`: whether the typed figure has a value. `written(id)`: whether the text writes a computed figure (its
 * percentage is compared with the figures only when they were read). `leftOut(id)`: whether a figure not read is an
 * optional one the report leaves out with its group (missingFigures): a check lacking only such figures is marked
 * `leftOut`, said as not run, and worded as what the report does not state rather than what could not be read;
 * `saidAbsent(id)`: the clerk said the report does not state it, which counts the same way.
 */
export function uncheckedChecks(
  report: ReportDefinition,
  read: (id: FieldId) => boolean,
  written: (id: FieldId) => boolean = () => false,
  leftOut: (id: FieldId) => boolean = () => false,
  impossible: (id: FieldId) => ImpossibleFigure | null = () => null,
  pending: (id: FieldId) => boolean = () => false,
  saidAbsent: (id: FieldId) => boolean = () => false,
): UncheckedItem[] {
  const items: UncheckedItem[] = [];
  const item = (key: string, what: string, missing: FieldId[], name: (id: FieldId) => string): UncheckedItem => {
    if (missing.every(leftOut)) {
      return { key, message: `Không kiểm tra ${what}: văn bản không nêu ${missing.map(name).join(", ")} (không bắt buộc).`, missing, leftOut: true };
    }
    // The clerk said the report does not state them («Văn bản không nêu số này»): nothing is missing, the check does
    // not apply (walk48, F11: «thiếu» beside her own answer).
    if (missing.every((id) => leftOut(id) || saidAbsent(id))) {
      return { key, message: `Không kiểm tra ${what}: văn bản không nêu ${missing.map(name).join(", ")} (theo lựa chọn «Văn bản không nêu»).`, missing, leftOut: true };
    }
    const wrong = missing.flatMap((id) => {
      const figure = impossible(id);
      return figure ? [`văn bản ghi ${name(id)} là ${figure.shown}, nhưng số nhập trong ngăn «${figure.typed}» không dùng được: ${figure.reason.replace(/\.$/, "")}`] : [];
    });
    const absent = missing.filter((id) => !impossible(id) && !pending(id));
    // A figure found but waiting in «Chưa rõ» is not missing: «thiếu» beside it sent the clerk looking (walk40).
    const waiting = missing.filter((id) => !impossible(id) && pending(id));
    const said = [
      ...wrong,
      ...(absent.length > 0 ? [`thiếu ${absent.map(name).join(", ")}`] : []),
      ...(waiting.length > 0 ? [`${waiting.map(name).join(", ")} còn chờ chọn ở «Chưa rõ»`] : []),
    ];
    return { key, message: `Không kiểm tra được ${what}: ${said.join("; ")}.`, missing };
  };
  for (const rule of report.rules) {
    const missing = [...new Set(ruleFields(rule).flatMap((id) => typedInputs(report, id)))].filter((id) => !read(id));
    if (missing.length === 0) continue;
    items.push(item(`unchecked:${rule.id}`, ruleName(report, rule), missing, namerFor(report, ruleFields(rule)[0]!)));
  }
  for (const field of report.fields) {
    if (!field.formula || field.formula.op === "period" || !written(field.id)) continue;
    const missing = [...new Set(typedInputs(report, field.id))].filter((id) => !read(id));
    if (missing.length === 0) continue;
    items.push(item(`unchecked:${field.id}`, `«${fieldName(report, field.id)}» ghi trong văn bản`, missing, namerFor(report, field.id)));
  }
  return items;
}
