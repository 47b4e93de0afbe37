/**
 * The insertion of a whole new report, loaded on first use: the settings check, the report writer and the
 * gateway call, behind «Tạo báo cáo mới».
 */
import { periodName } from "../../domain/periodKinds";
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
  // The figures an earlier recognition left unclear were in the text just replaced: none is left to choose.
  set({ baseline, history: [], conflicts: [], restyles: [], overwrite: [], skip: [], missing: [], unclear: [], documentPeriod: state.period });
  applyRead(inserted.controls);
  const fields = new Set(inserted.controls.map((c) => c.tag)).size;
  set({
    busy: null,
    notice: {
      intent: state.unconfirmed.length > 0 ? "warning" : "success",
      text: `Đã tạo báo cáo ${periodName(state.period)}: ${inserted.controls.length} ô cho ${fields} số liệu.`,
      // What is still to type changes with every figure typed: counted when shown, not now (noticeText.ts).
      figuresLeft: { after: inserted.pageApplied ? "" : ` ${PAGE_HINT}` },
    },
  });
}
