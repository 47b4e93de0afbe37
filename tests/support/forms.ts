/** The built-in forms as definitions, loaded synchronously for tests (the pane loads them on demand). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { definitionFromForm } from "../../src/domain/form/toDefinition";
import type { FormField, ReportForm } from "../../src/domain/form/types";
import type { FigurePattern, PatternTable } from "../../src/domain/import/patterns";
import type { ReportDefinition } from "../../src/domain/report";
import type { SampleReport } from "../../src/preview/seedDocument";

export const FORMS_DIR = join(__dirname, "../../src/forms");

export function formText(id: string): string {
  return readFileSync(join(FORMS_DIR, `${id}.form.json`), "utf8");
}

export function builtInForm(id: string): ReportForm {
  return JSON.parse(formText(id)) as ReportForm;
}

export function builtInDefinition(id: string): ReportDefinition {
  return definitionFromForm(builtInForm(id));
}

/** The quarterly democracy-work report of Văn phòng UBND tỉnh Sơn La (the reference report's form). */
export const REPORT: ReportDefinition = builtInDefinition("bao-cao-dan-chu-quy");

/** The reference report's sample (src/forms/<id>.sample.json): the preview's document and its figures. */
export function builtInSample(id: string): SampleReport {
  return JSON.parse(readFileSync(join(FORMS_DIR, `${id}.sample.json`), "utf8")) as SampleReport;
}

export const SAMPLE: SampleReport = builtInSample("bao-cao-dan-chu-quy");

/** A small form for tests: fields in one section "I", tag prefix "bcdc:". */
export function tinyForm(fields: FormField[], rules: ReportForm["rules"] = [], extra: Partial<ReportForm> = {}): ReportForm {
  return {
    formatVersion: 1,
    id: "thu-nghiem",
    version: "1",
    title: "Báo cáo thử nghiệm",
    tagPrefix: "bcdc:",
    period: { kind: "quarter" },
    sections: [{ id: "I", number: "I", title: "Mục một", subsections: [{ id: "I", number: "I", title: "Mục một" }] }],
    fields,
    rules,
    ...extra,
  };
}

export function tinyReport(fields: FormField[], rules: ReportForm["rules"] = []): ReportDefinition {
  return definitionFromForm(tinyForm(fields, rules));
}

/** Pattern table rows keyed by field id without the prefix. */
export function patternTable(rows: Record<string, FigurePattern[]>): PatternTable {
  return new Map(Object.entries(rows).map(([id, patterns]) => [`bcdc:${id}`, patterns]));
}
