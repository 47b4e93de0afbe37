/**
 * The Vietnamese sentences the pane shows after an update: loaded with the first update, not with the pane (its first
 * load is at its size limit), as is the check of computed figures left as the document has them.
 */
import { inputsOf } from "../../domain/compute";
import { fieldName } from "../../domain/fieldName";
import { parseField, readsAs } from "../../domain/fieldValues";
import type { ReportDefinition } from "../../domain/report";
import type { Problem } from "../../domain/types";
import type { FieldChange as Change, UpdateDecision } from "../../domain/updatePlan";
import { andOthers, blockedSentence, blockingErrors, heldGroups, writtenNote } from "./blockedNotice";
import { handEditSentence, handEditsOf, placesOf, splitConflicts } from "./handEditNotice";
import { notRecomputedSentence, type StaleFigure } from "./notRecomputed";
import type { Notice } from "./types";

export { describeError } from "./describeError";
export { notRecomputed } from "./notRecomputed";

/** A figure the clerk left empty in the pane while the document still shows a number for it: that number stays. */
export interface KeptFigure {
  field: string;
  text: string;
}

/**
 * `problems`: the figures' problems the update was planned with, to say which errors kept figures unwritten.
 * `unplaced`: figures typed in the pane that have no place in the document (walk62: a new clerk typed «Biên chế công
 * chức được giao» into a report that never states it, pressed «Cập nhật văn bản» and read «Văn bản đã đúng số liệu»).
 * `stale`: computed figures left as the document has them, a box they need being empty (notRecomputed.ts).
 */
