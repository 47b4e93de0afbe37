/**
 * What is said under one figure's box: every problem that starts at it, not only the first (a total can break its sum
 * and its «≤» at once, and a clerk who fixed the one shown was surprised by the next). Errors first, then warnings.
 * Two problems about the same figures say the same fact twice (a part larger than its whole: «không được lớn hơn» and
 * the share «vượt 100%», whose own box names it): the first is kept, to spare lines at 350 px. The errors of rules
 * shown under another box are pointed to in a few words, never repeated whole (`pointer`: which total and which parts,
 * rulePointer.ts; by default the box the error is under).
 * A problem already in the report's text (figures read from the document, not typed by the clerk: problemOrigin.ts)
 * says so in one short sentence, as the summary files it, and so does one a leader's rejection brought; the clerk's
 * own typing gets nothing added. A problem about the document's text itself (doc.*: «Văn bản ghi … là …») already
 * says whose it is.
 */
import type { ProblemOrigin } from "../../domain/problemOrigin";
import type { FieldId, Problem } from "../../domain/types";
import { sameFigures } from "../../domain/validate";

export interface FieldProblemLine {
  text: string;
  severity: "error" | "warning";
}

/**
 * The one-line pointer from a figure to the error said in full under another box (its total's, usually). «Cũng»
 * («also») only after the box's own problems: alone under a part, it read as if something had been said before.
 */
export const pointerTo = (boxName: string, afterOwn = false) =>
  `${afterOwn ? "Cũng liên quan" : "Liên quan"} đến lỗi ở ô «${boxName}».`;


/** Said after a problem whose figures were all read from the document. */
export const fromDocumentNote = (severity: Problem["severity"]) => `${severity === "error" ? "Lỗi" : "Cảnh báo"} này có sẵn trong văn bản, không do bạn nhập.`;

/** Said after a problem a leader's rejection brought (problemOrigin.ts «decision»). */
export const fromDecisionNote = (severity: Problem["severity"]) =>
  `${severity === "error" ? "Lỗi" : "Cảnh báo"} này có sau khi lãnh đạo từ chối thay đổi, không do bạn nhập.`;

const NOTES: Record<ProblemOrigin, ((severity: Problem["severity"]) => string) | null> = {
  typed: null,
  decision: fromDecisionNote,
  document: fromDocumentNote,
};

export function fieldProblemLines(
  own: readonly Problem[],
  related: readonly Problem[],
  nameOf: (id: FieldId) => string,
  originOf: (problem: Problem) => ProblemOrigin = () => "typed",
  pointer: (problem: Problem, afterOwn: boolean) => string = (problem, afterOwn) => pointerTo(nameOf(problem.fields[0]!), afterOwn),
): FieldProblemLine[] {
  const ordered = [...own.filter((p) => p.severity === "error"), ...own.filter((p) => p.severity !== "error")];
  const seen = new Set<string>();
  const lines: FieldProblemLine[] = [];
  const mixed = ordered.some((p) => p.severity === "error") && ordered.some((p) => p.severity !== "error");
  for (const problem of ordered) {
    const key = sameFigures(problem);
    if (seen.has(key)) continue;
    seen.add(key);
    const warning = problem.severity !== "error";
    const text = warning && mixed ? `Cảnh báo: ${problem.message}` : problem.message;
    const said = NOTES[originOf(problem)];
    const note = said && !problem.key.startsWith("doc.") ? ` ${said(problem.severity)}` : "";
    lines.push({ text: text + note, severity: warning ? "warning" : "error" });
  }
  const pointedTo = new Set<FieldId>();
  for (const problem of related) {
    const at = problem.fields[0]!;
    if (seen.has(sameFigures(problem)) || pointedTo.has(at)) continue;
    pointedTo.add(at);
    lines.push({ text: pointer(problem, seen.size > 0), severity: "error" });
  }
  return lines;
}
