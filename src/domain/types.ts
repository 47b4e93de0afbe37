/**
 * The vocabulary of the report: fields (what a content control can show), sections (how the pane groups them),
 * rules (arithmetic between figures) and problems (what the clerk is told).
 */

/** Namespaced, stable id of a field, also the content control's tag: `bcdc:section.thing`. */
export type FieldId = string;

export type FieldKind =
  /** A whole number of people, dossiers, meetings… Written with a leading zero under 10 (05). */
  | "count"
  /** A percentage typed by the clerk (0–100). Written 95,06%. */
  | "percent"
  /** A calendar year, written without grouping (2026). */
  | "year"
  /** A date, written dd/mm/yyyy the way Nghị định 30/2020 pads it (03/3/2026, 09/02/2026). */
  | "date"
  /** Free text, such as the name of a commune. */
  | "text"
  /** A list of names, one per line; counts of it are computed. */
  | "list";

/** How a computed field follows from others. */
export type Formula =
  /** numerator / denominator as a percentage, two decimals. */
  | { op: "percentOf"; part: FieldId; whole: FieldId }
  /** The sum of other counts. */
  | { op: "sum"; of: FieldId[] }
  /** The number of items in a list field. */
  | { op: "countOf"; list: FieldId }
  /** A text that names the reporting period. */
  | { op: "period"; part: PeriodPart };

export type PeriodPart =
  | "quarterRoman"
  | "year"
  | "nextQuarterRoman"
  | "nextQuarterYear"
  | "cutoffStart"
  | "cutoffEnd"
  /** The month reported (monthly reports): "3". */
  | "month"
  /** The period as a title names it, year included: "tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026", "năm 2026". */
  | "name"
  /** The same for the period after it (the "nhiệm vụ … tiếp theo" part of a report). */
  | "nextName"
  /** The year of the period after it. */
  | "nextYear";

/** How often a form is reported, with Nghị định 09/2019/NĐ-CP's data cut-off for each. */
export type PeriodKind = "month" | "quarter" | "halfYear" | "year";

/** How a list figure's text splits into items: "A; B; C" or "A, B và C". */
export type ItemSplit = "semicolons" | "commasAnd";

export interface FieldDef {
  id: FieldId;
  /** The Vietnamese label: shown in the pane and as the content control's title. */
  label: string;
  kind: FieldKind;
  /** The section (see SectionDef.id) that asks for it. */
  section: string;
  /** Present for fields derived from others: never typed. */
  formula?: Formula;
  /** Upper bound for counts and years; lower bound is always 0 (years: 2000). */
  max?: number;
  /** The words the report uses for zero, when it does not write 0 ("Không có"). */
  zeroText?: string;
  /** A short hint shown under the input (unit, what to count). */
  hint?: string;
  /**
   * Filled when the report moves on to the next period, from the period just ended: another field's value (the
   * monthly report's «Lượt tiếp tháng trước» takes last month's «Tổng số lượt»), or that period's short name
   * ("period": 11/2020, I/2026). Such a figure is known, so it is not left for the clerk to confirm.
   */
  carriedFrom?: FieldId | "period";
  /**
   * What the figure counts ("hồ sơ", "người"): shown beside the input, and a clue for recognition by meaning
   * (inferred from the wording when absent).
   */
  unit?: string;
  /**
   * The report's own words around the figure, one placeholder for it ({N}, {P}, {D}…; see import/patterns/build.ts):
   * how recognition finds it in typed text.
   */
  wording?: readonly string[];
  /** How a list figure written in running text splits into items. */
  items?: ItemSplit;
  /**
   * Set for a typed figure marked «không bắt buộc» (by itself or with its section): what it may be left out with. A
   * report may leave the whole group out and still be complete; once it states one figure of the group, the others
   * are owed (../optional.ts). The field's own id, or "§" and its top section's id.
   */
  optionalGroup?: string;
}

export interface SectionDef {
  id: string;
  /** Numbering as a correct report writes it: "I", "III.1.a". */
  number: string;
  title: string;
}

export type Severity = "error" | "warning";

export type Rule =
  /**
   * The parts add up to the total. `countedEitherWay`: a figure some offices count inside another part and others
   * apart (late dossiers inside the resolved ones, or beside them): a total off by exactly it is the report's own count,
   * said as a warning, not an error.
   * `countedSwapped`: two figures some offices count in each other's place, one of them a part here (withdrawn dossiers
   * inside the resolved ones and late ones apart, or the other way round): parts that add up with the pair swapped, in
   * every rule naming the pair, are the report's own count, said once as a warning (validate.ts swappedCounts).
   */
  | { id: string; kind: "sum"; total: FieldId; parts: FieldId[]; countedEitherWay?: FieldId; countedSwapped?: [FieldId, FieldId]; severity: Severity }
  /** small ≤ big, e.g. in post ≤ allotted. */
  | { id: string; kind: "atMost"; small: FieldId; big: FieldId | FieldId[]; severity: Severity }
  /** A data period that should be the quarterly cut-off of Nghị định 09/2019/NĐ-CP. */
  | { id: string; kind: "cutoff"; start: FieldId; end: FieldId; severity: Severity };

export interface Problem {
  /** Stable key: the rule id, or `field:<id>` for a single-field problem. */
  key: string;
  severity: Severity;
  /** The fields involved; the first is where the summary jumps to. */
  fields: FieldId[];
  message: string;
}

/** A parsed value: numbers for count/percent/year, ISO date for date, text for text, items for list. */
export type FieldValue =
  | { kind: "number"; value: number }
  | { kind: "date"; iso: string }
  | { kind: "text"; value: string }
  | { kind: "list"; items: string[] };

export type ParseResult = { ok: true; value: FieldValue | null } | { ok: false; message: string };

/**
 * The period being reported. `quarter` is always the quarter the period ends in, so quarterly code keeps working for
 * every kind: a month sets `month` (quarter = its quarter), a half-year ends in quarter 2 or 4, a year in quarter 4.
 * Without `kind` the period is a quarter (documents and code from before other kinds existed).
 */
export interface Period {
  quarter: 1 | 2 | 3 | 4;
  year: number;
  kind?: PeriodKind;
  /** 1–12, for monthly periods only. */
  month?: number;
}
