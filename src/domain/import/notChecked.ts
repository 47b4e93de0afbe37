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
      return `${name(rule.small)} ≤ ${(Array.isArray(rule.big) ? rule.big : [rule.big]).map(name).join(" + ")}`;
    case "cutoff":
      return `kỳ số liệu ${name(rule.start)} – ${name(rule.end)}`;
  }
}

/**
 * `read(id)`: whether the typed figure has a value. `written(id)`: whether the text writes a computed figure (its
 * percentage is compared with the figures only when they were read).
 */
export function uncheckedChecks(
  report: ReportDefinition,
  read: (id: FieldId) => boolean,
  written: (id: FieldId) => boolean = () => false,
): UncheckedItem[] {
  const items: UncheckedItem[] = [];
  for (const rule of report.rules) {
    const missing = [...new Set(ruleFields(rule).flatMap((id) => typedInputs(report, id)))].filter((id) => !read(id));
    if (missing.length === 0) continue;
    const name = namerFor(report, ruleFields(rule)[0]!);
    items.push({ key: `unchecked:${rule.id}`, message: `Không kiểm tra được ${ruleName(report, rule)}: thiếu ${missing.map(name).join(", ")}.`, missing });
  }
  for (const field of report.fields) {
    if (!field.formula || field.formula.op === "period" || !written(field.id)) continue;
    const missing = [...new Set(typedInputs(report, field.id))].filter((id) => !read(id));
    if (missing.length === 0) continue;
    items.push({
      key: `unchecked:${field.id}`,
      message: `Không kiểm tra được «${fieldName(report, field.id)}» ghi trong văn bản: thiếu ${missing.map(namerFor(report, field.id)).join(", ")}.`,
      missing,
    });
  }
  return items;
}
