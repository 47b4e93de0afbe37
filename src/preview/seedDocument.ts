/**
 * The preview's sample document, made from a form and its sample (`<form id>.sample.json` beside the form): the sample's
 * own document when it has one (the reference report, shortened, its figures as controls and its mistakes kept, so
 * the checks have something real to find), otherwise the form's new-report text filled with the sample's figures.
 */
import { makePeriod } from "../domain/periodKinds";
import type { ReportDefinition } from "../domain/report";
import { REFERENCE_OFFICE } from "../domain/template/officeDefaults";
import { skeletonToParagraphs } from "../domain/template/paragraphs";
import type { FieldId, Period, PeriodKind } from "../domain/types";
import { validateFigures } from "../domain/validate";
import { parseMarkup, type SimParagraph } from "./wordSim";

export interface SampleReport {
  description?: string;
  period: { kind: PeriodKind; year: number; index: number };
  /** What a clerk would type, by field id without the tag prefix. */
  figures: Record<string, string>;
  /** Paragraphs with controls written [[fieldId|text]]. */
  document?: string[];
}

export function samplePeriod(sample: SampleReport): Period {
  return makePeriod(sample.period.kind, sample.period.year, sample.period.index);
}

export function sampleFigures(report: ReportDefinition, sample: SampleReport): Record<FieldId, string> {
  return Object.fromEntries(Object.entries(sample.figures).map(([id, text]) => [`${report.tagPrefix}${id}`, text]));
}

function markupOf(report: ReportDefinition, sample: SampleReport): string[] {
  if (sample.document) return sample.document;
  const period = samplePeriod(sample);
  const values = validateFigures(report, sampleFigures(report, sample), period).values;
  const escape = (text: string) => text.replace(/\[\[/g, "[ [");
  return skeletonToParagraphs(report, REFERENCE_OFFICE, values, { period }).map((paragraph) =>
    paragraph.runs
      .map((run) => ("field" in run ? `[[${run.field.slice(report.tagPrefix.length)}|${run.text.replace(/\]/g, ")")}]]` : escape(run.text)))
      .join(""),
  );
}

export function seedParagraphs(report: ReportDefinition, sample: SampleReport): SimParagraph[] {
  const titleOf = (tag: string) => {
    const field = report.byId.get(tag);
    if (!field) throw new Error(`Sample document: unknown field ${tag}`);
    return field.label;
  };
  return markupOf(report, sample).map((markup) => parseMarkup(markup.replace(/\[\[(?=[^|\]]+\|)/g, `[[${report.tagPrefix}`), titleOf));
}

/** The same report as a clerk typed it before the add-in: every figure plain text, no control (index.html?plain). */
export function plainParagraphs(report: ReportDefinition, sample: SampleReport): SimParagraph[] {
  return markupOf(report, sample).map((markup) => ({ runs: [markup.replace(/\[\[[^|\]]+\|([^\]]*)\]\]/g, "$1")] }));
}
