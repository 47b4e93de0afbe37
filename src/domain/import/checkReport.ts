/**
 * One engine for the task pane and the command line: recognise the figures of a report's text, then check their
 * arithmetic (validateFigures + checkDocument), the citations and the structure. The result is plain data
 * (JSON-serialisable), so the pane renders it and `npm run check` prints it.
 */
import { checkDocument } from "../documentCheck";
import { fieldName } from "../fieldName";
import { assertTextWithinLimits } from "../limits";
import type { ReportDefinition } from "../report";
import type { FieldId, Period, Problem, Severity } from "../types";
import { missingFigures } from "../optional";
import { validateFigures } from "../validate";
import { formatCount } from "../vnNumber";
import { checkArithmetic } from "./arithmetic";
import { MAX_MEANING_NUMBERS } from "./meaning";
import { findNumbers } from "./numbers";
import { checkCitations } from "./citations";
import { KIND_LABELS } from "../periodKinds";
import { boundStarts, recognizedFigures, recognizedObservations } from "./observations";
import { detectPeriodOfKind, KY_EXAMPLE } from "./periodTitle";
import { detectPeriod } from "./quarters";
import { followedText, recognizeFigures } from "./recognize";
import { uncheckedChecks, type UncheckedItem } from "./notChecked";
import { withStatedCounts } from "./statedCounts";
import { extraHeadings } from "./decimalHeadings";
import { checkStructure } from "./structure";
import { byOwnCount, type ConventionNote } from "./ownConvention";
import { uniqueSorted } from "./text";
import type { Occurrence, Recognition, Recognitions, TextProblem } from "./types";

export type ProblemSource = "figures" | "document" | "arithmetic" | "citations" | "structure";

export interface ReportProblem {
  source: ProblemSource;
  key: string;
  severity: Severity;
  message: string;
  lines: number[];
  fields: FieldId[];
}

export interface RecognizedFigure {
  id: FieldId;
  label: string;
  /** Typed by the clerk (false: computed from other figures). */
  typed: boolean;
  state: Recognition["state"];
  /** The places found: bound occurrences, or the candidates of an ambiguous field. */
  places: Occurrence[];
}

export interface ReportCheck {
  /** Null when the title names no quarter and none was given: the quarter checks did not run (see `unchecked`). */
  period: Period | null;
  periodFrom: "given" | "title" | "none";
  figures: RecognizedFigure[];
  /** Typed fields bound, of all typed fields of the report; and those found but unclear (the clerk chooses). */
  typedBound: number;
  typedUnclear: number;
  typedTotal: number;
  problems: ReportProblem[];
  /** Every check that could not run, and why. */
  unchecked: UncheckedItem[];
  /** Sums the form's rules would call wrong that hold by the report's own way of counting (ownConvention.ts). */
  notes: ConventionNote[];
  /**
   * Optional typed figures (../optional.ts) the report leaves out with their whole group: shown, not missing. Not
   * counted in `typedBound`; still in `typedTotal`.
   */
  leftOut: FieldId[];
  /** Checks that did not run because they need only such left-out figures: said, never counted as run nor as a gap. */
  leftOutChecks: UncheckedItem[];
  /** Every typed figure the report owes read, and every check run but those of left-out figures: only then is "no problem" a clean bill. */
  complete: boolean;
  errors: number;
  warnings: number;
}

export class ReportCheckError extends Error {}

/** Stands in for an unknown period so the arithmetic still runs; what depends on the period is left out and said. */
const NO_PERIOD: Period = { quarter: 1, year: 2000 };

