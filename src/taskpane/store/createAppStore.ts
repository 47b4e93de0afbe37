/**
 * The task pane's state and actions. Word is reached only through the injected gateway, time only through `now`
 * and the clerk's preferences only through `prefs`, so tests drive the store with fakes and a fixed clock.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { checkDocument, type Observation } from "../../domain/documentCheck";
import { REPORT, type ReportDefinition } from "../../domain/report";
import { topSectionOf } from "../../domain/report/sections";
import type { FieldId, Period } from "../../domain/types";
import { withReviewedTexts } from "../../domain/pendingRevisions";
import { validateFigures } from "../../domain/validate";
import type { ControlInfo, WordGateway } from "../../office/gateway";
import { describeError } from "./messages";
import { createDocumentActions } from "./documentActions";
import { createNewReportActions, loadOfficeSettings } from "./newReportActions";
import { createReviewActions } from "./reviewActions";
import type { AppState, AppStore } from "./types";
import type { ImportActions } from "./importActions";
import type { CompareActions } from "./compareActions";

export interface Preferences {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface StoreDeps {
  word: WordGateway;
  now: () => Date;
  report?: ReportDefinition;
  prefs?: Preferences;
}

/** Everything the action slices share. */
export interface StoreKit {
  deps: Required<StoreDeps>;
  set: StoreApi<AppStore>["setState"];
  get: StoreApi<AppStore>["getState"];
  derive(raw: AppState["raw"], period: Period, observations: AppState["observations"]): Pick<AppState, "review" | "documentProblems">;
  /** Runs one Word operation at a time, turning failures into a message. */
  guard(busy: AppState["busy"], work: () => Promise<void>): Promise<void>;
  applyRead(controls: readonly ControlInfo[]): void;
  /** The controls as a reader sees them, pending tracked deletions of our own refreshes set aside. */
  reviewed(controls: readonly ControlInfo[]): ControlInfo[];
}

export function currentPeriod(now: Date): Period {
  return { quarter: (Math.floor(now.getMonth() / 3) + 1) as Period["quarter"], year: now.getFullYear() };
}

export function observe(controls: readonly ControlInfo[]): Map<FieldId, Observation[]> {
  const byField = new Map<FieldId, Observation[]>();
  for (const control of controls) {
    const list = byField.get(control.tag) ?? [];
    list.push({ text: control.text, where: `chỗ ${list.length + 1}` });
    byField.set(control.tag, list);
  }
  return byField;
}

export function memoryPreferences(): Preferences {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key) ?? null, set: (key, value) => void values.set(key, value) };
}

export function createAppStore(input: StoreDeps): StoreApi<AppStore> {
  const deps: Required<StoreDeps> = { report: REPORT, prefs: memoryPreferences(), ...input };
  const initialPeriod = currentPeriod(deps.now());
  const derive: StoreKit["derive"] = (raw, period, observations) => {
    const review = validateFigures(deps.report, raw, period);
    return { review, documentProblems: checkDocument(deps.report, review.values, observations) };
  };

  return createStore<AppStore>()((set, get) => {
    const kit: StoreKit = {
      deps,
      set,
      get,
      derive,
      guard: async (busy, work) => {
        if (get().busy) return;
        set({ busy, notice: null });
        try {
          await work();
        } catch (error) {
          set({ busy: null, notice: { intent: "error", text: describeError(error) } });
        }
      },
      applyRead: (controls) => {
        const observations = observe(controls);
        set({ observations, ...derive(get().raw, get().period, observations) });
      },
      reviewed: (controls) => withReviewedTexts(controls, get().baseline, get().history),
    };

    let importActions: Promise<ImportActions> | null = null;
    const importSlice = () =>
      (importActions ??= import(/* webpackChunkName: "import-actions" */ "./importActions").then((m) => m.createImportActions(kit)));

    let compareActions: Promise<CompareActions> | null = null;
    const compareSlice = () =>
      (compareActions ??= import(/* webpackChunkName: "compare-actions" */ "./compareActions").then((m) => m.createCompareActions(kit)));

    return {
      report: deps.report,
      ready: false,
      busy: null,
      period: initialPeriod,
      raw: {},
      ...derive({}, initialPeriod, new Map()),
      observations: new Map(),
      baseline: {},
      history: [],
      conflicts: [],
      overwrite: [],
      skip: [],
      notice: null,
      focus: null,
      openSections: ["I"],
      trackChanges: false,
      trackingSupported: true,
      author: deps.prefs.get("author") ?? "",
      trackedReview: null,
      missing: [],
      officeSettings: loadOfficeSettings(deps.prefs),
      replaceOffer: null,
      recognition: null,
      textCheck: null,
      unconfirmed: [],
      periods: [],
      earlierReading: null,

      ...createDocumentActions(kit),
      ...createReviewActions(kit),
      // Used once per document: this slice, and the domain code it needs, load on first use.
      recognizeFigures: () => importSlice().then((actions) => actions.recognizeFigures()),
      checkText: () => importSlice().then((actions) => actions.checkText()),
      rollOverQuarter: () => importSlice().then((actions) => actions.rollOverQuarter()),
      confirmFigures: (fields) => {
        const done = new Set(fields);
        set({ unconfirmed: get().unconfirmed.filter((id) => !done.has(id)) });
      },
      // Comparison with earlier periods («So sánh»): loaded with its tab.
      readEarlierReport: (file) => compareSlice().then((actions) => actions.readEarlierReport(file)),
      confirmEarlierReport: () => compareSlice().then((actions) => actions.confirmEarlierReport()),
      cancelEarlierReport: () => set({ earlierReading: null }),
      insertPhrase: (field, basis) => compareSlice().then((actions) => actions.insertPhrase(field, basis)),
      ...createNewReportActions(kit),

      setFigure: (field, text) => {
        const raw = { ...get().raw, [field]: text };
        // Typing a figure is updating it for the new quarter.
        const unconfirmed = get().unconfirmed.filter((id) => id !== field);
        set({ raw, unconfirmed, ...derive(raw, get().period, get().observations) });
      },
      setPeriod: (period) => set({ period, ...derive(get().raw, period, get().observations) }),
      focusField: (field) => {
        const section = deps.report.byId.get(field)?.section;
        const openSections = section ? [...new Set([...get().openSections, topSectionOf(section)])] : get().openSections;
        set({ focus: { field, seq: (get().focus?.seq ?? 0) + 1 }, openSections });
      },
      setOpenSections: (openSections) => set({ openSections }),
      dismissNotice: () => set({ notice: null }),
      setTrackChanges: (trackChanges) => set({ trackChanges }),
      setAuthor: (author) => {
        deps.prefs.set("author", author);
        set({ author });
      },
    };
  });
}
