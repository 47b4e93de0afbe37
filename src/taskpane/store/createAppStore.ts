/**
 * The task pane's state and actions. Word is reached only through the injected gateway, and time only through
 * `now`, so tests drive the store with a fake gateway and a fixed clock.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { checkDocument, type Observation } from "../../domain/documentCheck";
import { formatField } from "../../domain/fieldValues";
import { REPORT, type ReportDefinition } from "../../domain/report";
import { topSectionOf } from "../../domain/report/sections";
import { emptyStoredReport, storedReportFromXml, storedReportToXml } from "../../domain/storedReport";
import type { FieldId, Period } from "../../domain/types";
import { agreedTexts, planUpdate, type UpdateDecision } from "../../domain/updatePlan";
import { validateFigures } from "../../domain/validate";
import type { ControlInfo, WordGateway } from "../../office/gateway";
import { describeError, describeUpdate } from "./messages";
import type { AppState, AppStore } from "./types";

export interface StoreDeps {
  word: WordGateway;
  now: () => Date;
  report?: ReportDefinition;
  /** Name recorded in the history of changes. */
  author?: string;
}

export function currentPeriod(now: Date): Period {
  return { quarter: (Math.floor(now.getMonth() / 3) + 1) as Period["quarter"], year: now.getFullYear() };
}

function observe(controls: readonly ControlInfo[]): Map<FieldId, Observation[]> {
  const byField = new Map<FieldId, Observation[]>();
  for (const control of controls) {
    const list = byField.get(control.tag) ?? [];
    list.push({ text: control.text, where: `chỗ ${list.length + 1}` });
    byField.set(control.tag, list);
  }
  return byField;
}

export function createAppStore({ word, now, report = REPORT, author = "" }: StoreDeps): StoreApi<AppStore> {
  const initialPeriod = currentPeriod(now());
  const derive = (raw: AppState["raw"], period: Period, observations: AppState["observations"]) => {
    const review = validateFigures(report, raw, period);
    return { review, documentProblems: checkDocument(report, review.values, observations) };
  };

  return createStore<AppStore>()((set, get) => {
    const fail = (error: unknown) => set({ busy: null, notice: { intent: "error", text: describeError(error) } });
    const guard = async (busy: AppState["busy"], work: () => Promise<void>) => {
      if (get().busy) return;
      set({ busy, notice: null });
      try {
        await work();
      } catch (error) {
        fail(error);
      }
    };

    const applyRead = (controls: readonly ControlInfo[]) => {
      const observations = observe(controls);
      set({ observations, ...derive(get().raw, get().period, observations) });
    };

    return {
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

      start: () =>
        guard("starting", async () => {
          const xml = await word.loadStored();
          const stored = xml === null ? null : storedReportFromXml(xml);
          const { controls } = await word.read();
          const agreed = agreedTexts(controls);
          const fromDocument = Object.fromEntries(
            Object.entries(agreed).filter(([id]) => report.byId.get(id) && !report.byId.get(id)!.formula),
          );
          const raw = stored ? { ...fromDocument, ...stored.figures } : fromDocument;
          const period = stored?.period ?? get().period;
          const observations = observe(controls);
          set({
            ready: true,
            busy: null,
            raw,
            period,
            observations,
            baseline: { ...agreed, ...(stored?.written ?? {}) },
            history: stored?.history ?? [],
            ...derive(raw, period, observations),
          });
        }),

      setFigure: (field, text) => {
        const raw = { ...get().raw, [field]: text };
        set({ raw, ...derive(raw, get().period, get().observations) });
      },

      setPeriod: (period) => set({ period, ...derive(get().raw, period, get().observations) }),

      readDocument: () =>
        guard("reading", async () => {
          const { controls } = await word.read();
          applyRead(controls);
          set({ busy: null });
        }),

      insertField: (field) =>
        guard("inserting", async () => {
          const def = report.byId.get(field);
          if (!def) throw new Error(`Unknown field ${field}`);
          const value = get().review.values.get(field) ?? null;
          const text = value === null ? "…" : formatField(def, value);
          await word.insertAtSelection({ tag: def.id, title: def.label, text });
          const observations = new Map(get().observations);
          const places = observations.get(field) ?? [];
          observations.set(field, [...places, { text, where: `chỗ ${places.length + 1}` }]);
          set({ observations, ...derive(get().raw, get().period, observations) });
          set({
            busy: null,
            baseline: get().baseline[field] ? get().baseline : { ...get().baseline, [field]: text },
            notice: { intent: "success", text: `Đã chèn «${def.label}» vào vị trí con trỏ.` },
          });
        }),

      updateDocument: () =>
        guard("updating", async () => {
          const state = get();
          let decision: UpdateDecision | null = null;
          let after: ControlInfo[] = [];
          const at = now().toISOString();
          const outcome = await word.update((read) => {
            const plan = planUpdate({
              report,
              values: state.review.values,
              problems: state.review.problems,
              controls: read.controls,
              baseline: state.baseline,
              overwrite: new Set(state.overwrite),
              skip: new Set(state.skip),
            });
            decision = plan;
            after = read.controls.map((c) => ({ ...c, text: plan.texts.get(c.id) ?? c.text }));
            const written = { ...state.baseline, ...plan.written };
            const history = [...state.history, ...plan.changes.map((c) => ({ ...c, at, by: author }))];
            const stored = { ...emptyStoredReport(state.period), figures: state.raw, written, history };
            return { texts: plan.texts, storedXml: storedReportToXml(stored), trackChanges: false };
          });
          const done = decision as UpdateDecision | null;
          if (!done) return;
          // What was written is known: the observations follow without another round trip to Word.
          applyRead(after);
          set({
            busy: null,
            baseline: { ...state.baseline, ...done.written },
            history: [...state.history, ...done.changes.map((c) => ({ ...c, at, by: author }))],
            conflicts: done.conflicts,
            overwrite: [],
            skip: [],
            notice: describeUpdate(report, done, outcome.written),
          });
        }),

      resolveConflict: (field, choice) => {
        const state = get();
        const conflicts = state.conflicts.filter((c) => c.field !== field);
        if (choice === "takeDocument") {
          const text = state.conflicts.find((c) => c.field === field)?.documentText ?? "";
          const raw = { ...state.raw, [field]: text };
          set({ conflicts, raw, ...derive(raw, state.period, state.observations) });
        } else if (choice === "overwrite") {
          set({ conflicts, overwrite: [...state.overwrite, field] });
        } else {
          set({ conflicts, skip: [...state.skip, field] });
        }
      },

      focusField: (field) => {
        const section = report.byId.get(field)?.section;
        const openSections = section ? [...new Set([...get().openSections, topSectionOf(section)])] : get().openSections;
        set({ focus: { field, seq: (get().focus?.seq ?? 0) + 1 }, openSections });
      },
      setOpenSections: (openSections) => set({ openSections }),
      dismissNotice: () => set({ notice: null }),
    };
  });
}
