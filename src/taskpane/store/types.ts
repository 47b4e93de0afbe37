import type { Observation } from "../../domain/documentCheck";
// Types only: erased at build, so the import engine itself stays in its lazy chunk.
import type { BindingSummary, TextCheckItem, UncheckedItem } from "../../domain/import/pane";
import type { HistoryEntry, KeptRow } from "../../domain/storedReport";
import type { FieldId, Period, Problem } from "../../domain/types";
import type { Conflict } from "../../domain/updatePlan";
import type { Review } from "../../domain/validate";
import type { OfficeSettings } from "../../domain/template/settings";
import type { ReportDefinition } from "../../domain/report";
import type { PeriodFigures } from "../../domain/comparison/periods";
import type { EarlierReading } from "../../domain/comparison/earlierReport";
import type { PhraseBasis } from "../../domain/comparison/phrase";
import type { ReportForm } from "../../domain/form/types";
import type { ControlChanges, ControlInfo, TrackingMode, WordGateway } from "../../office/gateway";
import type { StoreApi } from "zustand/vanilla";
import type { FigureSuggestion } from "../../domain/form/authoring/suggest";
import type { AuthoringActions } from "./authoringActions";
import type { SectionsOnComputer } from "./sectionsOnComputer";
import type { BoundPlace } from "../takenPlaces";

export interface Preferences {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface StoreDeps {
  word: WordGateway;
  now: () => Date;
  /** The form the pane starts with (a built-in one); a document that carries its own replaces it at start. */
  report: ReportDefinition;
  prefs?: Preferences;
  /**
   * Runs `work` once the clerk has paused typing; returns a cancel. Word gives a task pane no event when it is closed
   * (Office.addin.onVisibilityModeChanged needs the shared runtime, SharedRuntime 1.1), so a figure typed and the
   * pane closed before the box lost focus is saved by this pause. The default never runs: tests drive it by hand.
   */
  afterPause?: (work: () => void) => () => void;
}

/** Everything the action slices share. The form in use is `get().report`: it changes with the document. */
export interface StoreKit {
  deps: Required<StoreDeps>;
  set: StoreApi<AppStore>["setState"];
  get: StoreApi<AppStore>["getState"];
  /** `history`, `baseline`: the state's unless given (at the start, read with the figures before the state holds them). */
  derive(
    raw: AppState["raw"],
    period: Period,
    observations: AppState["observations"],
    history?: AppState["history"],
    baseline?: AppState["baseline"],
  ): Pick<AppState, "review" | "documentProblems">;
  /** The sections open in «Số liệu», remembered on this computer until the next save keeps them (walk42). */
  sections: SectionsOnComputer;
  /** Runs one Word operation at a time, turning failures into a message. */
  guard(busy: AppState["busy"], work: () => Promise<void>): Promise<void>;
  applyRead(controls: readonly ControlInfo[]): void;
  /** The controls as a reader sees them, pending tracked deletions of our own refreshes set aside. */
  reviewed(controls: readonly ControlInfo[]): ControlInfo[];
}

export type Busy =
  | "starting" | "reading" | "updating" | "inserting" | "reviewing" | "creating" | "recognizing" | "checking" | "rollingOver" | "saving"
  | "authoring"
  | "choosingForm"
  | "readingFile"
  | null;

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  /** Fields the notice is about, grouped under their section's heading (listed under the text). */
  groups?: { heading: string; items: string[] }[];
  /** Fields it touches that need nothing of the clerk, kept behind «Xem thêm <label>» (closed at first). */
  more?: { label: string; groups: { heading: string; items: string[] }[] };
  /**
   * The notice goes on about the figures left to type, counted as they are at each render and not when it was made
   * (noticeText.ts); `after` is said after them. Read the whole text with noticeText, never `text` alone.
   */
  figuresLeft?: { after: string };
  /**
   * An update that held figures back for errors: once the figures have none of those errors left, or the clerk has
   * changed a figure since, the notice says so from the figures as they are, with no list (noticeText.ts). It stayed on
   * screen telling the clerk to fix errors she had fixed, and counting errors she no longer had (walker38, walk40).
   */
  heldBack?: {
    blocked: string[];
    /** The notice's words before what it says of the figures held back. */
    before: string;
    /** The figures as the update read them: once the clerk changes one, the list of held figures is out of date. */
    raw?: Record<string, string>;
  };
  /** Figures changed by hand it asked the clerk about, and the sentence it asked in (handEditNotice.ts). */
  /** `differing`: fields among them the document writes differently at its places, never edited by hand. */
  handEdits?: { fields: string[]; sentence: string; differing?: string[]; inWords?: string[] };
}

