/**
 * The task pane's state and actions. Word is reached only through the injected gateway, time only through `now`
 * and the clerk's preferences only through `prefs`, so tests drive the store with fakes and a fixed clock.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { checkDocument, type Observation } from "../../domain/documentCheck";
import { periodAt } from "../../domain/periodKinds";
import { topSectionOf } from "../../domain/report";
import type { FieldId, Period, PeriodKind } from "../../domain/types";
import { withReviewedTexts } from "../../domain/pendingRevisions";
import { standingRejections } from "../../domain/rejectedChanges";
import { validateFigures } from "../../domain/validate";
import type { ControlInfo } from "../../office/gateway";
import { describeError } from "./describeError";
import { createDocumentActions } from "./documentActions";
import { createPlaceWordsActions } from "./placeWordsActions";
import { createNewReportActions, loadOfficeSettings } from "./newReportActions";
import { createReviewActions } from "./reviewActions";
import { storedOnly, storedXmlOf } from "./storedState";
import type { AppState, AppStore, Preferences, StoreDeps, StoreKit } from "./types";
import type { ImportActions } from "./importActions";
import type { CompareActions } from "./compareActions";
import { createFormActions, firstSections } from "./formActions";
import type { AuthoringActions } from "./authoringActions";
import { withBlockedAdvice } from "./blockedAdvice";
import { underTypedBox } from "./typedFirst";
import { decided, unclearAgain } from "./unclearFigures";
import { sectionsOnComputer } from "./sectionsOnComputer";

export type { Preferences, StoreDeps, StoreKit } from "./types";

/** The period of the form's kind that holds today. */
export function currentPeriod(now: Date, kind: PeriodKind = "quarter"): Period {
  return periodAt(kind, now);
}

/* Operations that write to the document: refused while the document's own form cannot be used. */
const WRITES: ReadonlyArray<AppState["busy"]> = ["updating", "inserting", "creating", "recognizing", "rollingOver", "saving", "authoring"];

export function observe(controls: readonly ControlInfo[]): Map<FieldId, Observation[]> {
  const byField = new Map<FieldId, Observation[]>();
  for (const control of controls) {
    const list = byField.get(control.tag) ?? [];
    list.push({
      text: control.text,
      where: `chỗ ${list.length + 1}`,
      ...(control.columnHeader !== undefined ? { columnHeader: control.columnHeader } : {}),
      ...(control.rowLabel !== undefined ? { rowLabel: control.rowLabel } : {}),
    });
    byField.set(control.tag, list);
  }
  return byField;
}

export function memoryPreferences(): Preferences {
  const values = new Map<string, string>();
  return { get: (key) => values.get(key) ?? null, set: (key, value) => void values.set(key, value) };
}

