/**
 * Rules the clerk makes by picking figures: "A = B + C" (a sum rule), "A ≤ B" (an at-most rule) and "P = A / B" (P
 * becomes a percentage computed from A and B, written with the figures). `ruleNow` says at once whether the rule holds
 * with the figures the pane has now.
 */
import { numberOf, type Values } from "../../compute";
import type { FieldId } from "../../types";
import { formatCount, formatPercent, roundTo } from "../../vnNumber";
import type { FormRule, ReportForm } from "../types";
import { unique } from "./names";
import { fieldOf, refuse, settle, type FormEdit } from "./result";

/** Ids without the tag prefix, as the form holds them. */
export type RuleDraft =
  | { kind: "sum"; total: string; parts: string[] }
  | { kind: "atMost"; small: string; big: string }
  | { kind: "percent"; result: string; part: string; whole: string };

export const RULE_SHAPES: Record<RuleDraft["kind"], string> = { sum: "A = B + C", atMost: "A ≤ B", percent: "P = A / B (tỷ lệ %)" };

const NUMERIC = ["count", "percent", "year"];

function named(draft: RuleDraft): string[] {
  return draft.kind === "sum" ? [draft.total, ...draft.parts] : draft.kind === "atMost" ? [draft.small, draft.big] : [draft.result, draft.part, draft.whole];
}

/** What is wrong with the picks, in the clerk's words; null when they make a rule. */
function pickProblem(form: ReportForm, draft: RuleDraft): string | null {
  const ids = named(draft);
  if (ids.some((id) => id === "") || (draft.kind === "sum" && draft.parts.length < 2)) {
    return draft.kind === "sum" ? "Hãy chọn số tổng và ít nhất hai số cộng lại." : "Hãy chọn đủ các số liệu.";
  }
  if (new Set(ids).size !== ids.length) return "Mỗi số liệu chỉ được chọn một lần trong một quy tắc.";
  for (const id of ids) {
    const field = fieldOf(form, id);
    if (!field) return `Không có số liệu «${id}» trong mẫu.`;
    if (!NUMERIC.includes(field.kind)) return `«${field.label}» không phải một số nên không cộng, so sánh được.`;
  }
  if (draft.kind === "percent") {
    const result = fieldOf(form, draft.result)!;
    if (result.kind !== "percent") return `«${result.label}» không phải tỷ lệ phần trăm: hãy đánh dấu nó với loại «Tỷ lệ %».`;
    if (result.formula) return `«${result.label}» đã được tính từ số khác.`;
    for (const id of [draft.part, draft.whole]) {
      const field = fieldOf(form, id)!;
      if (field.kind !== "count") return `«${field.label}» không phải số đếm: tỷ lệ chỉ tính từ hai số đếm.`;
    }
  }
  return null;
}

export function addRule(form: ReportForm, draft: RuleDraft): FormEdit {
  const problem = pickProblem(form, draft);
  if (problem) return refuse(problem);
  if (draft.kind === "percent") {
    const fields = form.fields.map((f) => (f.id === draft.result ? { ...f, formula: { op: "percentOf" as const, part: draft.part, whole: draft.whole } } : f));
    return settle({ ...form, fields });
  }
  const id = unique(`quyTac${form.rules.length + 1}`, new Set(form.rules.map((r) => r.id)));
  const rule: FormRule =
    draft.kind === "sum"
      ? { id, kind: "sum", total: draft.total, parts: draft.parts, severity: "error" }
      : { id, kind: "atMost", small: draft.small, big: draft.big, severity: "error" };
  return settle({ ...form, rules: [...form.rules, rule] });
}

export interface RuleStatus {
  state: "holds" | "fails" | "incomplete";
  text: string;
}

/**
 * Whether the rule holds with the figures now. `values` are the pane's (typed and computed), by tag; `shown` is what
 * the document shows for a field, when the pane has no value for it (a percentage not yet computed).
 */
export function ruleNow(form: ReportForm, draft: RuleDraft, values: Values, shown: (tag: FieldId) => number | undefined): RuleStatus {
  const problem = pickProblem(form, draft);
  if (problem) return { state: "incomplete", text: problem };
  const tag = (id: string) => `${form.tagPrefix}${id}`;
  const value = (id: string) => numberOf(values, tag(id)) ?? shown(tag(id));
  const label = (id: string) => fieldOf(form, id)!.label;
  const missing = named(draft).filter((id) => value(id) === undefined && !(draft.kind === "percent" && id === draft.result));
  if (missing.length > 0) return { state: "incomplete", text: `Chưa kiểm được: chưa có số ${missing.map((id) => `«${label(id)}»`).join(", ")}.` };
  const n = (id: string) => formatCount(value(id)!);
  switch (draft.kind) {
    case "sum": {
      const sum = draft.parts.reduce((total, id) => total + value(id)!, 0);
      const terms = draft.parts.map(n).join(" + ");
      return sum === value(draft.total)
        ? { state: "holds", text: `Đúng với số liệu hiện có: ${n(draft.total)} = ${terms}.` }
        : { state: "fails", text: `Chưa đúng: ${terms} = ${formatCount(sum)}, khác ${n(draft.total)} (chênh ${formatCount(Math.abs(sum - value(draft.total)!))}).` };
    }
    case "atMost":
      return value(draft.small)! <= value(draft.big)!
        ? { state: "holds", text: `Đúng với số liệu hiện có: ${n(draft.small)} ≤ ${n(draft.big)}.` }
        : { state: "fails", text: `Chưa đúng: ${n(draft.small)} lớn hơn ${n(draft.big)}.` };
    case "percent": {
      if (value(draft.whole) === 0) return { state: "incomplete", text: `Chưa tính được: «${label(draft.whole)}» bằng 0.` };
      const computed = roundTo((value(draft.part)! / value(draft.whole)!) * 100, 2);
      const formula = `${n(draft.part)} / ${n(draft.whole)} = ${formatPercent(computed)}`;
      const current = value(draft.result);
      if (current === undefined) return { state: "holds", text: `Sẽ tính: ${formula}.` };
      return roundTo(current, 2) === computed
        ? { state: "holds", text: `Đúng với số liệu hiện có: ${formula}.` }
        : { state: "fails", text: `Văn bản đang ghi ${formatPercent(current)}, nhưng ${formula}; «Cập nhật văn bản» sẽ ghi số đúng.` };
    }
  }
}
