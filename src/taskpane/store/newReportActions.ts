/**
 * "Tạo báo cáo mới": the office's details (kept in the browser's preferences) and the insertion of a whole new
 * report into the open document. The report writer is loaded on first use, so it stays out of the first load.
 */
import { BLANK_OFFICE, REFERENCE_OFFICE, type OfficeSettings } from "../../domain/template/officeDefaults";
import type { AppActions, Preferences, StoreKit } from "./types";

type NewReportActions = Pick<AppActions, "setOfficeSettings" | "fillReferenceOffice" | "createReport" | "cancelReplace">;

const PREF_KEY = "officeSettings";
const copyOf = (office: Readonly<OfficeSettings>): OfficeSettings => ({ ...office, recipients: [...office.recipients] });

/** The saved settings; blank ones when nothing is saved, and blank in place of anything unreadable. */
export function loadOfficeSettings(prefs: Preferences): OfficeSettings {
  const saved = prefs.get(PREF_KEY);
  if (saved === null) return copyOf(BLANK_OFFICE);
  try {
    const parsed = JSON.parse(saved) as Partial<Record<keyof OfficeSettings, unknown>>;
    const text = (key: Exclude<keyof OfficeSettings, "recipients">) =>
      typeof parsed[key] === "string" ? parsed[key] : BLANK_OFFICE[key];
    const recipients = Array.isArray(parsed.recipients) && parsed.recipients.every((r) => typeof r === "string")
      ? (parsed.recipients as string[])
      : [...BLANK_OFFICE.recipients];
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
    // Damaged storage (edited by hand, another version): start again blank rather than fail.
    return copyOf(BLANK_OFFICE);
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
    fillReferenceOffice: () => save(copyOf(REFERENCE_OFFICE)),
    cancelReplace: () => set({ replaceOffer: null }),

    // Used once a quarter: the checks and the writer load on first use, keeping the pane's first load small.
    createReport: (replace = false) =>
      guard("creating", async () => {
        const { runCreateReport } = await import(/* webpackChunkName: "create-report" */ "./createReport");
        await runCreateReport(kit, replace);
      }),
  };
}
