/** Reading the document, inserting fields and refreshing every control: the clerk's side of the store. */
import { MAX_STORED_CHARS, MAX_STORED_ELEMENTS } from "../../domain/limits";
import { NEWER_VERSION_MESSAGE, readStoredReport, type HistoryEntry, type StoredRead } from "../../domain/storedReport";
import { formatCount } from "../../domain/vnNumber";
import type { FieldId, Period } from "../../domain/types";
import { samePeriod } from "../../domain/periodKinds";
import { withReviewedTexts } from "../../domain/pendingRevisions";
import { standingRejections } from "../../domain/rejectedChanges";
import { unconfirmedComputed, withoutDoubted } from "../../domain/unconfirmedTotals";
import { agreedTexts, landedChanges, planUpdate, type UpdateDecision } from "../../domain/updatePlan";
import { GatewayError, oursByPrefix, type ControlInfo, type TrackingMode } from "../../office/gateway";
import { observe } from "./createAppStore";
import { adoptDefinition, carriedDefinition } from "./formActions";
import type { InsertActions } from "./insertActions";
import { storedOnly, storedXmlOf } from "./storedState";
import { describeError } from "./describeError";
import { boxText, boxTexts } from "../../domain/listStyle";
import { keptFigures } from "./keptFigures";
import { isPlaceholder } from "../../domain/placeholder";
import type { AppActions, AppState, Notice, StoreKit } from "./types";
import { restylesToOffer } from "./wordingKept";
import { settledByChoice } from "./documentChoices";

type DocumentActions = Pick<
  AppActions,
  "start" | "readDocument" | "insertField" | "answerBind" | "updateDocument" | "answerPeriod" | "resolveConflict" | "restyleFigures" | "keepStyles" | "dismissMissing"
>;

/**
 * The period read from the document's text: needed only by a document without stored figures, so in its own chunk.
 * A failed fetch is not an unhandled rejection while the read runs; it fails the start where the code is needed.
 */
/** The update's notice: its sentences load with the first update, before anything is written (a failed fetch writes nothing). */
const loadUpdateWording = () => import(/* webpackChunkName: "update-notice" */ "./messages");

function loadDocumentPeriod(): Promise<typeof import("../../domain/documentPeriod")> {
  const loading = import(/* webpackChunkName: "document-period" */ "../../domain/documentPeriod");
  loading.catch(() => undefined);
  return loading;
}

const isTracking = (mode: TrackingMode) => mode === "trackAll" || mode === "trackMineOnly";

