/**
 * What the add-in needs from Word, and nothing more. The store depends on this interface; the Office.js
 * implementation (officeGateway.ts) and the preview's simulation both satisfy it.
 */
import type { ParagraphShape } from "../domain/import/paneText";

/** One of our content controls as Word shows it. */
export interface ControlInfo {
  /** Word's id for the control within this document session. */
  id: number;
  /** The field id (`bcdc:…`). */
  tag: string;
  title: string;
  text: string;
  /** Locked by the document's author: the add-in must not write it. */
  cannotEdit?: boolean;
  /** In a table: the header of its column (a «%» there means percentages are written bare, domain/headerUnit.ts). */
  columnHeader?: string;
  /** In a table: the words labelling its row (a «%» there too: «Tỷ lệ (%)⇥95,06»). */
  rowLabel?: string;
}

/** The tracked changes inside one of our controls, as a leader reviews them. */
export interface ControlChanges {
  controlId: number;
  tag: string;
  /**
   * Text tracked as deleted (the old value) and inserted (the new one). Word on Mac gives "" as a deletion's text
   * (OfficeDev/office-js#5178, #5188): then `deleted` is "" although `deletions` is not 0, and the pane takes the
   * old value from the history stored in the document.
   */
  deleted: string;
  inserted: string;
  /** How many tracked deletions the control holds. */
  deletions: number;
  author: string;
  /** ISO time of the newest change. */
  date: string;
}

export interface NewControl {
  tag: string;
  title: string;
  text: string;
}

/** What to write, decided by pure code from what was read. */
export interface WritePlan {
  /** New text per control id; controls not listed are left alone. */
  texts: ReadonlyMap<number, string>;
  /** The add-in's stored report (XML) to save in the document, or null to leave it. */
  storedXml: string | null;
  /** Show the writes as tracked changes (Word restores the previous mode afterwards). */
  trackChanges: boolean;
}

export interface WriteOutcome {
  /** How many controls received new text. */
  written: number;
  /** Round trips to Word this operation made (tests and the benchmark check it). */
  syncs: number;
}

