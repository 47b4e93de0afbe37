/**
 * The form in use: the one the document carries (checked before it is used), or one the clerk or the authoring panel
 * gives (setReport). The schema library loads only when a form must be checked, never with the pane.
 */
import { asKind, kindOf } from "../../domain/periodKinds";
import type { ReportDefinition } from "../../domain/report";
import { FORM_FORMAT_VERSION } from "../../domain/form/types";
import type { StoredReport } from "../../domain/storedReport";
import { loadBuiltInDefinition } from "../../forms/builtIn";
import type { AppActions, StoreKit } from "./types";

type Carried = NonNullable<StoredReport["form"]>;

const texts = new WeakMap<ReportDefinition, Carried>();

/** The form as the document stores it (computed once per definition). */
export function carriedForm(report: ReportDefinition): Carried {
  let carried = texts.get(report);
  if (!carried) {
    // The form's own version, not the newest this add-in reads: a form without marks of a newer format stays readable
    // by add-ins that read only the older one.
    carried = { formatVersion: report.form.formatVersion, text: JSON.stringify(report.form) };
    texts.set(report, carried);
  }
  return carried;
}

const loadChecker = () => import(/* webpackChunkName: "form-check" */ "./formCheck");

/** The definition a document's carried form gives, or why it cannot be used (and nothing may be written). */
export async function carriedDefinition(carried: Carried, current: ReportDefinition): Promise<{ definition: ReportDefinition } | { refusal: string }> {
  if (carried.formatVersion > FORM_FORMAT_VERSION) return { refusal: (await loadChecker()).newerRefusal(carried.formatVersion) };
  // The usual case: the document carries the very form the pane started with; no need to check it again.
  if (carried.text === carriedForm(current).text) return { definition: current };
  return (await loadChecker()).checkCarried(carried.text);
}

/** The section the pane opens first: the first one that asks for a figure. */
export function firstSections(report: ReportDefinition): string[] {
  const typed = report.fields.find((f) => !f.formula);
  return typed ? [report.topOf.get(typed.section) ?? typed.section] : [];
}

/** Makes a checked definition the form in use: figures of fields it does not have are dropped, the period follows its kind. */
export function adoptDefinition({ set, get, derive }: StoreKit, report: ReportDefinition): void {
  const state = get();
  const period = kindOf(state.period) === report.periodKind ? state.period : asKind(state.period, report.periodKind);
  const raw = Object.fromEntries(Object.entries(state.raw).filter(([id]) => report.byId.has(id)));
  const openSections = state.report === report ? state.openSections : firstSections(report);
  set({ report, period, raw, formRefusal: null, openSections });
  set(derive(raw, period, get().observations));
}

export function createFormActions(kit: StoreKit): Pick<AppActions, "setReport" | "chooseForm"> {
  return {
    // Built-in forms are checked by the tests: they become definitions without the schema library.
    chooseForm: (id) =>
      kit.guard("choosingForm", async () => {
        const report = await loadBuiltInDefinition(id);
        adoptDefinition(kit, report);
        kit.deps.prefs.set("form", report.id);
        kit.set({ busy: null, notice: { intent: "info", text: `Đang dùng mẫu «${report.title}».` } });
      }),
    setReport: async (form) => {
      const checked = (await loadChecker()).checkGiven(form);
      if ("problems" in checked) return checked.problems;
      adoptDefinition(kit, checked.definition);
      return [];
    },
  };
}
