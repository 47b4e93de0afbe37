/**
 * "Tạo báo cáo mới": the office's details (kept in the browser's preferences) and the insertion of a whole new
 * report into the open document. The report writer is loaded on first use, so it stays out of the first load.
 */
import { agreedTexts } from "../../domain/updatePlan";
import { emptyStoredReport, storedReportToXml } from "../../domain/storedReport";
import { DEFAULT_SETTINGS, validateSettings, type OfficeSettings } from "../../domain/template/settings";
import { GatewayError } from "../../office/gateway";
import type { Preferences, StoreKit } from "./createAppStore";
import type { AppActions } from "./types";

type NewReportActions = Pick<AppActions, "setOfficeSettings" | "resetOfficeSettings" | "createReport" | "cancelReplace">;

const PREF_KEY = "officeSettings";
const QUARTER_NAMES = ["I", "II", "III", "IV"] as const;
/* Word on the web and Word before WordApiDesktop 1.3 give an add-in no way to set the page. */
const PAGE_HINT = "Word này không cho tiện ích đặt trang: hãy chọn khổ A4, lề trên và dưới 20 mm, trái 30 mm, phải 15 mm (Bố cục › Lề).";

/** The saved settings, or the reference office's when nothing (or something unreadable) is saved. */
export function loadOfficeSettings(prefs: Preferences): OfficeSettings {
  const saved = prefs.get(PREF_KEY);
  if (saved === null) return { ...DEFAULT_SETTINGS, recipients: [...DEFAULT_SETTINGS.recipients] };
  try {
    const parsed = JSON.parse(saved) as Partial<Record<keyof OfficeSettings, unknown>>;
    const text = (key: Exclude<keyof OfficeSettings, "recipients">) =>
      typeof parsed[key] === "string" ? parsed[key] : DEFAULT_SETTINGS[key];
    const recipients = Array.isArray(parsed.recipients) && parsed.recipients.every((r) => typeof r === "string")
      ? (parsed.recipients as string[])
      : [...DEFAULT_SETTINGS.recipients];
    return {
      governingBody: text("governingBody"),
      officeName: text("officeName"),
      place: text("place"),
      symbolSuffix: text("symbolSuffix"),
      signerTitle: text("signerTitle"),
      signerName: text("signerName"),
      recipients,
    };
  } catch {
    // Damaged storage (edited by hand, another version): start again from the defaults rather than fail.
    return loadOfficeSettings({ get: () => null, set: () => undefined });
  }
}

export function createNewReportActions({ deps, set, get, guard, applyRead }: StoreKit): NewReportActions {
  const { word, prefs } = deps;

  const save = (officeSettings: OfficeSettings) => {
    prefs.set(PREF_KEY, JSON.stringify(officeSettings));
    set({ officeSettings });
  };

  return {
    setOfficeSettings: save,
    resetOfficeSettings: () => save(loadOfficeSettings({ get: () => null, set: () => undefined })),
    cancelReplace: () => set({ replaceOffer: null }),

    createReport: (replace = false) =>
      guard("creating", async () => {
        const state = get();
        set({ replaceOffer: null });
        const problems = validateSettings(state.officeSettings);
        if (problems.length > 0) {
          set({ busy: null, notice: { intent: "error", text: `Chưa tạo được báo cáo: ${problems.map((p) => p.message).join(" ")}` } });
          return;
        }
        const { reportOoxml, PAGE_POINTS } = await import(/* webpackChunkName: "report-writer" */ "../../domain/template/ooxml");
        const ooxml = reportOoxml(state.officeSettings, state.review.values, { period: state.period });
        // Figures typed so far are written into the new report and saved with it, with its period; a new report
        // starts a new history.
        const stored = { ...emptyStoredReport(state.period), figures: state.raw };
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
        set({ baseline, history: [], conflicts: [], overwrite: [], skip: [], missing: [] });
        applyRead(inserted.controls);
        const fields = new Set(inserted.controls.map((c) => c.tag)).size;
        const { quarter, year } = state.period;
        set({
          busy: null,
          notice: {
            intent: "success",
            text:
              `Đã tạo báo cáo quý ${QUARTER_NAMES[quarter - 1]} năm ${year}: ${inserted.controls.length} ô cho ${fields} số liệu. ` +
              "Hãy nhập số liệu ở thẻ «Số liệu» rồi bấm «Cập nhật văn bản»." +
              (inserted.pageApplied ? "" : ` ${PAGE_HINT}`),
          },
        });
      }),
  };
}