/** Paper and margins in points, for Word's page setup. */
export interface PageLayout {
  paperSize: "A4";
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A whole new report, written by "Tạo báo cáo mới". */
export interface NewReport {
  /** The report as a Flat OPC package (`<pkg:package>`), as `body.insertOoxml` takes it. */
  ooxml: string;
  /** Applied where Word lets an add-in set the page (WordApiDesktop 1.3); elsewhere the document keeps its own. */
  page: PageLayout | null;
  /** The add-in's stored report (XML) to save with it, or null to leave the document's. */
  storedXml: string | null;
}

/** What the document holds right after an insertion, read in the same sync as the write. */
export interface InsertedReport extends DocumentRead {
  syncs: number;
  /** Whether `page` was applied (false on Word for the web and older Word: no page-setup API there). */
  pageApplied: boolean;
}

export type TrackingMode = "off" | "trackAll" | "trackMineOnly" | "unsupported";

export interface DocumentRead {
  controls: ControlInfo[];
  trackingMode: TrackingMode;
}

/** Everything the pane needs to open: the stored report's XML (null when the document has none) and the controls. */
export interface StartRead extends DocumentRead {
  storedXml: string | null;
  /**
   * Every tagged control, ours or not: read before the stored part says which form the document uses, so the store
   * can pick the controls of a carried form with another tag prefix without reading again.
   */
  tagged: ControlInfo[];
  /** Round trips it took: 1 without a stored part (or below WordApi 1.4), 2 with one. */
  syncs: number;
}

/** A paragraph's table cell and Word list label (src/domain/import/paneText.ts). */
export type { ParagraphShape };

/** The document as text: every paragraph (in order) and our controls, read in one sync. */
export interface TextRead {
  paragraphs: string[];
  /** Per paragraph, its table cell and list label (WordApi 1.3); absent where a caller has only the text. */
  shapes?: ParagraphShape[];
  controls: ControlInfo[];
}

/**
 * Where to wrap one figure in a control: `context` occurs exactly once in the paragraph, and the first occurrence
 * of `figure` inside it is the figure (see src/domain/import/addresses.ts).
 */
export interface FigureAddress {
  tag: string;
  title: string;
  /** 0-based index in TextRead.paragraphs. */
  paragraph: number;
  context: string;
  figure: string;
  /** A figure too long for one search: its last words; the control spans head to tail (Range.expandTo). */
  tail?: { context: string; figure: string };
}

/** A figure the clerk chose, wrapped in its control. */
export interface ChosenBinding {
  /** The text now in the control (the selection without surrounding spaces). */
  text: string;
  /** Every control of ours after the write. */
  controls: ControlInfo[];
  syncs: number;
}

/** Why a figure Word did find was left alone. */
export type BindBlock =
  /** It lies inside, or overlaps, a content control (someone else's, or a locked one): wrapping it would nest controls. */
  | "insideControl"
  /** It holds text with a tracked change not yet accepted or rejected: the change must be decided first. */
  | "trackedChange";

export interface BindOutcome {
  /** Wrapped in a control. */
  bound: FigureAddress[];
  /** Word's own search did not find the context exactly once (the text changed, or Word reads it otherwise): left alone. */
  unconfirmed: FigureAddress[];
  /** Found by Word but not safe to wrap: left alone, with the reason. */
  blocked: { address: FigureAddress; reason: BindBlock }[];
  /** Every control of ours after the write, new ones included. */
  controls: ControlInfo[];
  syncs: number;
}

/**
 * What to do with the selection when a field is inserted, decided by pure code from the selected text ("" for a
 * collapsed cursor): put the control at the cursor or after the selected text ("insert"), make the selected text
 * the control's content ("bind"), or write nothing and report the text so the clerk can be asked ("ask").
 */
export type SelectionChoice = "insert" | "bind" | "ask";

export interface SelectionOutcome {
  /** "inserted" at a cursor, "insertedAfter" a selection, "bound" around it, or "asked" (nothing written). */
  kind: "inserted" | "insertedAfter" | "bound" | "asked";
  /** The selected text (empty for a cursor). */
  selected: string;
}

export interface WordGateway {
  /**
   * The add-in's stored report XML, or null when the document has none. A part written by a newer version of the
   * add-in (same namespace prefix, higher version) is returned in preference, so the pane sees it and writes nothing.
   */
  loadStored(): Promise<string | null>;
  /** Every control tagged with our prefix, and the document's change-tracking mode: one sync. */
  read(): Promise<DocumentRead>;
  /**
   * Word's change-tracking mode alone (Document.changeTrackingMode, WordApi 1.4): one sync, no control read. Word has
   * no event for the clerk switching Track Changes in its ribbon, so the pane asks again when it regains focus.
   */
  readTrackingMode(): Promise<TrackingMode>;
  /**
   * What the pane opens with, in at most 2 syncs: the stored part's id, every control and the tracking mode in the
   * first, the part's XML in the second (a part's content can only be asked for once the part is known).
   */
  readAll(): Promise<StartRead>;
  /** Inserts a plain-text control at the cursor. Refuses inside one of our controls. */
  insertAtSelection(control: NewControl): Promise<void>;
  /**
   * Inserts a plain-text control at the selection without deleting selected text: one read sync (the selection's
   * text, the control around it) and one write sync. Refuses inside one of our controls.
   */
  insertNearSelection(control: NewControl, decide: (selected: string) => SelectionChoice): Promise<SelectionOutcome>;
  /**
   * Reads every control (one sync), asks `plan` what to write, writes it all and saves the stored report
   * (one sync). The plan is pure; if it throws, nothing is written.
   */
  update(plan: (read: DocumentRead) => WritePlan): Promise<WriteOutcome>;
  /**
   * Writes a whole new report into the document: one read sync (is the document empty? none of our controls?) and
   * one write sync, which also reads the controls back. Refuses a non-empty document with code "notEmpty" unless
   * `replace` is set, in which case the document's whole body is replaced; otherwise the report goes before the
   * (empty) content, so nothing body.text cannot see (a picture, an empty table) is lost.
   */
  insertReport(report: NewReport, options: { replace: boolean }): Promise<InsertedReport>;
  /** Every paragraph's text and our controls: one sync. */
  readText(): Promise<TextRead>;
  /**
   * Reads the text (one sync), asks `plan` where the figures are, checks every address with Word's own search (one
   * sync, which also reads what the safety check needs: not in a control, no pending tracked change) and wraps the
   * safe figures in tagged plain-text controls (one sync): 3 syncs whatever the number. A failed write is undone.
   * `stored`, given the figures about to be bound, returns the stored part to save in that same write (null: leave
   * it); a failed write puts the part back as it was too. `plan` returning null stops after the read: nothing searched,
   * nothing written, 1 sync (the pane asks the clerk something first, e.g. which form the document is on).
   */
  bindFigures(plan: (read: TextRead) => FigureAddress[] | null, stored?: (bound: readonly FigureAddress[]) => string | null): Promise<BindOutcome>;
  /**
   * The clerk's chooser for an unclear figure (src/office/chooseFigure.ts), each 1 read sync + 1 write sync:
   * select one candidate in the document (only if its paragraph still reads `paragraphText`) ...
   */
  showFigure(address: FigureAddress, paragraphText: string): Promise<{ syncs: number }>;
  /**
   * ... wrap what is selected in the field's control, once `accept` (pure) has read it as the field's figure
   * (it returns the reason to refuse, or null); refused inside a control or on an undecided tracked change; `stored`,
   * once accepted, returns the stored part to save in the same write (null: leave it) ...
   */
  bindSelection(control: { tag: string; title: string }, accept: (selected: string) => string | null, stored?: () => string | null): Promise<ChosenBinding>;
  /** ... and undo: the field's controls removed, their text kept, and `stored`'s part saved in the same write. */
  unbindField(tag: string, stored?: () => string | null): Promise<{ controls: ControlInfo[]; removed: number; syncs: number }>;
  /**
   * Every control of one field in document order, its text and its paragraph's (ContentControlCollection.getByTag,
   * ContentControl.paragraphs, WordApi 1.1): 2 syncs, the paragraphs known only once the controls are. For the words
   * around a figure the document writes in disagreement, read when its box is shown.
   */
  placesAround(tag: string): Promise<{ text: string; paragraph: string }[]>;
  /** Tracked changes inside our controls (WordApi 1.6): 2 syncs. */
  listTrackedChanges(): Promise<ControlChanges[]>;
  /** Accepts or rejects the tracked changes inside the controls of these fields ("all": every one of ours): 2 syncs. */
  resolveTrackedChanges(tags: readonly string[] | "all", accept: boolean): Promise<void>;
  /** «Thiết kế mẫu»'s operations, loaded with that tab (one entry here keeps the pane's first load small). */
  authoring(): Promise<AuthoringGateway>;
}

/**
 * What a failed operation did to the document: nothing (it failed before writing), possibly part of its writes
 * (a write sync failed: Word does not document what such a sync keeps), or nothing any more (it put them back).
 */
export type WrittenState = "none" | "partial" | "restored";

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
/** Whether Word has a requirement set: WordApi by default, or the desktop-only WordApiDesktop. */
export type SupportsWordApi = (version: string, set?: "WordApi" | "WordApiDesktop") => boolean;
/** Whether a control's tag is one of ours: it starts with the tag prefix of the form in use. */
export type IsOurs = (tag: string | null | undefined) => boolean;

/** Our controls are those whose tag starts with one of these prefixes. */
export function oursByPrefix(prefixes: () => readonly string[]): IsOurs {
  return (tag) => typeof tag === "string" && prefixes().some((prefix) => tag.startsWith(prefix));
}

/** A refusal the clerk should read as is (Vietnamese). */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly code: "insideControl" | "notEmpty" | "readOnly" | "unsupported" | "failed" | "newerVersion",
    /** Known for failures reported by Word; refusals decided before any write leave the document as it was. */
    readonly written: WrittenState = "none",
    /** Word's own error code, when Word raised it (for the administrator's self-check report). */
    readonly wordCode?: string,
  ) {
    super(message);
    this.name = "GatewayError";
  }
}