/** Recognition's question (formOffer.ts): another form clearly reads the document better than the form in use. */
export interface FormOffer {
  report: ReportDefinition;
  /** Figures each form finds in the document (BindingPlan.found). */
  found: number;
  current: number;
}

export interface AppState {
  /** The report form the pane asks for: components read it here, never from a module. */
  report: ReportDefinition;
  /**
   * Why the document's own form cannot be used (a newer format, a damaged or hostile form): while set, nothing is
   * written to the document.
   */
  formRefusal: string | null;
  ready: boolean;
  busy: Busy;
  period: Period;
  /** What the clerk typed, per typed field, never rewritten by the add-in. */
  raw: Record<FieldId, string>;
  /** Derived from raw + period on every change. */
  review: Review;
  /** What the document showed at the last read, per field. */
  observations: Map<FieldId, Observation[]>;
  /**
   * Per figure the document writes in disagreement, the words around each of its places («…đang quản lý năm 2026:
   * Công chức…»; null where not found), with the texts they were read for (placeWordsActions.ts).
   */
  placeWords: Record<FieldId, { key: string; words: (string | null)[] }>;
  /** Problems between the document and the figures (disagreeing places, wrong percentages). */
  documentProblems: Problem[];
  /** Per field, the text the add-in may replace (last written, or agreed when first seen). */
  baseline: Record<FieldId, string>;
  history: HistoryEntry[];
  conflicts: Conflict[];
  /** The clerk's choices for conflicting fields at the next update. */
  overwrite: FieldId[];
  skip: FieldId[];
  /** Figures the last update left in the document's own style (right value, not the official style): the clerk chooses. */
  restyles: Conflict[];
  /** Fields whose own style the clerk chose to keep: not offered again (saved in the document). */
  keptStyles: FieldId[];
  notice: Notice | null;
  /**
   * The period the document names (its stored figures, else its period controls, else its title); null for a
   * document that names none. An update never writes another period without asking.
   */
  documentPeriod: Period | null;
  /** Asked before an update when the pane's period and the document's disagree; null otherwise. */
  periodQuestion: { document: Period; pane: Period } | null;
  /** Word's own change-tracking mode at the last read. */
  wordTracking: TrackingMode;
  /** The field whose input last had focus: the one «Chèn vào văn bản» inserts. */
  activeField: FieldId | null;
  /** The selection is exactly a number: asked whether to make it this field's figure; null otherwise. */
  bindOffer: { field: FieldId; text: string } | null;
  /** The field the summary asked to show; seq makes repeated jumps to the same field work. */
  focus: { field: FieldId; seq: number } | null;
  /** Top-level sections the clerk has open. */
  openSections: string[];
  /**
   * The box the clerk is typing in, once a pause in typing saved her figures; null when she left it. Saved with the
   * figures, so a pane closed while she types reopens with her in the box (otherwise at its top).
   */
  typingIn: FieldId | null;
  /** Rows of the stored part another version of the add-in wrote: kept unread, written back with every save. */
  keptRows: KeptRow[];
  /** Show refreshed figures as Word tracked changes. */
  trackChanges: boolean;
  /**
   * Why the pane must write nothing to this document (its stored part is a newer version's, or past the size
   * limit), shown instead of any write; null when writing is allowed.
   */
  writeLock: string | null;
  /** False where Word cannot switch change tracking (below WordApi 1.4). */
  trackingSupported: boolean;
  /** The name written in the history (set once, kept in the browser's storage). */
  author: string;
  /**
   * The name a review decision is recorded under when it is not the clerk's (a leader deciding on the clerk's
   * computer); empty: the author's. Walk finding (walk41): a leader's «Đổi tên» in «Duyệt» replaced the clerk's name,
   * and the clerk's next update was logged under the leader's.
   */
  reviewer: string;
  /**
   * The name someone at this computer said is theirs for the review (typed, or «Tôi là …»), this pane session only and
   * until the clerk's next update; "" when nobody has. A decision whose name is that of who made the pending changes
   * is asked about first, unless that name was confirmed: on a shared computer the leader reviewed under the clerk's.
   */
  reviewerConfirmed: string;
  /** Tracked changes inside our controls, for the leaders' review; null until loaded. */
  trackedReview: ControlChanges[] | null;
  /**
   * Figures whose controls showed a tracked change still undecided when the pane opened, seen in the start's own read
   * (a deletion kept in front of the value written: pendingRevisions.ts), so a leader is told at once; 0 on Word for
   * Mac, where a deletion's text is "". Superseded by `trackedReview` once the review is loaded.
   */
  pendingAtStart: number;
  /** Fields the add-in wrote before whose controls are no longer in the document. */
  missing: FieldId[];
  /** The issuing office's details for a new report (kept in the browser's preferences). */
  officeSettings: OfficeSettings;
  /** Why the document is not empty, while the pane asks whether to replace it; null otherwise. */
  replaceOffer: string | null;
  /** Asked by «Nhận diện số liệu» before writing anything: another form fits the document better; null otherwise. */
  formOffer: FormOffer | null;
  /** The last "Nhận diện số liệu": what was bound, not found, ambiguous. */
  recognition: BindingSummary | null;
  /** The unclear figure's candidate last selected in the document from the pane. */
  shownCandidate: { field: FieldId; index: number } | null;
  /** Unclear figures the clerk bound by choosing (text bound, and the form's value before, for an undo). */
  /** `place`: the candidate chosen (placeKey), so the same number offered for another field is shown as taken. */
  chosenFigures: Partial<Record<FieldId, { text: string; before: string | undefined; place?: string }>>;
  /** Unclear figures the clerk said the document does not state: not offered again (stored in the document). */
  notStated: FieldId[];
  /**
   * Figures recognition left unclear that the clerk has neither chosen nor said «không nêu» (stored in the document):
   * a pane opened again, without the recognition's result, still names them and can find their candidates again.
   */
  unclear: FieldId[];
  /** Where the last «Nhận diện số liệu» put each control: a candidate there is said to be taken (takenPlaces.ts). */
  recognizedPlaces: BoundPlace[];
  /** The last "Kiểm tra văn bản": citation and structure problems of the document's text. */
  textCheck: TextCheckItem[] | null;
  /** With the last "Kiểm tra văn bản": every check of the form that could not run, and why (figures missing). */
  textUnchecked: UncheckedItem[] | null;
  /** Figures carried over to a new quarter, not yet entered or confirmed by the clerk (stored in the document). */
  unconfirmed: FieldId[];
  /** Earlier periods' figures the document keeps (roll-over, earlier reports read in), oldest first. */
  periods: PeriodFigures[];
  /** An earlier report read from a file, shown to the clerk until confirmed or dropped; nothing stored before. */
  earlierReading: EarlierReading | null;
  /** «Đánh dấu là số liệu»: the selected text and what the pane proposes for it, until saved or cancelled. */
  figureDraft: { text: string; suggestion: FigureSuggestion } | null;
}

