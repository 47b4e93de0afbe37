/**
 * What an update's notice says about the figures it left as the document has them because of errors. A clerk who
 * changed one figure of the reference report read «Chưa ghi 10 số liệu đang có lỗi» beside «2 lỗi» in the summary,
 * as if her change had held ten figures back: the notice now counts the errors as the summary does and says when
 * none of them concerns a figure just written (the summary below it names the box of each).
 */
import { inputsOf } from "../../domain/compute";
import { bySection, fieldName, sectionHeading } from "../../domain/fieldName";
import type { ReportDefinition } from "../../domain/report";
import type { Problem } from "../../domain/types";
import type { FieldChange, HeldFigure, UpdateDecision } from "../../domain/updatePlan";
import type { Notice } from "./types";

/** The errors (as the summary lists them) that kept at least one of `blocked` from being written. */
export function blockingErrors(report: ReportDefinition, blocked: readonly string[], problems: readonly Problem[]): Problem[] {
  const held = new Set(blocked);
  for (const id of blocked) {
    const formula = report.byId.get(id)?.formula;
    if (formula) for (const input of inputsOf(formula)) held.add(input);
  }
  return problems.filter((p) => p.severity === "error" && p.fields.some((f) => held.has(f)));
}

/**
 * «Số đã ghi: «…» 12 → 13. Số tự tính ghi lại: «…» 9,7% → 10,88%.»: every figure written, the clerk's first, then the
 * computed ones that followed. Walk finding (walk42): one figure typed read «Đã cập nhật 3 số liệu.» with nothing
 * named (two shares had followed it), and the clerk counts what she typed against the notice.
 */
export function writtenNote(report: ReportDefinition, decision: UpdateDecision, namedAbove: ReadonlySet<string> = new Set()): string {
  const changes = decision.changes.filter((c) => c.from !== c.to && !namedAbove.has(c.field));
  const computed = (c: FieldChange) => report.byId.get(c.field)?.formula !== undefined;
  return (
    listOf(report, ` Số đã ghi${namedAbove.size > 0 ? " khác" : ""}`, changes.filter((c) => !computed(c))) +
    listOf(report, " Số tự tính ghi lại", changes.filter(computed))
  );
}

function listOf(report: ReportDefinition, lead: string, changes: readonly FieldChange[]): string {
  if (changes.length === 0) return "";
  const named = changes.slice(0, 3).map((c) => `«${fieldName(report, c.field)}» ${c.from} → ${c.to}`);
  return `${lead}: ${named.join("; ")}${andOthers(changes.length, 3)}.`;
}

/**
 * Walk finding (walk40): «…» after three named figures hid how many more were written; the clerk counts what she
 * typed against the notice, so the rest are counted.
 */
export function andOthers(count: number, shown: number): string {
  return count > shown ? ` và ${count - shown} số liệu khác` : "";
}

/**
 * The sentence that introduces the list of figures left as they are: those whose document text fixing the errors
 * would change (`waiting`). Figures held back that the document already shows as the pane holds them are not counted
 * here; the notice keeps them behind «Xem thêm» (heldGroups). It says how many errors and what to do, never which
 * boxes: at 350 px the names of four boxes ran to ten lines above the list, and the summary just below the notice
 * names each error under its box, counted as it is counted here («4 lỗi, 3 cảnh báo»).
 */
export function blockedSentence(report: ReportDefinition, decision: UpdateDecision, problems: readonly Problem[]): string {
  const errors = blockingErrors(report, decision.blocked, problems);
  const n = listedWaiting(report, decision, problems).listed.length;
  if (errors.length === 0) {
    return n > 0
      ? `${n} số liệu được giữ nguyên như văn bản đang ghi vì còn lỗi trong số liệu; sửa lỗi rồi cập nhật lại để ghi các số này:`
      : "Còn lỗi trong số liệu, nhưng không số nào phải chờ ghi: văn bản đã ghi đúng như trong ngăn.";
  }
  const touched = new Set(decision.changes.map((c) => c.field));
  const apart = touched.size > 0 && !errors.some((e) => e.fields.some((f) => touched.has(f)));
  const because = `${errors.length} lỗi${apart ? ", không liên quan đến số vừa ghi" : ""}`;
  if (n === 0) return `Còn ${because}, nhưng không số nào phải chờ ghi: các số liên quan trong văn bản đã đúng như trong ngăn.`;
  return `${n} số liệu được giữ nguyên như văn bản đang ghi vì ${because}. Sửa lỗi rồi cập nhật lại để ghi các số này:`;
}

