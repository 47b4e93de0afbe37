/**
 * Adding, renaming, moving and deleting a field of a form: pure, each returning the changed form or the reasons it
 * cannot be done (result.ts). Ids never change after a field is made: they are the tags of its controls.
 */
import type { FieldKind } from "../../types";
import type { FormField, FormRule, FormSection, ReportForm } from "../types";
import { idFromWords, sectionIdFromTitle, unique } from "./names";
import { fieldOf, refuse, settle, type FormEdit } from "./result";

/** An existing part of the form (a subsection id), or a new one by its title. */
export type SectionChoice = { id: string } | { newTitle: string };

export interface NewField {
  label: string;
  kind: FieldKind;
  section: SectionChoice;
  /** Recognition wording (one placeholder each); empty strings are dropped. */
  wording: readonly string[];
}

const sectionIds = (form: ReportForm) => new Set(form.sections.flatMap((top) => [top.id, ...(top.subsections ?? []).map((s) => s.id)]));

/** The sections with the new one added when asked for, and the subsection id the field goes in. */
function placeIn(form: ReportForm, choice: SectionChoice): { sections: FormSection[]; section: string } | string {
  if ("id" in choice) {
    const exists = form.sections.some((top) => (top.subsections ?? []).some((s) => s.id === choice.id));
    return exists ? { sections: form.sections, section: choice.id } : `Không có mục «${choice.id}» trong mẫu.`;
  }
  const title = choice.newTitle.trim();
  if (title === "") return "Hãy gõ tên mục mới.";
  const existing = form.sections.flatMap((top) => top.subsections ?? []).find((s) => s.title.toLocaleLowerCase("vi") === title.toLocaleLowerCase("vi"));
  if (existing) return { sections: form.sections, section: existing.id };
  const id = unique(sectionIdFromTitle(title), sectionIds(form), "-");
  return { sections: [...form.sections, { id, number: "", title, subsections: [{ id, number: "", title }] }], section: id };
}

export function addField(form: ReportForm, input: NewField): FormEdit & { id?: string } {
  const label = input.label.trim();
  if (label === "") return refuse("Hãy đặt tên cho số liệu.");
  const duplicate = form.fields.find((f) => f.label.toLocaleLowerCase("vi") === label.toLocaleLowerCase("vi"));
  if (duplicate) return refuse(`Mẫu đã có số liệu tên «${duplicate.label}». Hãy đặt tên khác.`);
  const place = placeIn(form, input.section);
  if (typeof place === "string") return refuse(place);
  const id = unique(idFromWords(label, "soLieu"), new Set(form.fields.map((f) => f.id)));
  const wording = input.wording.map((w) => w.trim()).filter((w) => w !== "");
  const field: FormField = { id, label, kind: input.kind, section: place.section };
  if (wording.length > 0) field.wording = wording;
  if (input.kind === "list") field.items = "semicolons";
  const result = settle({ ...form, sections: place.sections, fields: [...form.fields, field] });
  return result.ok ? { ...result, id } : result;
}

export function renameField(form: ReportForm, id: string, label: string): FormEdit {
  const field = fieldOf(form, id);
  if (!field) return refuse(`Không có số liệu «${id}» trong mẫu.`);
  const name = label.trim();
  if (name === "") return refuse("Tên số liệu không được để trống.");
  const other = form.fields.find((f) => f.id !== id && f.label.toLocaleLowerCase("vi") === name.toLocaleLowerCase("vi"));
  if (other) return refuse(`Mẫu đã có số liệu tên «${other.label}». Hãy đặt tên khác.`);
  return settle({ ...form, fields: form.fields.map((f) => (f.id === id ? { ...f, label: name } : f)) });
}

export function moveField(form: ReportForm, id: string, section: SectionChoice): FormEdit {
  const field = fieldOf(form, id);
  if (!field) return refuse(`Không có số liệu «${id}» trong mẫu.`);
  const place = placeIn(form, section);
  if (typeof place === "string") return refuse(place);
  return settle({ ...form, sections: place.sections, fields: form.fields.map((f) => (f.id === id ? { ...f, section: place.section } : f)) });
}

/** Rules that name the field: deleted with it (the clerk is told which). */
export function rulesNaming(form: ReportForm, id: string): FormRule[] {
  return form.rules.filter((rule) =>
    rule.kind === "sum" ? rule.total === id || rule.parts.includes(id)
      : rule.kind === "atMost" ? rule.small === id || (Array.isArray(rule.big) ? rule.big.includes(id) : rule.big === id)
        : rule.start === id || rule.end === id,
  );
}

/**
 * Deletes a field and the rules naming it. A figure computed from it is not changed behind the clerk's back: the
 * deletion is refused, naming it. Where the new-report text shows the figure, «…» takes its place.
 */
export function deleteField(form: ReportForm, id: string): FormEdit {
  const field = fieldOf(form, id);
  if (!field) return refuse(`Không có số liệu «${id}» trong mẫu.`);
  const users = form.fields.filter((f) => {
    const op = f.formula;
    if (!op) return false;
    return op.op === "percentOf" ? op.part === id || op.whole === id : op.op === "sum" ? op.of.includes(id) : op.op === "countOf" && op.list === id;
  });
  if (users.length > 0) {
    return refuse(`«${field.label}» đang dùng để tính ${users.map((u) => `«${u.label}»`).join(", ")}. Hãy xoá hoặc đổi cách tính số đó trước.`);
  }
  const dropped = new Set(rulesNaming(form, id));
  const marker = `[[${id}]]`;
  const skeleton = form.skeleton?.map((p) => (p.text.includes(marker) ? { ...p, text: p.text.split(marker).join("…") } : p));
  // A figure carried from the deleted one keeps its own value, and is simply no longer filled on moving to the next period.
  const fields = form.fields.filter((f) => f.id !== id).map((f) => (f.carriedFrom === id ? withoutCarried(f) : f));
  // A sum that only allows for the figure being counted either way (or swapped) keeps its check, without that allowance.
  const rules = form.rules.filter((r) => !dropped.has(r)).map((r) => (r.kind === "sum" ? withoutAllowancesFor(r, id) : r));
  const candidate: ReportForm = { ...form, fields, rules };
  if (skeleton) candidate.skeleton = skeleton;
  if (candidate.fields.length === 0) return refuse("Mẫu cần ít nhất một số liệu: không xoá được số liệu cuối cùng.");
  return settle(candidate);
}

function withoutAllowancesFor(rule: Extract<FormRule, { kind: "sum" }>, id: string): FormRule {
  const { countedEitherWay, countedSwapped, ...rest } = rule;
  if (countedEitherWay !== id && !countedSwapped?.includes(id)) return rule;
  return {
    ...rest,
    ...(countedEitherWay === undefined || countedEitherWay === id ? {} : { countedEitherWay }),
    ...(countedSwapped === undefined || countedSwapped.includes(id) ? {} : { countedSwapped }),
  };
}

function withoutCarried(field: FormField): FormField {
  const { carriedFrom: _dropped, ...rest } = field;
  return rest;
}
