/**
 * Every change «Thiết kế mẫu» makes goes through `settle`: the changed form is checked whole (schema and semantics,
 * parseForm.ts) and either replaces the old one or is dropped with the problems in Vietnamese. The input is never
 * mutated, so a refused change leaves the form exactly as it was.
 */
import type { ReportDefinition } from "../../report";
import { checkForm } from "../parseForm";
import { summarize } from "../problems";
import type { ReportForm } from "../types";

export type FormEdit =
  | { ok: true; form: ReportForm; definition: ReportDefinition }
  | { ok: false; problems: string[] };

export const refuse = (...problems: string[]): FormEdit => ({ ok: false, problems });

export function settle(candidate: ReportForm): FormEdit {
  const checked = checkForm(candidate);
  return checked.ok ? { ok: true, form: checked.form, definition: checked.definition } : refuse(...summarize(checked.problems, 8));
}

/** A form's field by its id without the tag prefix. */
export function fieldOf(form: ReportForm, id: string) {
  return form.fields.find((field) => field.id === id);
}

/** The form's ids for a tag (`abc:mot.so` → `mot.so`): the store speaks tags, the form bare ids. */
export function bareId(form: ReportForm, tag: string): string {
  return tag.startsWith(form.tagPrefix) ? tag.slice(form.tagPrefix.length) : tag;
}