export function checkReport(text: string, options: { period?: Period; report: ReportDefinition }): ReportCheck {
  assertTextWithinLimits(text);
  const { report } = options;
  if (text.trim() === "") throw new ReportCheckError("văn bản trống, không có nội dung để kiểm tra.");
  const period = options.period ?? (report.periodKind === "quarter" ? detectPeriod(text) : detectPeriodOfKind(text, report.periodKind));
  const recognitions = recognizeFigures(text, report);
  // Rules run on a list's count the text states when the list itself was not read (statedCounts.ts).
  const stated = withStatedCounts(report, recognitions, recognizedFigures(report, recognitions));
  const review = validateFigures(stated.report, stated.raw, period ?? NO_PERIOD);
  const periodRules = new Set(report.rules.filter((r) => r.kind === "cutoff").map((r) => r.id));
  if (!period) review.problems = review.problems.filter((p) => !periodRules.has(p.key));
  // Another office's count (late dossiers inside the resolved ones) is no error of its report: said as a note.
  // Its clauses are read as the reader follows them: a sentence a PDF's page broke goes on on the next page.
  const own = byOwnCount(followedText(text), stated.report, review.values, recognitions, review.problems, text);
  review.problems = own.problems;
  const documentProblems = checkDocument(report, review.values, recognizedObservations(recognitions));
  const read = (id: FieldId) => (review.values.get(id) ?? null) !== null;
  const written = (id: FieldId) => recognitions.get(id)?.state === "bound";
  // An unclear optional figure is not left out: the text seems to state it, so its group is owed.
  const missing = missingFigures(report, written, (id) => recognitions.get(id)?.state === "ambiguous");
  const leftOut = new Set(missing.leftOut.map((f) => f.id));
  const ruleKeys = new Set(report.rules.map((r) => `unchecked:${r.id}`));
  // The rules as they ran (on stated counts); a stated count against its unread list, as the form computes it.
  const notRun = [
    ...uncheckedChecks(stated.report, read, written, (id) => leftOut.has(id)).filter((u) => ruleKeys.has(u.key)),
    ...uncheckedChecks(report, read, written, (id) => leftOut.has(id)).filter((u) => !ruleKeys.has(u.key)),
  ];
  const unchecked = notRun.filter((u) => !u.leftOut);
  const numbers = findNumbers(text).length;
  if (numbers > MAX_MEANING_NUMBERS) {
    unchecked.unshift({
      key: "unchecked:meaning",
      message: `Chỉ nhận diện số liệu theo đúng câu chữ của mẫu: văn bản có ${formatCount(numbers)} con số, quá ${formatCount(MAX_MEANING_NUMBERS)} số mà tiện ích đối chiếu theo nghĩa.`,
      missing: [],
    });
  }
  if (!period) {
    unchecked.unshift({
      key: "unchecked:period",
      message: `Không kiểm tra được các kỳ nêu trong văn bản và kỳ số liệu: tiêu đề không ghi ${KIND_LABELS[report.periodKind].toLowerCase()} báo cáo (hãy ghi rõ, ví dụ --ky ${KY_EXAMPLE[report.periodKind]}).`,
      missing: [],
    });
  }
  const problems = [
    ...ambiguities(report, recognitions),
    ...review.problems.map((p) => fromFieldProblem("figures", p, recognitions)),
    ...documentProblems.map((p) => fromFieldProblem("document", p, recognitions)),
    ...byLine(checkArithmetic(text, boundStarts(recognitions))).map((p) => fromTextProblem("arithmetic", p)),
    ...byLine(checkCitations(text)).map((p) => fromTextProblem("citations", p)),
    ...byLine(checkStructure(text, period)).map((p) => fromTextProblem("structure", p)),
  ];
  const located = locatedUnderExtraHeadings(text);
  const figures = report.fields.map((field): RecognizedFigure => {
    const recognition = recognitions.get(field.id) ?? { state: "notFound" };
    return { id: field.id, label: fieldName(report, field.id), typed: !field.formula, state: recognition.state, places: placesOf(recognition).map(located) };
  });
  const typed = figures.filter((f) => f.typed);
  const typedBound = typed.filter((f) => f.state === "bound").length;
  return {
    period,
    periodFrom: options.period ? "given" : period ? "title" : "none",
    figures,
    typedBound,
    typedUnclear: typed.filter((f) => f.state === "ambiguous").length,
    typedTotal: typed.length,
    problems,
    unchecked,
    notes: own.notes,
    leftOut: missing.leftOut.map((f) => f.id),
    leftOutChecks: notRun.filter((u) => u.leftOut),
    complete: missing.owed.length === 0 && unchecked.length === 0,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
  };
}

/** A place said to be in «phần mở đầu» that stands under a «1.1.» or «I -» heading is said to be there. */
function locatedUnderExtraHeadings(text: string): (o: Occurrence) => Occurrence {
  const extra = extraHeadings(text);
  if (extra.length === 0) return (o) => o;
  return (o) => {
    if (o.where !== "phần mở đầu") return o;
    const above = extra.filter((h) => h.line <= o.line).at(-1);
    return above ? { ...o, where: `mục ${above.label}` } : o;
  };
}

function placesOf(recognition: Recognition): Occurrence[] {
  if (recognition.state === "bound") return recognition.occurrences;
  return recognition.state === "ambiguous" ? recognition.candidates : [];
}

function linesOf(recognitions: Recognitions, fields: readonly FieldId[]): number[] {
  return uniqueSorted(fields.flatMap((id) => placesOf(recognitions.get(id) ?? { state: "notFound" }).map((o) => o.line)));
}

function fromFieldProblem(source: ProblemSource, p: Problem, recognitions: Recognitions): ReportProblem {
  return { source, key: p.key, severity: p.severity, message: p.message, lines: linesOf(recognitions, p.fields), fields: p.fields };
}

function fromTextProblem(source: ProblemSource, p: TextProblem): ReportProblem {
  return { source, key: p.key, severity: p.severity, message: p.message, lines: p.lines, fields: [] };
}

function byLine(problems: TextProblem[]): TextProblem[] {
  return [...problems].sort((a, b) => (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
}

/** A figure we refused to guess is worth a look: the clerk types it in the pane. */
function ambiguities(report: ReportDefinition, recognitions: Recognitions): ReportProblem[] {
  return [...recognitions]
    .filter(([, r]) => r.state === "ambiguous")
    .map(([id, r]) => {
      const name = fieldName(report, id);
      const candidates = placesOf(r).map((o) => `${o.text} (dòng ${o.line})`).join(", ");
      return {
        source: "figures" as const,
        key: `import.ambiguous:${id}`,
        severity: "warning" as const,
        message:
          placesOf(r).length === 1
            ? `Không nhận ra chắc chắn «${name}»: chưa chắc ${candidates} là số liệu này; hãy nhập tay.`
            : `Không nhận ra chắc chắn «${name}»: có nhiều số có thể là số liệu này (${candidates}); hãy nhập tay.`,
        lines: linesOf(recognitions, [id]),
        fields: [id],
      };
    });
}