export function createAppStore(input: StoreDeps): StoreApi<AppStore> {
  const given: Required<StoreDeps> = { prefs: memoryPreferences(), afterPause: () => () => undefined, ...input };
  // Every save goes through this gateway, so the sections browsed are remembered for the part as it stands (walk42).
  const sections = sectionsOnComputer(given.word, given.prefs);
  const deps: Required<StoreDeps> = { ...given, word: sections.gateway };
  const initialPeriod = currentPeriod(deps.now(), deps.report.periodKind);
  let report = deps.report;
  // Figures typed since the stored part was last written by keepDraft (any other save writes them too: one more
  // draft save then writes the same, which is harmless).
  let draftDirty = false;
  // A draft save under way: every other piece of work waits for it (one write at a time), and it never makes the pane
  // busy, so the click on «Cập nhật văn bản» that made a box lose focus is not lost.
  let draftSaving: Promise<void> | null = null;
  // A read of Word's tracking mode under way (refreshTracking): focus events come in bursts, one read answers them.
  let trackingRead: Promise<void> | null = null;
  // The save waiting for the clerk to pause typing: each keystroke moves it on.
  let cancelPauseSave = () => {};
  // The boxes typed in since the pane opened, the latest last: a rule's error is said under the one typed last (walk42).
  let typedBoxes: FieldId[] = [];
  // Unclear figures the clerk gave a value by typing it (walk48, F8): a box she empties again is again one to choose.
  const typedOffUnclear = new Set<FieldId>();

  return createStore<AppStore>()((set, get) => {
    const unclearAfterTyping = (field: FieldId, text: string): FieldId[] => {
      const { unclear, observations } = get();
      if (text.trim() !== "") {
        if (!unclear.includes(field)) return unclear;
        typedOffUnclear.add(field);
        return decided(unclear, field);
      }
      // Bound since (chosen in the document), the figure is decided whatever the box holds.
      if (!typedOffUnclear.delete(field) || observations.has(field)) return unclear;
      return unclearAgain(get().report, unclear, field);
    };
    // Before the store exists `get` cannot be called: the initial state derives with the starting form.
    const derive: StoreKit["derive"] = (raw, period, observations, history = get()?.history ?? [], baseline = get()?.baseline ?? {}) => {
      report = get()?.report ?? report;
      const checked = validateFigures(report, raw, period);
      const review = { ...checked, problems: underTypedBox(checked.problems, typedBoxes) };
      // A computed figure the add-in never wrote nor agreed with is asked about by a card, unless she said «sửa».
      const doubted = (id: FieldId) => baseline[id] === undefined && !get()?.overwrite.includes(id);
      const problems = checkDocument(report, review.values, observations, standingRejections(report, history), doubted);
      return { review, documentProblems: withBlockedAdvice(report, review.problems, problems) };
    };
    const kit: StoreKit = {
      deps,
      set,
      get,
      derive,
      sections,
      guard: async (busy, work) => {
        if (draftSaving) await draftSaving;
        if (get().busy) return;
        // A form the document carries that cannot be used, or a stored part of a newer version or past the limit.
        const refusal = get().formRefusal ?? get().writeLock;
        if (refusal && WRITES.includes(busy)) {
          set({ notice: { intent: "error", text: refusal } });
          return;
        }
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
    let authoringActions: Promise<AuthoringActions> | null = null;

    return {
      report: deps.report,
      formRefusal: null,
      ready: false,
      busy: null,
      period: initialPeriod,
      raw: {},
      ...derive({}, initialPeriod, new Map()),
      observations: new Map(),
      placeWords: {},
      baseline: {},
      history: [],
      conflicts: [],
      overwrite: [],
      skip: [],
      restyles: [],
      keptStyles: [],
      notice: null,
      documentPeriod: null,
      periodQuestion: null,
      wordTracking: "off",
      activeField: null,
      bindOffer: null,
      focus: null,
      openSections: firstSections(deps.report),
      typingIn: null,
      keptRows: [],
      trackChanges: false,
      trackingSupported: true,
      writeLock: null,
      author: deps.prefs.get("author") ?? "",
      reviewer: deps.prefs.get("reviewer") ?? "",
      reviewerConfirmed: "",
      trackedReview: null,
      pendingAtStart: 0,
      missing: [],
      officeSettings: loadOfficeSettings(deps.prefs),
      replaceOffer: null,
      formOffer: null,
      recognition: null,
      shownCandidate: null,
      chosenFigures: {},
      notStated: [],
      unclear: [],
      recognizedPlaces: [],
      textCheck: null,
      textUnchecked: null,
      unconfirmed: [],
      periods: [],
      earlierReading: null,
      figureDraft: null,

      ...createDocumentActions(kit),
      ...createPlaceWordsActions(kit),
      ...createReviewActions(kit),
      // Used once per document: this slice, and the domain code it needs, load on first use.
      recognizeFigures: () => importSlice().then((actions) => actions.recognizeFigures()),
      recognizeUnclear: () => importSlice().then((actions) => actions.recognizeUnclear()),
      answerFormOffer: (use) => importSlice().then((actions) => actions.answerFormOffer(use)),
      checkText: () => importSlice().then((actions) => actions.checkText()),
      rollOverQuarter: () => importSlice().then((actions) => actions.rollOverQuarter()),
      showCandidate: (field, index) => importSlice().then((actions) => actions.showCandidate(field, index)),
      bindChosen: (field) => importSlice().then((actions) => actions.bindChosen(field)),
      unbindChosen: (field) => importSlice().then((actions) => actions.unbindChosen(field)),
      keepTotal: (field) => importSlice().then((actions) => actions.keepTotal(field)),
      markNotStated: (field, notStated) => importSlice().then((actions) => actions.markNotStated(field, notStated)),
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
      ...createFormActions(kit),
      authoring: () =>
        (authoringActions ??= import(/* webpackChunkName: "form-design" */ "./authoringActions").then((m) => m.createAuthoringActions(kit))),

      setFigure: (field, text) => {
        draftDirty = true;
        typedBoxes = [...typedBoxes.filter((id) => id !== field), field];
        const raw = { ...get().raw, [field]: text };
        // Typing a figure is updating it for the new quarter.
        const unconfirmed = get().unconfirmed.filter((id) => id !== field);
        set({ raw, unconfirmed, unclear: unclearAfterTyping(field, text), ...derive(raw, get().period, get().observations) });
        cancelPauseSave();
        cancelPauseSave = deps.afterPause(() => {
          // Saved while the clerk is still in the box: a pane closed now reopens with her in it.
          set({ typingIn: field });
          void get().keepDraft();
        });
      },
      leaveBox: () => {
        // No pause save is due once she has left, and the stored part stops saying she is in a box (one more save
        // when it said so).
        cancelPauseSave();
        if (get().typingIn !== null) {
          set({ typingIn: null });
          draftDirty = true;
        }
        return get().keepDraft();
      },
      keepDraft: async () => {
        // A save under way may have started before the latest change: wait for it, then save what is still unsaved.
        if (draftSaving) await draftSaving;
        const state = get();
        // Only between other work, and never where writing is refused; the notice on screen stays (no guard).
        if (!draftDirty || draftSaving || !state.ready || state.busy || state.formRefusal || state.writeLock) return;
        draftDirty = false;
        draftSaving = deps.word
          .update(storedOnly(() => storedXmlOf(get())))
          .then(
            () => undefined,
            (error: unknown) => {
              draftDirty = true;
              set({ notice: { intent: "error", text: `Chưa lưu được số liệu đang nhập vào văn bản: ${describeError(error)}` } });
            },
          )
          .finally(() => {
            draftSaving = null;
          });
        await draftSaving;
      },
      setPeriod: (period) => {
        set({ period, ...derive(get().raw, period, get().observations) });
        // A period chosen against the document's own is a decision like a typed figure: kept in the stored part at
        // once (storedXmlOf). A document that says no period of its own takes the pane's at its first write.
        if (get().documentPeriod === null) return;
        draftDirty = true;
        void get().keepDraft();
      },
      focusField: (field) => {
        const section = get().report.byId.get(field)?.section;
        const openSections = section ? [...new Set([...get().openSections, topSectionOf(get().report, section)])] : get().openSections;
        set({ focus: { field, seq: (get().focus?.seq ?? 0) + 1 }, openSections });
        sections.remember(openSections, (id) => get().report.byId.has(id));
      },
      // Kept in the document's stored part with the clerk's next save (storedXmlOf: a typed figure's draft, an update),
      // so the pane reopens as it was left; browsing sections alone writes nothing, so a leader who only reads is not
      // asked by Word to save a document they did not change. Until that save, this computer remembers them (walk42).
      setOpenSections: (openSections) => {
        set({ openSections });
        sections.remember(openSections, (id) => get().report.byId.has(id));
      },
      refreshTracking: async () => {
        const state = get();
        if (trackingRead || !state.ready || state.busy || !state.trackingSupported) return trackingRead ?? undefined;
        trackingRead = deps.word
          .readTrackingMode()
          .then(
            (wordTracking) => {
              // An operation started meanwhile reads the mode itself and sets it when it ends.
              if (get().busy === null && get().wordTracking !== wordTracking) set({ wordTracking });
            },
            // Nothing the clerk asked for failed: the switch keeps the mode of the last read, and every write reads the
            // mode again before it writes (gateway.update), so no write goes by a stale mode.
            (error: unknown) => console.warn("Word's change-tracking mode not read again", error),
          )
          .finally(() => {
            trackingRead = null;
          });
        await trackingRead;
      },
      dismissNotice: () => set({ notice: null }),
      setTrackChanges: (trackChanges) =>
        kit.guard("saving", async () => {
          const before = get().trackChanges;
          set({ trackChanges });
          // The choice belongs to the document (it travels with the file): saved at once, nothing else written.
          await deps.word
            .update(storedOnly(() => storedXmlOf(get())))
            .catch((error: unknown) => {
              set({ trackChanges: before });
              throw error;
            });
          set({ busy: null });
        }),
      setActiveField: (activeField) => set({ activeField }),
      setAuthor: (author) => {
        deps.prefs.set("author", author);
        set({ author });
      },
      // A name typed in «Duyệt» is its typist's own answer: nothing more to confirm.
      setReviewer: (reviewer) => {
        deps.prefs.set("reviewer", reviewer);
        set({ reviewer, reviewerConfirmed: reviewer });
      },
      confirmReviewer: (reviewerConfirmed) => set({ reviewerConfirmed }),
    };
  });
}
