/**
 * One engine for the task pane and the command line: recognise the figures of a report's text, then check their
 * arithmetic (validateFigures + checkDocument), the citations and the structure. The result is plain data
 * (JSON-serialisable), so the pane renders it and `npm run check` prints it.
 */
import { checkDocument } from "../documentCheck";
import { assertTextWithinLimits } from "../limits";
import type { ReportDefinition } from "../report";
import type { FieldId, Period, Problem, Severity } from "../types";
import { validateFigures } from "../validate";
import { checkCitations } from "./citations";
import { recognizedFigures, recognizedObservations } from "./observations";
import { KIND_LABELS } from "../periodKinds";
import { detectPeriodOfKind, KY_EXAMPLE } from "./periodTitle";
import { detectPeriod } from "./quarters";
import { recognizeFigures } from "./recognize";
import { checkStructure } from "./structure";
import { uniqueSorted } from "./text";
import type { Occurrence, Recognition, Recognitions, TextProblem } from "./types";

export type ProblemSource = "figures" | "document" | "citations" | "structure";

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
  period: Period;
  periodFrom: "given" | "title";
  figures: RecognizedFigure[];
  /** Typed fields bound, of all typed fields of the report. */
  typedBound: number;
  typedTotal: number;
  problems: ReportProblem[];
  errors: number;
  warnings: number;
}

export class ReportCheckError extends Error {}

export function checkReport(text: string, options: { period?: Period; report: ReportDefinition }): ReportCheck {
  assertTextWithinLimits(text);
  const { report } = options;
  const period = options.period ?? (report.periodKind === "quarter" ? detectPeriod(text) : detectPeriodOfKind(text, report.periodKind));
  if (!period) {
    throw new ReportCheckError(`Không xác định được ${KIND_LABELS[report.periodKind].toLowerCase()} báo cáo từ tiêu đề; hãy ghi rõ, ví dụ --ky ${KY_EXAMPLE[report.periodKind]}.`);
  }
  const recognitions = recognizeFigures(text, report);
  const review = validateFigures(report, recognizedFigures(report, recognitions), period);
  const documentProblems = checkDocument(report, review.values, recognizedObservations(recognitions));
  const problems = [
    ...ambiguities(report, recognitions),
    ...review.problems.map((p) => fromFieldProblem("figures", p, recognitions)),
    ...documentProblems.map((p) => fromFieldProblem("document", p, recognitions)),
    ...byLine(checkCitations(text)).map((p) => fromTextProblem("citations", p)),
    ...byLine(checkStructure(text, period)).map((p) => fromTextProblem("structure", p)),
  ];
  const figures = report.fields.map((field): RecognizedFigure => {
    const recognition = recognitions.get(field.id) ?? { state: "notFound" };
    return { id: field.id, label: field.label, typed: !field.formula, state: recognition.state, places: placesOf(recognition) };
  });
  const typed = figures.filter((f) => f.typed);
  return {
    period,
    periodFrom: options.period ? "given" : "title",
    figures,
    typedBound: typed.filter((f) => f.state === "bound").length,
    typedTotal: typed.length,
    problems,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
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
      const field = report.byId.get(id)!;
      const candidates = placesOf(r).map((o) => `${o.text} (dòng ${o.line})`).join(", ");
      return {
        source: "figures" as const,
        key: `import.ambiguous:${id}`,
        severity: "warning" as const,
        message: `Không nhận ra chắc chắn «${field.label}»: có nhiều số ứng với cách viết này (${candidates}); hãy nhập tay.`,
        lines: linesOf(recognitions, [id]),
        fields: [id],
      };
    });
}