export function createDocumentActions(kit: StoreKit): DocumentActions {
  const { deps, set, get, derive, guard, applyRead, reviewed } = kit;
  const { word } = deps;
  let inserts: Promise<InsertActions> | null = null;
  const insertSlice = () => (inserts ??= import(/* webpackChunkName: "insert-actions" */ "./insertActions").then((m) => m.createInsertActions(kit)));

  /** Fields the document showed before (or the add-in wrote) that now have no control. */
  const missingAfter = (controls: readonly ControlInfo[]): FieldId[] => {
    const present = new Set(controls.map((c) => c.tag));
    const known = new Set([...get().observations.keys(), ...Object.keys(get().baseline)]);
    return [...known].filter((id) => !present.has(id) && get().report.byId.has(id));
  };

  /** Figures typed in the pane (not computed) that no control of the document holds, and were never written there. */
  const unplacedAfter = (controls: readonly ControlInfo[]): FieldId[] => {
    const present = new Set(controls.map((c) => c.tag));
    const gone = new Set(get().missing);
    const { report, review, raw } = get();
    return report.fields
      .filter((f) => !f.formula && !present.has(f.id) && !gone.has(f.id) && (raw[f.id] ?? "").trim() !== "" && (review.values.get(f.id) ?? null) !== null)
      .map((f) => f.id);
  };

  // The notice of the last update that wrote, and the notice showing it now (walk44, 10: see updateDocument).
  let lastWrite: { said: Notice; shown: Notice } | null = null;

  return {
    start: () =>
      guard("starting", async () => {
        // The code reading a period from the document's text is requested beside the read, not after it: fetched once
        // the read showed no stored period, its chunk was a round trip to the server on the way to the first figure.
        const periodCode = loadDocumentPeriod();
        // One batch for the stored report and every control: at most 2 syncs (gateway.readAll).
        const read = await word.readAll();
        const xml = read.storedXml;
        // Read once for the form the document carries (ids of any form's shape), then against that form's fields.
        const loose = xml === null ? null : readStoredReport(xml);
        // The document's own form, when it carries one: adopted before the controls are interpreted, so nothing is
        // read against the wrong form.
        const before = get().report;
        if (loose?.kind === "report" && loose.report.form) {
          const carried = await carriedDefinition(loose.report.form, before);
          if ("definition" in carried) adoptDefinition(kit, carried.definition);
          else set({ formRefusal: carried.refusal });
        }
        const report = get().report;
        const storedRead = xml !== null && loose?.kind === "report" ? readStoredReport(xml, { isField: (id) => report.byId.has(id) }) : loose;
        const stored = storedRead?.kind === "report" ? storedRead.report : null;
        // The controls were read in the same batch as the stored part, before its form was known: when that form
        // has another tag prefix, keep its controls (every tagged control came back for this).
        const isOurs = oursByPrefix(() => [report.tagPrefix]);
        const ours = report === before ? read.controls : read.tagged.filter((c) => isOurs(c.tag));
        const { trackingMode } = read;
        const controls = withReviewedTexts(ours, stored?.written ?? {}, stored?.history ?? []);
        const agreed = agreedTexts(controls);
        // A control read differently once its tracked deletion is set aside holds a change no one has decided yet.
        const pendingAtStart = new Set(ours.filter((control, i) => controls[i] !== control).map((c) => c.tag)).size;
        // A new report's «…» is a box not typed yet, not a figure to read back as «…» (placeholder.ts).
        const typedAgreed = Object.fromEntries(
          Object.entries(agreed).filter(([id, text]) => report.byId.get(id)?.formula === undefined && report.byId.has(id) && !isPlaceholder(text)),
        );
        // A list reads one item a line in its box, as its hint asks, whatever the document's separators (listStyle.ts).
        const raw = boxTexts(report, { ...typedAgreed, ...(stored?.figures ?? {}) });
        // The document's own period, never today's: stored figures, else its period controls, else its title (one more
        // read, only for a document that says its period nowhere else). Only a document without stored figures needs
        // its period read from its text: that code loads then.
        let documentPeriod: Period | null = stored?.period ?? null;
        if (!documentPeriod) {
          const fromText = await periodCode;
          documentPeriod = fromText.periodFromTexts(report, agreed) ?? fromText.periodFromTitle(report, (await word.readText()).paragraphs);
        }
        // A period chosen and not yet written when the pane last closed comes back, and the update asks as before.
        const period = stored?.chosenPeriod ?? documentPeriod ?? get().period;
        const observations = observe(controls);
        const refusal = get().formRefusal;
        // The sections left open on this computer since the part was saved, else the part's own (walk42).
        const openAtStart = (stored && kit.sections.recall(stored)) ?? stored?.openSections;
        const history = stored?.history ?? [];
        const written = stored?.written ?? {};
        // A total the add-in never wrote that does not add up is asked about before any update replaces it.
        const doubted = unconfirmedComputed(report, derive(raw, period, observations, history).review.values, controls, written);
        const baseline = { ...withoutDoubted(agreed, doubted), ...written };
        const derived = derive(raw, period, observations, history, baseline);
        // One state change, so the pane renders the document's data once, not once per step.
        set({
          observations,
          ...derived,
          pendingAtStart,
          ready: true,
          busy: null,
          raw,
          period,
          documentPeriod,
          baseline,
          history,
          // Its card at once, as recognition and the update show it (walk44: the reopened pane showed only a warning).
          conflicts: doubted.size > 0 ? planUpdate({ ...derived.review, report, controls, baseline, rejected: standingRejections(report, history) }).conflicts.filter((c) => c.unconfirmed) : [],
          trackingSupported: trackingMode !== "unsupported",
          wordTracking: trackingMode,
          // The choice saved with the document; a document that never had one follows Word's mode.
          trackChanges: stored?.trackChanges ?? isTracking(trackingMode),
          unconfirmed: stored?.unconfirmed ?? [],
          keptStyles: stored?.keptStyles ?? [],
          notStated: stored?.notStated ?? [],
          unclear: stored?.unclear ?? [],
          // Her choices whose controls still stand: each listed again with its «Bỏ gắn» (walk52, 4).
          chosenFigures: Object.fromEntries(
            Object.entries(stored?.chosen ?? {})
              .filter(([id]) => controls.some((c) => c.tag === id))
              .map(([id, c]) => [id, { text: c.text, before: c.before, ...(c.place !== undefined ? { place: c.place } : {}) }]),
          ),
          restyles: [],
          periods: stored?.periods ?? [],
          keptRows: stored?.keptRows ?? [],
          // The sections open when the pane was closed (the form's own only); the form's first one otherwise.
          ...(openAtStart ? { openSections: openAtStart.filter((id) => report.topSections.some((s) => s.id === id)) } : {}),
          ...storedNotice(storedRead),
          ...(refusal ? { notice: { intent: "error" as const, text: refusal } } : {}),
        });
        // Closed while she was typing in a box: she is put back in it (its section opened, the box in view); a pane
        // she had left reopens at its top.
        const typingIn = stored?.typingIn;
        if (typingIn && report.byId.has(typingIn) && !report.byId.get(typingIn)!.formula) {
          set({ typingIn });
          get().focusField(typingIn);
        }
      }),

    readDocument: () =>
      guard("reading", async () => {
        const read = await word.read();
        const controls = reviewed(read.controls);
        set({ missing: missingAfter(controls), wordTracking: read.trackingMode });
        applyRead(controls);
        set({ busy: null });
      }),

    // «Chèn vào văn bản» loads with its first use: its code is no part of the pane's first screen (bundle budget).
    insertField: (field) => insertSlice().then((actions) => actions.insertField(field)),
    answerBind: (choice) => insertSlice().then((actions) => actions.answerBind(choice)),

    answerPeriod: async (choice) => {
      const question = get().periodQuestion;
      set({ periodQuestion: null });
      if (!question || choice === "cancel") return;
      if (choice === "document") set({ period: question.document, ...derive(get().raw, question.document, get().observations) });
      // The clerk said the pane's period is right: the document will be made to say it.
      else set({ documentPeriod: get().period });
      await get().updateDocument();
    },

    updateDocument: () => {
      const asked = get();
      if (!asked.busy && asked.documentPeriod && !samePeriod(asked.documentPeriod, asked.period)) {
        // Never rewrite the document's period behind the clerk's back: ask which one is right first.
        set({ periodQuestion: { document: asked.documentPeriod, pane: asked.period }, notice: null });
        return Promise.resolve();
      }
      const onScreen = asked.notice;
      return guard("updating", async () => {
        const state = get();
        const at = deps.now().toISOString();
        let decision: UpdateDecision | null = null;
        let after: ControlInfo[] = [];
        let entries: HistoryEntry[] = [];
        let plannedFrom: ControlInfo[] = [];
        let wordTracking: TrackingMode = state.wordTracking;
        const wording = await loadUpdateWording();
        // Comparison phrases can only be computed against a period the document knows: their code loads then.
        const derived = state.periods.length > 0
          ? (await import(/* webpackChunkName: "compare-phrases" */ "../../domain/comparison/earlier")).statePhraseTags(state)
          : undefined;
        try {
          const outcome = await word.update((read) => {
            wordTracking = read.trackingMode;
            plannedFrom = reviewed(read.controls).filter((c) => !c.cannotEdit);
            const plan = planUpdate({
              report: state.report,
              values: state.review.values,
              problems: state.review.problems,
              controls: plannedFrom,
              baseline: state.baseline,
              // A figure the document wrote twice in disagreement, one of its values chosen: written everywhere.
              overwrite: new Set([...state.overwrite, ...settledByChoice(state.report, state.raw, state.observations, observe(plannedFrom))]),
              skip: new Set(state.skip),
              rejected: standingRejections(state.report, state.history),
              derived,
            });
            decision = plan;
            after = reviewed(read.controls).map((c) => ({ ...c, text: plan.texts.get(c.id) ?? c.text }));
            entries = plan.changes.map((c) => ({ ...c, at, by: state.author, period: state.period }));
            const storedXml = storedXmlOf(state, {
              period: state.period,
              written: { ...state.baseline, ...plan.written },
              history: [...state.history, ...entries],
            });
            return { texts: plan.texts, storedXml, trackChanges: state.trackChanges && state.trackingSupported };
          });
          const done = decision as UpdateDecision | null;
          if (!done) return;
          // What was written is the add-in's before the figures are checked against the document (a total it
          // wrote is no longer one to ask about).
          set({ missing: missingAfter(after), baseline: { ...state.baseline, ...done.written }, history: [...state.history, ...entries] });
          applyRead(after);
          const locked = after.filter((c) => c.cannotEdit).length;
          // Figures whose style the clerk chose to keep are neither offered again nor mentioned, nor is a zero the
          // document writes in its own words (wordingKept.ts).
          const restyles = restylesToOffer(done.restyles).filter((r) => !state.keptStyles.includes(r.field));
          const kept = keptFigures(state.report, state.review.values, done.blocked, after);
          const stale = wording.notRecomputed(state.report, state.review.values, done, after);
          const notice = wording.describeUpdate(state.report, { ...done, restyles }, outcome.written, kept, state.review.problems, unplacedAfter(after), stale);
          let said: Notice = {
            ...(locked > 0 ? { ...notice, intent: "warning" as const, text: `${notice.text} ${locked} chỗ trong văn bản bị khoá sửa nên không được ghi.` } : notice),
            // The figures the update read: a figure changed after it makes its list of held figures out of date.
            ...(notice.heldBack ? { heldBack: { ...notice.heldBack, raw: state.raw } } : {}),
          };
          // Walk finding (walk44, 10): a double click wrote 121 → 118 on the first click, and the second, with nothing
          // left to write, replaced «Đã cập nhật 1 số liệu…» with «Văn bản đã đúng số liệu», so the clerk never read
          // what was written. An update with nothing to say, while the last write's notice is still on screen, repeats it.
          if (outcome.written > 0) lastWrite = { said, shown: said };
          else if (lastWrite && onScreen === lastWrite.shown && said.intent === "success" && restyles.length === 0 && locked === 0) {
            said = { intent: lastWrite.said.intent, text: `Không có gì mới cần ghi. Lần cập nhật vừa rồi: ${lastWrite.said.text}` };
            lastWrite = { ...lastWrite, shown: said };
          }
          set({
            busy: null,
            documentPeriod: state.period,
            wordTracking,
            // New changes to review: whoever decides on them may not be who confirmed a name for the last ones.
            ...(entries.length > 0 ? { reviewerConfirmed: "" } : {}),
            conflicts: done.conflicts,
            restyles,
            overwrite: [],
            skip: [],
            notice: said,
          });
        } catch (error) {
          // Word batches are not transactional: some controls may hold new text. Read again so the pane shows
          // the truth; the stored figures were saved last, so they still describe the previous complete update.
          const { controls } = await word.read().catch(() => ({ controls: null }));
          const planned = decision as UpdateDecision | null;
          if (controls) {
            const landed = planned ? landedChanges(planned, plannedFrom, controls) : [];
            set({
              baseline: { ...state.baseline, ...Object.fromEntries(landed.map((c) => [c.field, c.to])) },
              history: [...state.history, ...entries.filter((e) => landed.some((c) => c.field === e.field))],
              missing: missingAfter(controls),
            });
            applyRead(reviewed(controls));
          }
          const partial = !(error instanceof GatewayError) || error.code === "failed";
          const hint = partial ? " Một số ô có thể đã được ghi; kiểm tra rồi bấm «Cập nhật văn bản» lại." : "";
          set({ busy: null, notice: { intent: "error", text: `${describeError(error)}${hint}` } });
        }
      });
    },

    resolveConflict: (field, choice, said) => {
      const state = get();
      const conflicts = state.conflicts.filter((c) => c.field !== field);
      if (choice === "takeDocument") {
        const asked = state.conflicts.filter((c) => c.field === field);
        const text = asked[0]?.documentText ?? "";
        const def = state.report.byId.get(field);
        // Walk finding (walk42, 1d): the number she took was then said to be the report's own error «không do bạn
        // nhập». Taken by her choice, it is hers: in the history under her name (problemOrigin.ts counts written figures
        // as the clerk's), and what the pane agrees with, so typing another figure later asks nothing about it again.
        const agreed = asked.every((c) => c.documentText === text);
        const from = state.baseline[field] ?? asked[0]?.target ?? "";
        const taken: HistoryEntry[] = agreed && from !== text ? [{ field, from, to: text, at: deps.now().toISOString(), by: state.author, period: state.period }] : [];
        set({
          conflicts,
          history: [...state.history, ...taken],
          ...(agreed ? { baseline: { ...state.baseline, [field]: text } } : {}),
        });
        // As if she had typed it: the box takes it, and the choice is saved in the document at once.
        get().setFigure(field, def ? boxText(def, text) : text);
        void get().leaveBox();
      } else if (choice === "overwrite") {
        set({ conflicts, overwrite: [...state.overwrite, field], ...saidNotice(said) });
        // A total she said is the total is the update's to mend now: its warning says so (fix44C).
        set(derive(state.raw, state.period, state.observations));
      } else {
        set({ conflicts, skip: [...state.skip, field], ...saidNotice(said) });
      }
    },

    restyleFigures: async () => {
      const fields = [...new Set(get().restyles.map((r) => r.field))];
      set({ restyles: [], overwrite: [...new Set([...get().overwrite, ...fields])] });
      await get().updateDocument();
    },

    // The choice belongs to the document, like the tracking choice: saved at once, nothing else written.
    keepStyles: () =>
      guard("saving", async () => {
        const { restyles, keptStyles } = get();
        set({ restyles: [], keptStyles: [...new Set([...keptStyles, ...restyles.map((r) => r.field)])] });
        await word.update(storedOnly(() => storedXmlOf(get()))).catch((error: unknown) => {
          set({ restyles, keptStyles });
          throw error;
        });
        set({ busy: null });
      }),

    dismissMissing: (field) => {
      const baseline = { ...get().baseline };
      delete baseline[field];
      set({ missing: get().missing.filter((id) => id !== field), baseline });
    },
  };
}

