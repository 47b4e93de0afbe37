/**
 * A notice's words as the pane shows them. Most notices are said once and stay true; the new report's speaks of the
 * figures still to type, and those change with every figure the clerk types: its counts are said as they are now,
 * recounted from the figures at each render (a «Còn 62 số liệu chưa nhập» written at creation stayed on screen while
 * the summary below it counted down). An update's notice of figures held back for errors turns, once those errors are
 * fixed, into what to do next, and once a figure changed, counts the errors left (heldBackState).
 */
import { missingFigures } from "../../domain/optional";
import { KIND_WORDS } from "../../domain/periodKinds";
import { blockingErrors } from "./blockedNotice";
import { withHandEditsNow } from "./handEditNotice";
import type { AppState, Notice } from "./types";

/** The sentences about the figures left, from the figures as they are: carried over and unconfirmed, still owed, optional left out. */
export function figuresLeftText(state: Pick<AppState, "report" | "raw" | "unconfirmed">): string {
  const { report, raw } = state;
  const missing = missingFigures(report, (id) => (raw[id] ?? "").trim() !== "");
  const empty = missing.owed.length;
  const periodWord = KIND_WORDS[report.periodKind];
  const carried = state.unconfirmed.length;
  return (
    (carried > 0 ? `${carried} số liệu trong đó vẫn là của ${periodWord} trước, chưa xác nhận cho ${periodWord} mới: nhập lại hoặc bấm «Xác nhận» ở thẻ «Số liệu». ` : "") +
    (empty > 0 ? `Còn ${empty} số liệu chưa nhập: hãy nhập ở thẻ «Số liệu» rồi bấm «Cập nhật văn bản».` : "Hãy bấm «Cập nhật văn bản» khi cần ghi lại số liệu.") +
    // The new report has a place for every figure; one the office never states is left for the clerk to strike out.
    (missing.leftOut.length > 0 ? ` ${missing.leftOut.length} số liệu không bắt buộc để trống: nếu báo cáo không nêu, hãy xoá câu có chúng trong văn bản.` : "")
  );
}

type Shown = Pick<AppState, "notice" | "report" | "raw" | "unconfirmed" | "review" | "conflicts" | "overwrite" | "skip">;

/**
 * Where an update's held-back figures stand now: "fixed" when none of the errors that held them is left, "changed"
 * when the clerk changed a figure since (the list of held figures is out of date), "current" otherwise; null for
 * another notice.
 */
export function heldBackState(state: Pick<AppState, "notice" | "report" | "review" | "raw">): "fixed" | "changed" | "current" | null {
  const held = state.notice?.heldBack;
  if (held === undefined) return null;
  if (blockingErrors(state.report, held.blocked, state.review.problems).length === 0) return "fixed";
  return held.raw !== undefined && held.raw !== state.raw ? "changed" : "current";
}

function heldBackText(state: Shown, before: string): string | null {
  const now = heldBackState(state);
  if (now === "fixed") return `${before} Đã sửa hết lỗi giữ số liệu lại: bấm «Cập nhật văn bản» để ghi các số đang chờ.`;
  if (now !== "changed") return null;
  const left = blockingErrors(state.report, state.notice!.heldBack!.blocked, state.review.problems).length;
  return `${before} Còn ${left} lỗi giữ số liệu lại: sửa ở các ô có lỗi (xem tóm tắt bên dưới) rồi bấm «Cập nhật văn bản».`;
}

/** The whole text of the notice, its counts and the clerk's choices about hand edits as they are now; "" without a notice. */
export function noticeText(state: Shown): string {
  const notice: Notice | null = state.notice;
  if (!notice) return "";
  return withHandEditsNow(state, countedText(state, notice));
}

function countedText(state: Shown, notice: Notice): string {
  const held = notice.heldBack ? heldBackText(state, notice.heldBack.before) : null;
  if (held !== null) return held;
  if (!notice.figuresLeft) return notice.text;
  return `${notice.text} ${figuresLeftText(state)}${notice.figuresLeft.after}`;
}
