/**
 * Whose a problem is. A clerk who typed one wrong figure into the reference report read it in one list with the
 * report's own arithmetic errors (7.613 + 15 + 109 ≠ 7.766), all «Lỗi:», and took them for hers. A problem is the
 * report's own («document») when it is about the document's text (documentCheck.ts), or when every typed figure it
 * involves is as the document shows it everywhere and the add-in never wrote it; otherwise it is the clerk's
 * («typed»): she typed a figure the document does not show, or one the pane cannot read, or one it wrote for her.
 * A problem a leader's rejection brought («decision»): every figure is as the document now shows it, and one of them
 * is there because a leader refused the clerk's change to it in «Duyệt thay đổi» (walk50, 6: the leader accepted one
 * of two changes that only agreed together and rejected the other, and the clerk read the broken rule as her error).
 */
import { inputsOf } from "./compute";
import type { Observations } from "./documentCheck";
import { parseField, readsAs } from "./fieldValues";
import type { ReportDefinition } from "./report";
import type { FieldId, Problem } from "./types";

export type ProblemOrigin = "typed" | "decision" | "document";

export interface OriginInputs {
  /** What is in the pane's boxes, per typed field. */
  raw: Readonly<Record<FieldId, string>>;
  /** What the document showed at the last read, per field. */
  observations: Observations;
  /** Fields the add-in has written (the history): a figure it wrote is the clerk's, whatever the document shows. */
  written: ReadonlySet<FieldId>;
  /** Fields whose last word in the history is a leader's rejection: the document holds what the leader kept. */
  rejected?: ReadonlySet<FieldId>;
}

/** The typed figures a problem involves: its own, and those its computed figures are computed from. */
function typedFigures(report: ReportDefinition, problem: Problem): FieldId[] {
  const ids = new Set<FieldId>();
  for (const id of problem.fields) {
    const field = report.byId.get(id);
    if (!field) continue;
    if (!field.formula) ids.add(id);
    else if (field.formula.op !== "period") for (const input of inputsOf(field.formula)) if (!report.byId.get(input)?.formula) ids.add(input);
  }
  return [...ids];
}

/** The figure in the box reads as what the document shows in every place, and the add-in never wrote it. */
export function asReadFromDocument(report: ReportDefinition, id: FieldId, inputs: OriginInputs): boolean {
  const field = report.byId.get(id);
  const seen = inputs.observations.get(id);
  if (!field || !seen || seen.length === 0 || inputs.written.has(id)) return false;
  const parsed = parseField(field, inputs.raw[id] ?? "");
  if (!parsed.ok || parsed.value === null) return false;
  const value = parsed.value;
  return seen.every((o) => readsAs(field, o.text, value));
}

const NONE: ReadonlySet<FieldId> = new Set();

function unstated(id: FieldId, inputs: OriginInputs): boolean {
  return (inputs.raw[id] ?? "").trim() === "" && (inputs.observations.get(id)?.length ?? 0) === 0 && !inputs.written.has(id);
}

export function problemOrigin(report: ReportDefinition, problem: Problem, inputs: OriginInputs): ProblemOrigin {
  if (problem.key.startsWith("doc.")) return "document";
  // A figure nobody gave, empty in its box and absent from the document, is no one's typing: the report's own column
  // order warned about was filed under «Do số bạn nhập» because its sum named the withdrawn dossiers, which the report
  // does not state (walk51, 5).
  const typed = typedFigures(report, problem).filter((id) => !unstated(id, inputs));
  if (typed.length === 0) return "typed";
  if (typed.every((id) => asReadFromDocument(report, id, inputs))) return "document";
  // After a decision the pane's figures are the document's again, written by the add-in or not: whose the problem is
  // turns on the rejection, not on who wrote the figures first.
  const rejected = inputs.rejected ?? NONE;
  const asDecided = typed.every((id) => asReadFromDocument(report, id, { ...inputs, written: NONE }));
  return asDecided && typed.some((id) => rejected.has(id)) ? "decision" : "typed";
}
