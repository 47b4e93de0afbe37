/**
 * "Tạo báo cáo mới": the office's details (kept in the browser's preferences) and the insertion of a whole new
 * report into the open document. The report writer is loaded on first use, so it stays out of the first load.
 */
import { DEFAULT_SETTINGS, type OfficeSettings } from "../../domain/template/officeDefaults";
import type { AppActions, Preferences, StoreKit } from "./types";

type NewReportActions = Pick<AppActions, "setOfficeSettings" | "resetOfficeSettings" | "createReport" | "cancelReplace">;

const PREF_KEY = "officeSettings";
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

export function createNewReportActions(kit: StoreKit): NewReportActions {
  const { deps, set, guard } = kit;
  const { prefs } = deps;

  const save = (officeSettings: OfficeSettings) => {
    prefs.set(PREF_KEY, JSON.stringify(officeSettings));
    set({ officeSettings });
  };

  return {
    setOfficeSettings: save,
    resetOfficeSettings: () => save(loadOfficeSettings({ get: () => null, set: () => undefined })),
    cancelReplace: () => set({ replaceOffer: null }),

    // Used once a quarter: the checks and the writer load on first use, keeping the pane's first load small.
    createReport: (replace = false) =>
      guard("creating", async () => {
        const { runCreateReport } = await import(/* webpackChunkName: "create-report" */ "./createReport");
        await runCreateReport(kit, replace);
      }),
  };
}
