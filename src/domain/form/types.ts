/**
 * A report form as JSON: what src/forms/*.form.json hold, what a document carries in its stored part, and what the
 * schema (src/forms/report-form.schema.json) describes. Ids here are without the tag prefix; the runtime
 * ReportDefinition (../report) prefixes them, so a field's id is also its content controls' tag.
 */
import type { FieldKind, ItemSplit, PeriodKind, PeriodPart, Severity } from "../types";
import type { Role } from "../template/types";

/** The version of this format the add-in reads and writes. A document carrying a higher one is refused, unchanged. */
export const FORM_FORMAT_VERSION = 1;

export type FormFormula =
  | { op: "percentOf"; part: string; whole: string }
  | { op: "sum"; of: string[] }
  | { op: "countOf"; list: string }
  | { op: "period"; part: PeriodPart };

export interface FormField {
  id: string;
  label: string;
  kind: FieldKind;
  section: string;
  formula?: FormFormula;
  max?: number;
  zeroText?: string;
  hint?: string;
  unit?: string;
  /** See FieldDef.carriedFrom: a field id of this form, or "period". */
  carriedFrom?: string;
  /** The report's words around the figure, with one placeholder: {N} {Z} {P} {D} {Y} {L} {T} (see fig()). */
  wording?: string[];
  items?: ItemSplit;
}

export interface FormSubsection {
  id: string;
  number: string;
  title: string;
}

export interface FormSection extends FormSubsection {
  /** The parts of the section that ask for figures; a section without any asks for none. */
  subsections?: FormSubsection[];
}

export type FormRule =
  | { id: string; kind: "sum"; total: string; parts: string[]; severity: Severity }
  | { id: string; kind: "atMost"; small: string; big: string | string[]; severity: Severity }
  | { id: string; kind: "cutoff"; start: string; end: string; severity: Severity };

/**
 * One paragraph of a new report. `text` marks figures as [[fieldId]], the office's details as {{officeName}} (and
 * governingBody, symbol, placeDate, recipients, signerTitle, signerName), italics as <i>…</i>. Headings are written
 * without their number: the writer numbers them (I., 1., a)).
 */
export interface FormParagraph {
  role: Role;
  text: string;
}

export interface ReportForm {
  $schema?: string;
  formatVersion: number;
  id: string;
  /** The form's own version, changed by whoever edits it ("2026.1"). */
  version: string;
  title: string;
  /** Who reports and where the text comes from: for people, not used by the add-in. */
  description?: string;
  /** Every field's tag starts with it ("bcdc:"): controls with other tags belong to someone else. */
  tagPrefix: string;
  period: { kind: PeriodKind };
  sections: FormSection[];
  fields: FormField[];
  rules: FormRule[];
  /** The text of a new report; without it, a plain one is made from the sections and fields. */
  skeleton?: FormParagraph[];
}
