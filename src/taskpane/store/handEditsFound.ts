/**
 * Figures changed by hand in the document, found when it is read again by «Nhận diện số liệu». Walk finding (walk42,
 * 1a): a clerk changed two figures in Word on the second day and recognised the report; it said only «61 đã có ô từ
 * trước, giữ nguyên.», and she learnt of her two edits only from the next update's question. Recognition now asks
 * the same question the update would (planUpdate's conflicts: a control whose text is neither what the add-in last
 * wrote or agreed with nor the pane's figure), names each figure with both numbers, and shows the same cards at once.
 */
import { fieldName } from "../../domain/fieldName";
import type { ReportDefinition } from "../../domain/report";
import { standingRejections } from "../../domain/rejectedChanges";
import { planUpdate, type Conflict } from "../../domain/updatePlan";
import type { ControlInfo } from "../../office/gateway";
import { handEditSentence, handEditsOf, splitConflicts } from "./handEditNotice";
import type { AppState, Notice } from "./types";

type Read = Pick<AppState, "report" | "review" | "baseline" | "overwrite" | "skip" | "history">;

/**
 * The hand edits the next update would ask about, from the controls just read: only where the pane knew the
 * document's text (a figure the report writes twice in disagreement has none, and is offered as the document's values
 * under its box, documentChoices.ts).
 */
export function handEditsIn(state: Read, controls: readonly ControlInfo[]): Conflict[] {
  const found = planUpdate({
    report: state.report,
    values: state.review.values,
    problems: state.review.problems,
    controls: controls.filter((c) => !c.cannotEdit),
    baseline: state.baseline,
    overwrite: new Set(state.overwrite),
    skip: new Set(state.skip),
    rejected: standingRejections(state.report, state.history),
  }).conflicts;
  // A computed figure with no known text is asked about too, in its own words (unconfirmedTotals.ts).
  return found.filter((c) => state.baseline[c.field] !== undefined || c.unconfirmed);
}

/** `notice` with the hand edits said after it: each figure, what the document writes and what the pane holds. */
export function withHandEdits(report: ReportDefinition, notice: Notice, found: readonly Conflict[]): Notice {
  const { handEdited: conflicts, unconfirmed } = splitConflicts(found);
  const asked = unconfirmedSentence(report, unconfirmed, "ở thẻ «Số liệu»");
  if (asked !== "") notice = { ...notice, intent: "warning", text: `${notice.text} ${asked}` };
  if (conflicts.length === 0) return notice;
  const fields = [...new Set(conflicts.map((c) => c.field))];
  const named = fields.map((id) => {
    const texts = [...new Set(conflicts.filter((c) => c.field === id).map((c) => c.documentText))];
    const target = conflicts.find((c) => c.field === id)!.target;
    return `«${fieldName(report, id)}»: văn bản ghi «${texts.join("», «")}», ngăn ghi «${target}»`;
  });
  // Said in «Văn bản cũ», where no card is: the cards wait in «Số liệu».
  const sentence = handEditSentence(conflicts, ` (${named.join("; ")})`, "ở thẻ «Số liệu»");
  return { ...notice, intent: "warning", text: `${notice.text} ${sentence}`, ...handEditsOf(conflicts, sentence) };
}

/**
 * What a notice says of computed figures whose document text does not add up (walk42, monthly 1096): named with both
 * numbers, and said to be a question, not an edit: the number may be another figure's, or the report's sum wrong.
 */
export function unconfirmedSentence(report: ReportDefinition, unconfirmed: readonly Conflict[], where = "bên dưới"): string {
  if (unconfirmed.length === 0) return "";
  const fields = [...new Set(unconfirmed.map((c) => c.field))];
  const named = fields.map((id) => {
    const texts = [...new Set(unconfirmed.filter((c) => c.field === id).map((c) => c.documentText))];
    return `«${fieldName(report, id)}»: văn bản ghi «${texts.join("», «")}», theo các số thành phần là «${unconfirmed.find((c) => c.field === id)!.target}»`;
  });
  return (
    `${fields.length} số liệu tự tính không khớp với các số thành phần (${named.join("; ")}): có thể đó là số của nội dung khác, ` +
    `hoặc văn bản tính sai. Chưa ghi đè; hãy xác nhận ${where}.`
  );
}
