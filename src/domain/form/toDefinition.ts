/**
 * A checked form (see parseForm.ts) as the runtime ReportDefinition the engine reads: ids prefixed, fields indexed,
 * computed fields in an order where each comes after what it is computed from, the skeleton as blocks. Cheap and
 * without the schema library, so the pane's first load can turn a built-in form into a definition.
 */
import { inputsOf } from "../compute";
import type { ReportDefinition } from "../report";
import type { Block } from "../template/types";
import type { FieldDef, FieldId, Formula, Rule, SectionDef } from "../types";
import { defaultSkeleton } from "./defaultSkeleton";
import { paragraphRuns } from "./skeletonText";
import type { FormFormula, FormRule, ReportForm } from "./types";

export function definitionFromForm(form: ReportForm): ReportDefinition {
  const tag = (id: string): FieldId => `${form.tagPrefix}${id}`;
  const topSections: SectionDef[] = form.sections.map(({ id, number, title }) => ({ id, number, title }));
  const sections: SectionDef[] = [];
  const topOf = new Map<string, string>();
  for (const top of form.sections) {
    for (const sub of top.subsections ?? []) {
      sections.push({ id: sub.id, number: sub.number, title: sub.title });
      topOf.set(sub.id, top.id);
    }
  }
  const optional = optionalGroups(form);
  const fields = form.fields.map((field): FieldDef => {
    const def: FieldDef = { id: tag(field.id), label: field.label, kind: field.kind, section: field.section };
    if (field.formula) def.formula = formulaOf(field.formula, tag);
    if (field.max !== undefined) def.max = field.max;
    if (field.zeroText !== undefined) def.zeroText = field.zeroText;
    if (field.hint !== undefined) def.hint = field.hint;
    if (field.unit !== undefined) def.unit = field.unit;
    if (field.carriedFrom !== undefined) def.carriedFrom = field.carriedFrom === "period" ? "period" : tag(field.carriedFrom);
    if (field.wording !== undefined) def.wording = field.wording;
    if (field.items !== undefined) def.items = field.items;
    const group = field.formula ? undefined : optional(field.id, field.section);
    if (group !== undefined) def.optionalGroup = group;
    return def;
  });
  const byId = new Map(fields.map((field) => [field.id, field]));
  const partial = {
    id: form.id,
    version: form.version,
    title: form.title,
    tagPrefix: form.tagPrefix,
    periodKind: form.period.kind,
    sections,
    topSections,
    topOf,
    fields,
    computeOrder: computeOrder(fields, byId),
    rules: form.rules.map((rule) => ruleOf(rule, tag)),
    byId,
    form,
  };
  const skeleton: Block[] = form.skeleton
    ? form.skeleton.map((p) => ({ role: p.role, runs: paragraphRuns(p.text, form.tagPrefix) }))
    : defaultSkeleton({ ...partial, skeleton: [] });
  return { ...partial, skeleton };
}

/**
 * The group an optional typed figure may be left out with: its section's, when the section is marked (the section is
 * stated whole or not at all), else its own when the figure is marked.
 */
function optionalGroups(form: ReportForm): (field: string, section: string) => string | undefined {
  const marked = new Map<string, string>();
  for (const top of form.sections) {
    if (top.optional === true) for (const sub of top.subsections ?? []) marked.set(sub.id, `§${top.id}`);
  }
  const own = new Set(form.fields.filter((f) => f.optional === true).map((f) => f.id));
  return (field, section) => marked.get(section) ?? (own.has(field) ? field : undefined);
}

function formulaOf(formula: FormFormula, tag: (id: string) => FieldId): Formula {
  switch (formula.op) {
    case "percentOf":
      return { op: "percentOf", part: tag(formula.part), whole: tag(formula.whole) };
    case "sum":
      return { op: "sum", of: formula.of.map(tag) };
    case "countOf":
      return { op: "countOf", list: tag(formula.list) };
    case "period":
      return { op: "period", part: formula.part };
  }
}

function ruleOf(rule: FormRule, tag: (id: string) => FieldId): Rule {
  switch (rule.kind) {
    case "sum":
      return {
        ...rule,
        total: tag(rule.total),
        parts: rule.parts.map(tag),
        ...(rule.countedEitherWay === undefined ? {} : { countedEitherWay: tag(rule.countedEitherWay) }),
        ...(rule.countedSwapped === undefined ? {} : { countedSwapped: [tag(rule.countedSwapped[0]), tag(rule.countedSwapped[1])] }),
      };
    case "atMost":
      return { ...rule, small: tag(rule.small), big: Array.isArray(rule.big) ? rule.big.map(tag) : tag(rule.big) };
    case "cutoff":
      return { ...rule, start: tag(rule.start), end: tag(rule.end) };
  }
}

/** Computed fields, each after the computed fields it reads (depth-first). A cycle is refused before this runs. */
function computeOrder(fields: readonly FieldDef[], byId: ReadonlyMap<FieldId, FieldDef>): FieldDef[] {
  const order: FieldDef[] = [];
  const state = new Map<FieldId, "visiting" | "done">();
  const visit = (field: FieldDef) => {
    if (!field.formula || state.get(field.id) === "done") return;
    if (state.get(field.id) === "visiting") throw new Error(`Formula cycle through ${field.id}`);
    state.set(field.id, "visiting");
    for (const input of inputsOf(field.formula)) {
      const def = byId.get(input);
      if (def) visit(def);
    }
    state.set(field.id, "done");
    order.push(field);
  };
  for (const field of fields) visit(field);
  return order;
}
