/**
 * The insertion of a whole new report, loaded on first use: the settings check, the report writer and the
 * gateway call, behind «Tạo báo cáo mới».
 */
import { missingFigures } from "../../domain/optional";
import { KIND_WORDS, periodName } from "../../domain/periodKinds";
import { emptyStoredReport, storedReportToXml } from "../../domain/storedReport";
import { validateSettings } from "../../domain/template/settings";
import { agreedTexts } from "../../domain/updatePlan";
import { GatewayError } from "../../office/gateway";
import { carriedForm } from "./formActions";
import type { StoreKit } from "./types";

/* Word on the web and Word before WordApiDesktop 1.3 give an add-in no way to set the page. */
const PAGE_HINT = "Word này không cho tiện ích đặt trang: hãy chọn khổ A4, lề trên và dưới 20 mm, trái 30 mm, phải 15 mm (Bố cục › Lề).";

export async function runCreateReport({ deps, set, get, applyRead }: StoreKit, replace: boolean): Promise<void> {
  const { word } = deps;
  const state = get();
  set({ replaceOffer: null });
  const problems = validateSettings(state.officeSettings);
  if (problems.length > 0) {
    set({ busy: null, notice: { intent: "error", text: `Chưa tạo được báo cáo: ${problems.map((p) => p.message).join(" ")}` } });
    return;
  }
  const { reportOoxml, PAGE_POINTS } = await import(/* webpackChunkName: "report-writer" */ "../../domain/template/ooxml");
  const ooxml = reportOoxml(state.report, state.officeSettings, state.review.values, { period: state.period });
  // Figures typed so far are written into the new report and saved with it, with its period; a new report
  // starts a new history.
  const stored = {
    ...emptyStoredReport(state.period),
    figures: state.raw,
    form: carriedForm(state.report),
    trackChanges: state.trackChanges,
    periods: state.periods,
    // Figures carried over by a roll-over and not yet confirmed stay marked: without this, reopening the pane
    // showed last month's figures as this month's.
    ...(state.unconfirmed.length > 0 ? { unconfirmed: state.unconfirmed } : {}),
  };
  const inserted = await word
    .insertReport({ ooxml, page: { ...PAGE_POINTS }, storedXml: storedReportToXml(stored) }, { replace })
    .catch((error: unknown) => {
      // Not an error to show: the pane asks whether to replace the document's content.
      if (error instanceof GatewayError && error.code === "notEmpty") return error;
      throw error;
    });
  if (inserted instanceof GatewayError) {
    set({ busy: null, replaceOffer: inserted.message });
    return;
  }
  // What was just written is the add-in's own text: later updates may replace it.
  const baseline = agreedTexts(inserted.controls);
  set({ baseline, history: [], conflicts: [], restyles: [], overwrite: [], skip: [], missing: [], documentPeriod: state.period });
  applyRead(inserted.controls);
  const fields = new Set(inserted.controls.map((c) => c.tag)).size;
  const missing = missingFigures(state.report, (id) => (state.raw[id] ?? "").trim() !== "");
  const empty = missing.owed.length;
  // The new report has a place for every figure; one the office never states is left for the clerk to strike out.
  const optional = missing.leftOut.length > 0
    ? ` ${missing.leftOut.length} số liệu không bắt buộc để trống: nếu báo cáo không nêu, hãy xoá câu có chúng trong văn bản.`
    : "";
  const periodWord = KIND_WORDS[state.report.periodKind];
  const carried = state.unconfirmed.length;
  set({
    busy: null,
    notice: {
      intent: carried > 0 ? "warning" : "success",
      text:
        `Đã tạo báo cáo ${periodName(state.period)}: ${inserted.controls.length} ô cho ${fields} số liệu. ` +
        (carried > 0 ? `${carried} số liệu trong đó vẫn là của ${periodWord} trước, chưa xác nhận cho ${periodWord} mới: nhập lại hoặc bấm «Xác nhận» ở thẻ «Số liệu». ` : "") +
        (empty > 0 ? `Còn ${empty} số liệu chưa nhập: hãy nhập ở thẻ «Số liệu» rồi bấm «Cập nhật văn bản».` : "Hãy bấm «Cập nhật văn bản» khi cần ghi lại số liệu.") +
        optional +
        (inserted.pageApplied ? "" : ` ${PAGE_HINT}`),
    },
  });
}