type Groups = NonNullable<Notice["groups"]>;

/**
 * Walk finding (walk42): the list read «Hồ sơ đã giải quyết, trả kết quả: 77 → 90; Tỷ lệ đã giải quyết: 95,06% →
 * 111,11%», the clerk's own mistake (a part above its total) and its consequence, as if they were figures waiting to
 * be written. A figure she typed that an error is said under (its first figure: the box she typed last, typedFirst.ts)
 * or that is no figure at all is the one to fix; a computed figure from it is not listed with a value the fix will
 * change, and waits behind «Xem thêm» with the others that need no fix of their own.
 */
export function listedWaiting(report: ReportDefinition, decision: UpdateDecision, problems: readonly Problem[]): { listed: HeldFigure[]; toFix: ReadonlySet<string> } {
  const boxes = new Set(blockingErrors(report, decision.blocked, problems).map((e) => e.fields[0]));
  const toFix = new Set(decision.waiting.filter((w) => !report.byId.get(w.field)?.formula && (w.to === null || boxes.has(w.field))).map((w) => w.field));
  const listed = decision.waiting.filter((w) => {
    const formula = report.byId.get(w.field)?.formula;
    return !formula || !inputsOf(formula).some((input) => toFix.has(input));
  });
  return { listed, toFix };
}

/** Under their sections, in the form's order: each held figure by its own label, the document's text → the pane's. */
function waitingGroups(report: ReportDefinition, waiting: readonly HeldFigure[], toFix: ReadonlySet<string>): Groups {
  const order = new Map(report.fields.map((f, i) => [f.id, i]));
  const sorted = [...waiting].sort((a, b) => (order.get(a.field) ?? Infinity) - (order.get(b.field) ?? Infinity));
  const groups = new Map<string, string[]>();
  for (const held of sorted) {
    const heading = sectionHeading(report, held.field);
    // The section is the heading: the label alone, «Hồ sơ tiếp nhận», not «… (Trung tâm PVHCC)» again.
    const label = report.byId.get(held.field)?.label ?? fieldName(report, held.field);
    const item =
      held.to === null
        ? `${label}: giữ ${held.from} (số nhập chưa đúng)`
        : toFix.has(held.field)
          ? `${label}: giữ ${held.from} (số nhập ${held.to} có lỗi, cần sửa)`
          : `${label}: ${held.from} → ${held.to}`;
    groups.set(heading, [...(groups.get(heading) ?? []), item]);
  }
  return [...groups].map(([heading, items]) => ({ heading, items }));
}

/**
 * The notice's lists of held figures: what the clerk's fix would write, shown; the other figures the errors touch
 * (already as the pane holds them, or computed from a figure not read yet), behind «Xem thêm». A figure an error names
 * is not among those «không cần sửa riêng»: the fix may be its own (walk40 read «Hồ sơ tiếp nhận» there, the very
 * figure of the error above).
 */
export function heldGroups(report: ReportDefinition, decision: UpdateDecision, problems: readonly Problem[] = []): Pick<Notice, "groups" | "more"> {
  const { listed, toFix } = listedWaiting(report, decision, problems);
  const waiting = new Set(listed.map((w) => w.field));
  const named = new Set(blockingErrors(report, decision.blocked, problems).flatMap((e) => e.fields));
  const rest = decision.blocked.filter((id) => !waiting.has(id) && !named.has(id));
  return {
    ...(waiting.size > 0 ? { groups: waitingGroups(report, listed, toFix) } : {}),
    ...(rest.length > 0 ? { more: { label: `${rest.length} số liệu liên quan không cần sửa riêng`, groups: bySection(report, rest) } } : {}),
  };
}