/** Our Custom XML Part's namespace: the domain's one constant (src/domain/storedReport.ts). */
export { STORED_NAMESPACE as STORE_NAMESPACE } from "../domain/storedReport";

/** The clerk's selection, for «Đánh dấu là số liệu» (read in one sync). */
export interface SelectionRead {
  /** The selected text as Word gives it (a double-click in Word also takes the space after a word). */
  text: string;
  /** The whole paragraph the selection starts in: the words around the figure. */
  paragraph: string;
  /** The content control holding the selection (ours or another add-in's), or null. */
  inside: { tag: string; title: string } | null;
}

/** What to change in the controls when the form changes: decided by pure code from what was read. */
export interface ControlRevision {
  /** New title (the label Word shows on the control's handle) per tag. */
  titles: ReadonlyMap<string, string>;
  /** Tags whose controls are removed, their text kept in the document. */
  unwrap: ReadonlySet<string>;
  /** The stored report (with the new form) to save in the same write, or null to leave it. */
  storedXml: string | null;
}

export interface RevisedControls {
  /** Our controls after the write. */
  controls: ControlInfo[];
  unwrapped: number;
  syncs: number;
}

export interface WrappedSelection {
  /** The new control, as it is after the write. */
  control: ControlInfo;
  syncs: number;
}

/** The form-authoring operations («Thiết kế mẫu»): each 1 read sync + 1 write sync (src/office/authoring.ts). */
export interface AuthoringGateway {
  /** The selection's text, its paragraph and the control holding it: one sync. */
  readSelection(): Promise<SelectionRead>;
  /**
   * Reads the selection again (one sync), asks `plan` for the stored report to save (it throws to refuse), then wraps
   * the selected text, without surrounding spaces, in a tagged plain-text control and saves (one sync).
   */
  wrapSelection(control: Omit<NewControl, "text">, plan: (selection: SelectionRead) => string | null): Promise<WrappedSelection>;
  /** Reads our controls (one sync), then retitles and unwraps what `plan` says and saves the stored report (one sync). */
  reviseControls(plan: (read: DocumentRead) => ControlRevision): Promise<RevisedControls>;
}
