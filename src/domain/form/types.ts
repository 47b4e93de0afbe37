/**
 * A report form as JSON: what src/forms/*.form.json hold, what a document carries in its stored part, and what the
 * schema (src/forms/report-form.schema.json) describes. Ids here are without the tag prefix; the runtime
 * ReportDefinition (../report) prefixes them, so a field's id is also its content controls' tag.
 */
import type { FieldKind, ItemSplit, PeriodKind, PeriodPart, Severity } from "../types";
import type { Role } from "../template/types";

/**
 * The newest version of this format the add-in reads. A document carrying a higher one is refused, unchanged.
 * 2 adds the «không bắt buộc» mark (`optional`, optional.ts); a form without it stays version 1, so an add-in that
 * reads only 1 still opens it (and says «update the add-in» for one with the mark, instead of calling it broken).
 */
export const FORM_FORMAT_VERSION = 2;

/** The format version a form's marks need: the lowest that can read it. */
export const OPTIONAL_MARK_VERSION = 2;

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
  /** «Không bắt buộc»: a report may leave this typed figure out and still be complete (optional.ts). */
  optional?: boolean;
}

export interface FormSubsection {
  id: string;
  number: string;
  title: string;
}

export interface FormSection extends FormSubsection {
  /** The parts of the section that ask for figures; a section without any asks for none. */
  subsections?: FormSubsection[];
  /** «Không bắt buộc» for every typed figure of the section, as one whole: stated in full or not at all. */
  optional?: boolean;
}

export type FormRule =
  | { id: string; kind: "sum"; total: string; parts: string[]; countedEitherWay?: string; countedSwapped?: [string, string]; severity: Severity }
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
