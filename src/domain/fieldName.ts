/**
 * A field's name as messages show it. Messages list fields away from their section (an update's notice, the review,
 * the history), so a label that another field shares, or that begins another field's label ("Hồ sơ đã giải quyết"
 * at the one-stop desk and at the service centre), carries its section's title. Decided from the definition alone.
 */
import { againstText, parsePhraseTag } from "./comparison/phraseTag";
import type { ReportDefinition } from "./report";
import type { FieldId } from "./types";

const ambiguousByReport = new WeakMap<ReportDefinition, Set<FieldId>>();

const core = (label: string) => label.toLocaleLowerCase("vi").trim();

function ambiguousFields(report: ReportDefinition): Set<FieldId> {
  const cached = ambiguousByReport.get(report);
  if (cached) return cached;
  const found = new Set<FieldId>();
  const labels = report.fields.map((f) => ({ id: f.id, label: core(f.label) }));
  for (const a of labels) {
    for (const b of labels) {
      if (a.id !== b.id && (a.label === b.label || b.label.startsWith(`${a.label},`) || b.label.startsWith(`${a.label} `))) {
        found.add(a.id).add(b.id);
      }
    }
  }
  ambiguousByReport.set(report, found);
  return found;
}

/**
 * "Hồ sơ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)"; a label no other field can be taken for, as is. A
 * comparison phrase's tag (`<field>@quyTruoc`) is named after its field: "Hồ sơ tiếp nhận — so với quý trước".
 */
export function fieldName(report: ReportDefinition, id: FieldId): string {
  const field = report.byId.get(id);
  if (!field) {
    const phrase = parsePhraseTag(id);
    return phrase && report.byId.has(phrase.field) ? `${fieldName(report, phrase.field)} — ${againstText(phrase.basis, report.periodKind)}` : id;
  }
  if (!ambiguousFields(report).has(id)) return field.label;
  const section = report.sections.find((s) => s.id === field.section);
  return section ? `${field.label} (${section.title})` : field.label;
}

/** The section a field belongs to, as a heading: "III.2.b. Bộ phận một cửa của Văn phòng". */
export function sectionHeading(report: ReportDefinition, id: FieldId): string {
  const field = report.byId.get(id) ?? report.byId.get(parsePhraseTag(id)?.field ?? "");
  const section = field ? report.sections.find((s) => s.id === field.section) : undefined;
  if (!section) return "Khác";
  return section.number ? `${section.number}. ${section.title}` : section.title;
}

/** Field names grouped under their section's heading, in the definition's order. */
export function bySection(report: ReportDefinition, ids: readonly FieldId[]): { heading: string; items: string[] }[] {
  const wanted = new Set(ids);
  const groups = new Map<string, string[]>();
  const ordered = [...report.fields.map((f) => f.id).filter((id) => wanted.has(id)), ...ids.filter((id) => !report.byId.has(id))];
  for (const id of new Set(ordered)) {
    const heading = sectionHeading(report, id);
    groups.set(heading, [...(groups.get(heading) ?? []), fieldName(report, id)]);
  }
  return [...groups].map(([heading, items]) => ({ heading, items }));
}