export function describeUpdate(
  report: ReportDefinition,
  decision: UpdateDecision,
  written: number,
  kept: readonly KeptFigure[] = [],
  problems: readonly Problem[] = [],
  unplaced: readonly string[] = [],
  stale: readonly StaleFigure[] = [],
): Notice {
  const restyled = restyledChanges(report, decision);
  const recomputed = recomputedChanges(report, decision);
  // A figure the notes above already name is not named again in «Số đã ghi» (walk40, 1032: «4,71% → 4,17%» twice).
  const namedAbove = new Set([...restyled, ...recomputed].map((c) => c.field));
  // Her «Giữ nguyên văn bản» of a hand edit is a kept figure like her «Giữ» of a total (walk44, 8).
  const declined = [...(decision.rejectedKept ?? []), ...(decision.skipped ?? []).map((c) => ({ ...c, kept: true as const, byHand: true as const }))];
  const held = decision.conflicts.length > 0 || decision.blocked.length > 0 || kept.length > 0 || unplaced.length > 0 || declined.length > 0 || stale.length > 0;
  // "The document is already right" contradicts a hand edit waiting for the clerk's choice, and figures left
  // unwritten for their errors: then only the figures without a problem are said to be right.
  const parts = [
    written > 0
      ? `${writtenCount(decision, written)}${restyledNote(report, restyled)}${recomputedNote(report, recomputed)}${writtenNote(report, decision, namedAbove)}`
      : decision.conflicts.length > 0
        ? "Chưa ghi số liệu nào vào văn bản."
        : decision.blocked.length > 0
          ? // Walk finding (walker38): figures held back for errors, nothing written, the notice opened «the others are
            // right» and a clerk took the list of held figures for changes made. It now says first that nothing was written.
            // Walk finding (walk42): «Các số liệu khác đã đúng» beside a summary of the report's own errors: only the
            // figures without an error are said to be as the pane has them.
            "Chưa ghi số liệu nào vào văn bản. Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại."
          : kept.length > 0 || unplaced.length > 0 || declined.length > 0
            ? // Walk finding (walk40): after a figure typed as the document has it («8827» for 8.827) and one emptied
              // box, the notice opened «Các số liệu khác…» with no figure before it to be "other" than. It now says
              // nothing was written, names the figures left, and ends with the others.
              "Chưa ghi số liệu nào vào văn bản."
            : "Văn bản đã đúng số liệu, không cần ghi gì.",
  ];
  const othersRight = written === 0 && decision.conflicts.length === 0 && decision.blocked.length === 0 && (kept.length > 0 || unplaced.length > 0 || declined.length > 0);
  // Emptying a box does not empty the document: a clerk who cleared a figure by mistake, or to drop it, is told
  // which number the report still carries.
  if (kept.length > 0) {
    const named = kept.map((k) => `${fieldName(report, k.field)}: ${k.text}`).join("; ");
    parts.push(`${kept.length} số liệu để trống trong ngăn nên văn bản vẫn giữ số cũ (${named}): nhập lại số, hoặc tự xoá số đó trong văn bản.`);
  }
  // Right after the emptied boxes: the computed figures that wait for them (walk42, notRecomputed.ts).
  if (stale.length > 0) parts.push(notRecomputedSentence(report, stale));
  if (unplaced.length > 0) parts.push(unplacedSentence(report, unplaced));
  if (declined.length > 0) parts.push(rejectedSentence(report, declined));
  if (othersRight) parts.push("Các số liệu khác đã đúng trong văn bản, không cần ghi lại.");
  const { handEdited, unconfirmed } = splitConflicts(decision.conflicts);
  const handEdits = handEditSentence(handEdited);
  if (handEdited.length > 0) parts.push(handEdits);
  // Named with both numbers by recognition's notice and the card below (unconfirmedTotals.ts); said short here.
  if (unconfirmed.length > 0) parts.push(`${placesOf(unconfirmed)} tự tính không khớp với các số thành phần, chưa ghi đè: hãy xác nhận bên dưới.`);
  const restyles = decision.restyles.length;
  if (restyles > 0) {
    parts.push(`${placesOf(decision.restyles)} đúng giá trị nhưng viết khác quy cách được giữ nguyên như văn bản: muốn viết lại thì chọn bên dưới.`);
  }
  const before = parts.join(" ");
  // Last, so that the list of skipped figures follows the sentence that introduces it.
  if (decision.blocked.length > 0) {
    parts.push(blockedSentence(report, decision, problems));
  }
  const intent = held ? "warning" : "success";
  // The skipped figures fixing the errors would write, by name under their sections, the document's → the pane's;
  // the others behind «Xem thêm».
  const notice: Notice = {
    intent,
    text: parts.join(" "),
    ...(decision.blocked.length > 0 ? heldGroups(report, decision, problems) : {}),
    ...handEditsOf(handEdited, handEdits),
  };
  if (blockingErrors(report, decision.blocked, problems).length === 0) return notice;
  return { ...notice, heldBack: { blocked: [...decision.blocked], before } };
}

/**
 * Walk finding (pane52, 4): three figures of section I typed and written read «Đã cập nhật 6 ô số liệu», each being in
 * two places of the report, and «ô» is what the pane calls a figure's box («Đến ô «…»»): six boxes, for the three she
 * filled. Walk finding (pane58, 3): one figure in one place still read «Đã cập nhật 1 ô số liệu», the old word beside
 * the new. Every path now counts figures («số liệu») and, when they stand in more places than one each, says the
 * places after («chỗ trong văn bản»), as the document is spoken of everywhere else in the notice.
 */
function writtenCount(decision: UpdateDecision, written: number): string {
  const figures = decision.changes.length;
  if (figures === 0) return `Đã ghi lại ${written} chỗ trong văn bản.`;
  return `Đã cập nhật ${figures} số liệu${figures < written ? ` (${written} chỗ trong văn bản)` : ""}.`;
}

/**
 * A clerk who changed no figure and reads «Đã cập nhật 7 ô» wonders what changed: figures only rewritten in the
 * official style (after «Viết lại theo quy cách») are said so, with examples. Same test as the plan's (readsAs).
 */
function restyledChanges(report: ReportDefinition, decision: UpdateDecision): Change[] {
  return decision.changes.filter((c) => {
    const field = report.byId.get(c.field);
    const value = field ? parseField(field, c.to) : null;
    return c.from !== c.to && field !== undefined && value?.ok === true && value.value !== null && readsAs(field, c.from, value.value);
  });
}