/** What the pane says about the stored part it found, and whether it may write (storedReport.ts, README «Giới hạn»). */
function storedNotice(read: StoredRead | null): Partial<Pick<AppState, "writeLock" | "notice">> {
  if (read?.kind === "newer") return locked(NEWER_VERSION_MESSAGE);
  if (read?.kind === "tooLarge" && read.elements !== undefined) {
    return locked(
      `Dữ liệu tiện ích lưu trong văn bản có quá nhiều phần tử (hơn ${formatCount(MAX_STORED_ELEMENTS)}): tiện ích không đọc và không ghi gì vào văn bản này, để không làm mất lịch sử.`,
    );
  }
  if (read?.kind === "tooLarge") {
    return locked(
      `Dữ liệu tiện ích lưu trong văn bản quá lớn (${formatCount(read.chars)} ký tự, giới hạn ${formatCount(MAX_STORED_CHARS)}): tiện ích không đọc và không ghi gì vào văn bản này, để không làm mất lịch sử.`,
    );
  }
  // Another version's rows are kept, not lost: said so, beside any row dropped as invalid.
  const kept =
    read?.kind === "report" && read.kept.length > 0
      ? `Văn bản có ${formatCount(read.kept.length)} mục dữ liệu do phiên bản khác của tiện ích ghi: giữ nguyên trong văn bản, phiên bản này không đọc.`
      : null;
  if (read?.kind === "report" && read.ignored.length > 0) {
    const shown = read.ignored.slice(0, 3).join("; ");
    const more = read.ignored.length > 3 ? ` và ${read.ignored.length - 3} mục khác` : "";
    const text = `Dữ liệu lưu trong văn bản có mục không hợp lệ, đã bỏ qua và sẽ không ghi lại: ${shown}${more}.`;
    return { notice: { intent: "warning", text: kept ? `${text} ${kept}` : text } };
  }
  if (kept) return { notice: { intent: "info", text: kept } };
  return {};
}

const locked = (text: string) => ({ writeLock: text, notice: { intent: "error" as const, text } });

/** What the card that asked says of the answer (ConflictList: walk43, 9), as the notice; its words load with the card. */
function saidNotice(said: string | undefined): Partial<AppState> {
  return said ? { notice: { intent: "info", text: said } } : {};
}