export interface AppActions {
  start(): Promise<void>;
  /** Reads the words around each place of a figure the document writes in disagreement (2 syncs; once per read). */
  loadPlaceWords(field: FieldId): Promise<void>;
  setFigure(field: FieldId, text: string): void;
  /**
   * Keeps the figures typed since the last save in the document's stored part (nothing written in the text), so a
   * pane closed before «Cập nhật văn bản» finds them again; called when the clerk leaves a box.
   */
  keepDraft(): Promise<void>;
  /** The clerk left a box: what she typed is kept (keepDraft), and she is no longer said to be typing in it. */
  leaveBox(): Promise<void>;
  setPeriod(period: Period): void;
  readDocument(): Promise<void>;
  insertField(field: FieldId): Promise<void>;
  updateDocument(): Promise<void>;
  /** `said`: what the asking card says of the answer, shown as the notice. */
  resolveConflict(field: FieldId, choice: "takeDocument" | "overwrite" | "skip", said?: string): void;
  /** Writes the figures left in another style (`restyles`) in the official style, as an update. */
  restyleFigures(): Promise<void>;
  keepStyles(): Promise<void>;
  /** The clerk's word that the document does not state an unclear figure (none of its candidates is it), or its undo. */
  markNotStated(field: FieldId, notStated: boolean): Promise<void>;
  focusField(field: FieldId): void;
  setOpenSections(sections: string[]): void;
  /**
   * Reads Word's change-tracking mode again (one sync) and shows it: Word has no event for Track Changes switched in its
   * ribbon, so the pane asks when it regains focus (trackingWatch.ts). Only between other work.
   */
  refreshTracking(): Promise<void>;
  dismissNotice(): void;
  /** Saved in the document at once, so the choice travels with it. */
  setTrackChanges(on: boolean): Promise<void>;
  /** The clerk's answer to periodQuestion: keep the document's period, or write the pane's; then the update runs. */
  answerPeriod(choice: "document" | "pane" | "cancel"): Promise<void>;
  setActiveField(field: FieldId): void;
  /** The clerk's answer to bindOffer. */
  answerBind(choice: "bind" | "after" | "cancel"): Promise<void>;
  setAuthor(name: string): void;
  setReviewer(name: string): void;
  /** The one at the computer says the stored name is theirs: the review asks no more (see reviewerConfirmed). */
  confirmReviewer(name: string): void;
  loadReview(): Promise<void>;
  resolveReview(fields: FieldId[] | "all", accept: boolean): Promise<void>;
  dismissMissing(field: FieldId): void;
  setOfficeSettings(settings: OfficeSettings): void;
  /** Fills the reference report's office in, as a sample to try the add-in with (the clerk asked for it). */
  fillReferenceOffice(): void;
  /** Inserts a whole new report for the current period; `replace` after the clerk agreed to replace the content. */
  createReport(replace?: boolean): Promise<void>;
  cancelReplace(): void;
  recognizeFigures(): Promise<void>;
  /** The clerk's answer to formOffer: switch to that form and recognise with it, or recognise with the form in use. */
  answerFormOffer(use: boolean): Promise<void>;
  /** Reads again only the figures still unclear (`unclear`), for their candidates: recognition's 3 syncs. */
  recognizeUnclear(): Promise<void>;
  checkText(): Promise<void>;
  rollOverQuarter(): Promise<void>;
  /** Selects in the document the index-th candidate of an unclear figure. */
  showCandidate(field: FieldId, index: number): Promise<void>;
  /** Binds what is selected in the document as the figure of this field (a tagged control; the text unchanged). */
  bindChosen(field: FieldId): Promise<void>;
  /** Undoes a choice: the field's control removed (its text kept), the form's value back to what it was. */
  unbindChosen(field: FieldId): Promise<void>;
  /**
   * «Giữ» on the card of a total that does not add up: the document's number stays, and the answer is kept in the
   * stored part and the history, tied to that number and the parts' sum (totalAnswers.ts).
   */
  keepTotal(field: FieldId): Promise<void>;
  /** The clerk has looked at these figures for the new quarter. */
  confirmFigures(fields: readonly FieldId[]): void;
  /** Reads last quarter's or last year's report (.docx) for the comparison: shown, not stored, until confirmed. */
  readEarlierReport(file: { name: string; data: Uint8Array }): Promise<void>;
  /** Stores the figures read by readEarlierReport in the document. */
  confirmEarlierReport(): Promise<void>;
  cancelEarlierReport(): void;
  /** Inserts at the cursor a phrase comparing a figure with the previous quarter or the same quarter last year. */
  insertPhrase(field: FieldId, basis: PhraseBasis): Promise<void>;
  /**
   * Checks a form and, when it has no problem, makes it the form in use (the period follows its kind); the next write
   * saves it in the document. Resolves to the problems, in Vietnamese, or [] when the form was taken.
   */
  setReport(form: ReportForm): Promise<string[]>;
  /** «Thiết kế mẫu»'s actions, loaded with the tab (and the schema checker they need) on first use. */
  authoring(): Promise<AuthoringActions>;
  /** Makes a built-in form the one in use (for a new report), remembered on this computer. */
  chooseForm(id: string): Promise<void>;
}

export type AppStore = AppState & AppActions;
