/**
 * What an update's notice says about the figures it left as the document has them because of errors. A clerk who
 * changed one figure of the reference report read «Chưa ghi 10 số liệu đang có lỗi» beside «2 lỗi» in the summary,
 * as if her change had held ten figures back: the notice now counts the errors as the summary does, names the box
 * each is shown under, and says when none of them concerns a figure just written.
 */
import { inputsOf } from "../../domain/compute";
import { fieldName } from "../../domain/fieldName";
import type { ReportDefinition } from "../../domain/report";
import type { Problem } from "../../domain/types";
import type { UpdateDecision } from "../../domain/updatePlan";

/** The errors (as the summary lists them) that kept at least one of `blocked` from being written. */
export function blockingErrors(report: ReportDefinition, blocked: readonly string[], problems: readonly Problem[]): Problem[] {
  const held = new Set(blocked);
  for (const id of blocked) {
    const formula = report.byId.get(id)?.formula;
    if (formula) for (const input of inputsOf(formula)) held.add(input);
  }
  return problems.filter((p) => p.severity === "error" && p.fields.some((f) => held.has(f)));
}

/** «Số đã ghi: «…» 12 → 13.»: what was written, said when the notice goes on about what was not. */
export function writtenNote(report: ReportDefinition, decision: UpdateDecision): string {
  const changes = decision.changes.filter((c) => c.from !== c.to);
  if (changes.length === 0) return "";
  const named = changes.slice(0, 3).map((c) => `«${fieldName(report, c.field)}» ${c.from} → ${c.to}`);
  return ` Số đã ghi: ${named.join("; ")}${changes.length > 3 ? "; …" : ""}.`;
}

/** The sentence that introduces the list of figures left as they are. */
export function blockedSentence(report: ReportDefinition, decision: UpdateDecision, problems: readonly Problem[]): string {
  const errors = blockingErrors(report, decision.blocked, problems);
  const n = decision.blocked.length;
  if (errors.length === 0) return `${n} số liệu được giữ nguyên như văn bản đang ghi vì còn lỗi trong số liệu; sửa lỗi rồi cập nhật lại để ghi các số này:`;
  const boxes = [...new Set(errors.map((e) => `«${fieldName(report, e.fields[0]!)}»`))];
  const touched = new Set(decision.changes.map((c) => c.field));
  const apart = touched.size > 0 && !errors.some((e) => e.fields.some((f) => touched.has(f)));
  const them = errors.length === 1 ? "lỗi đó" : "các lỗi đó";
  return (
    `${n} số liệu được giữ nguyên như văn bản đang ghi vì ${errors.length} lỗi trong số liệu (ở ${boxes.length === 1 ? "ô" : "các ô"} ${boxes.join(", ")})` +
    `${apart ? `, không liên quan đến số vừa ghi` : ""}; sửa ${them} rồi cập nhật lại để ghi các số này:`
  );
}
