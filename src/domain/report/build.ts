import type { FieldDef, FieldId, PeriodPart } from "../types";

/** Shorthands that keep the field tables readable: one line per field. */
type Extra = Partial<Pick<FieldDef, "max" | "zeroText" | "hint">>;

const tag = (id: string): FieldId => `bcdc:${id}`;

export const count = (id: string, label: string, section: string, extra: Extra = {}): FieldDef => ({
  id: tag(id), label, kind: "count", section, ...extra,
});
export const year = (id: string, label: string, section: string, extra: Extra = {}): FieldDef => ({
  id: tag(id), label, kind: "year", section, ...extra,
});
export const date = (id: string, label: string, section: string, extra: Extra = {}): FieldDef => ({
  id: tag(id), label, kind: "date", section, ...extra,
});
export const text = (id: string, label: string, section: string, extra: Extra = {}): FieldDef => ({
  id: tag(id), label, kind: "text", section, ...extra,
});
export const list = (id: string, label: string, section: string, extra: Extra = {}): FieldDef => ({
  id: tag(id), label, kind: "list", section, ...extra,
});
export const percentOf = (id: string, label: string, section: string, part: string, whole: string): FieldDef => ({
  id: tag(id), label, kind: "percent", section, formula: { op: "percentOf", part: tag(part), whole: tag(whole) },
});
export const sumOf = (id: string, label: string, section: string, of: string[]): FieldDef => ({
  id: tag(id), label, kind: "count", section, formula: { op: "sum", of: of.map(tag) },
});
export const countOf = (id: string, label: string, section: string, listId: string): FieldDef => ({
  id: tag(id), label, kind: "count", section, formula: { op: "countOf", list: tag(listId) },
});
export const periodPart = (id: string, label: string, part: PeriodPart): FieldDef => ({
  id: tag(id), label, kind: "text", section: "ky", formula: { op: "period", part },
});

export { tag };