function restyledNote(report: ReportDefinition, restyled: readonly Change[]): string {
  if (restyled.length === 0) return "";
  const examples = restyled.slice(0, 3).map((c) => `${c.from} → ${c.to}`).join(", ");
  return ` Trong đó ${restyled.length} số liệu chỉ viết lại theo quy cách, giá trị không đổi (${examples}${andOthers(restyled.length, 3)}).`;
}

/**
 * Walk finding (walk70, held-out 631): a new clerk typed two figures as the report had them and read «Đã cập nhật 1
 * số liệu»; her leader, with tracking on, found three changes to review for the clerk's two. The third was a share the
 * report itself had wrong (26,40 % where its own 312 of 1.198 give 26,04 %), rewritten because the add-in writes
 * computed figures with their inputs. A computed figure rewritten with a new value while none of its inputs changed
 * is named, with the document's old text, so nobody takes it for a figure typed by mistake.
 */
function recomputedChanges(report: ReportDefinition, decision: UpdateDecision): Change[] {
  const changed = new Set(decision.changes.map((c) => c.field));
  return decision.changes.filter((c) => {
    const field = report.byId.get(c.field);
    if (!field?.formula || field.formula.op === "period" || inputsOf(field.formula).some((input) => changed.has(input))) return false;
    // Only a number the document showed: a place still blank («…») is filled, not corrected; a restyle is said apart.
    const before = parseField(field, c.from);
    const after = parseField(field, c.to);
    return before.ok && before.value !== null && after.ok && after.value !== null && !readsAs(field, c.from, after.value);
  });
}

function recomputedNote(report: ReportDefinition, recomputed: readonly Change[]): string {
  if (recomputed.length === 0) return "";
  const named = recomputed.slice(0, 3).map((c) => `«${fieldName(report, c.field)}» ${c.from} → ${c.to}`);
  return ` Số tự tính được sửa cho khớp với số liệu văn bản đang ghi (bạn không nhập số này): ${named.join("; ")}${andOthers(recomputed.length, 3)}.`;
}

/** Computed figures the update left alone because a leader rejected the very change it would make (rejectedChanges.ts). */
function rejectedSentence(report: ReportDefinition, declined: readonly (Change & { byHand?: true })[]): string {
  const rejected = declined.filter((c) => !c.kept);
  const named = rejected.slice(0, 3).map((c) => `«${fieldName(report, c.field)}» ${c.from} (không sửa thành ${c.to})`);
  // The clerk's own «Giữ» for a total that does not add up (fix44C): said as hers, with the sum she answered about.
  const kept = declined
    .filter((c) => c.kept)
    .map((c) =>
      "byHand" in c
        ? `«${fieldName(report, c.field)}» giữ ${c.from} như bạn đã chọn (ngăn ghi ${c.to}).`
        : `«${fieldName(report, c.field)}» giữ ${c.from} như bạn đã chọn (theo các số thành phần là ${c.to}).`,
    );
  return [...(rejected.length > 0 ? [`Lãnh đạo đã từ chối sửa nên văn bản giữ nguyên: ${named.join("; ")}${andOthers(rejected.length, 3)}.`] : []), ...kept].join(" ");
}

/** Typed figures with no control anywhere in the document: named (three at most), with the step that places them. */
function unplacedSentence(report: ReportDefinition, unplaced: readonly string[]): string {
  const names = unplaced.slice(0, 3).map((field) => `«${fieldName(report, field)}»`).join(", ");
  const more = unplaced.length > 3 ? ` và ${unplaced.length - 3} số liệu khác` : "";
  return (
    `${unplaced.length} số liệu bạn đã nhập chưa có chỗ nào trong văn bản nên chưa được ghi (${names}${more}): ` +
    "đặt con trỏ vào chỗ cần ghi trong văn bản, bấm vào ô số liệu đó rồi bấm «Chèn vào văn bản»."
  );
}
