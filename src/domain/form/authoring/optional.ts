/**
 * Setting and clearing the «không bắt buộc» mark (../../optional.ts) on a field or on a whole section of a form. The
 * mark is format 2: setting it raises the form's formatVersion; clearing the last one lowers it back to 1, so add-ins
 * that read only version 1 open the document again. Checked whole like every change (result.ts).
 */
import { usesOptional } from "../semantics";
import { OPTIONAL_MARK_VERSION, type ReportForm } from "../types";
import { fieldOf, refuse, settle, type FormEdit } from "./result";

/** A field by its bare id, or a top-level section by its id. */
export type OptionalTarget = { field: string } | { section: string };

/** The top-level section a field's part belongs to (a field names a subsection). */
export function topSectionOfField(form: ReportForm, id: string): string | undefined {
  const section = fieldOf(form, id)?.section;
  return form.sections.find((top) => (top.subsections ?? []).some((sub) => sub.id === section))?.id;
}

export function setOptional(form: ReportForm, target: OptionalTarget, optional: boolean): FormEdit {
  let candidate: ReportForm;
  if ("field" in target) {
    const field = fieldOf(form, target.field);
    if (!field) return refuse(`Không có số liệu «${target.field}» trong mẫu.`);
    if (optional && field.formula) {
      return refuse(`«${field.label}» được tính từ số liệu khác: hãy đánh dấu «không bắt buộc» các số liệu nó được tính từ.`);
    }
    candidate = { ...form, fields: form.fields.map((f) => (f.id === field.id ? marked(f, optional) : f)) };
  } else {
    if (!form.sections.some((s) => s.id === target.section)) return refuse(`Không có mục «${target.section}» trong mẫu.`);
    candidate = { ...form, sections: form.sections.map((s) => (s.id === target.section ? marked(s, optional) : s)) };
  }
  const uses = usesOptional(candidate);
  if (uses && candidate.formatVersion < OPTIONAL_MARK_VERSION) candidate = { ...candidate, formatVersion: OPTIONAL_MARK_VERSION };
  if (!uses && candidate.formatVersion === OPTIONAL_MARK_VERSION) candidate = { ...candidate, formatVersion: 1 };
  return settle(candidate);
}

/** The mark is written only when set: a cleared one leaves no `"optional": false` behind. */
function marked<T extends { optional?: boolean }>(item: T, optional: boolean): T {
  const { optional: _old, ...rest } = item;
  return optional ? ({ ...rest, optional: true } as T) : (rest as T);
}
