/**
 * The simulated document itself, with no batching: paragraphs of runs, a cursor, the change-tracking mode, custom
 * XML parts. Proxies (proxies/*.ts) change it only when a sync applies their queued commands; tests and the preview
 * may change it directly to play the user (move the cursor, delete a control, protect the document).
 */
import { editTracked, markInserted, mergeText, resolveBodyChange } from "./bodyTracking";
import { cursorSlot, runLength, splitAt } from "./cursor";
import { replacePlain, replaceTracked, resolveChange, segmentsText } from "./tracking";
import type {
  ChangeTrackingModeValue, Cursor, DocRun, SimControl, SimControlType, SimLayout, SimPageSetup, SimParagraph, SimSpan, SimTableCell, SimXmlPart, TrackedChangeView,
} from "./types";

export interface DocumentOptions {
  /** Shown as the author of tracked changes. */
  author: string;
  now: () => Date;
  /** Whether a control's `text` still contains tracked deletions (Word with markup shown: yes). */
  deletedTextInText: boolean;
}

export class SimDocument {
  /** Read freely; change only through the methods below (they keep the id index and notify listeners). */
  readonly paragraphs: DocRun[][];
  cursor: Cursor = { paragraph: 0, offset: 0 };
  /** Characters selected from the cursor on, in its paragraph; 0 is a collapsed cursor. */
  selectedLength = 0;
  /**
   * Counts Range.select calls: Word "selects and navigates the Word UI to the range" (Word.Range.select, Microsoft
   * Learn, WordApi 1.1), so the preview scrolls to it; a selection the user drags needs no scrolling.
   */
  navigations = 0;
  trackingMode: ChangeTrackingModeValue = "Off";
  /** A protected or read-only document: Word refuses every write at sync with AccessDenied. */
  readOnly = false;
  readonly xmlParts: SimXmlPart[] = [];
  /** Word's own default for a new document (Letter, 1-inch margins) until something sets it. */
  readonly pageSetup: SimPageSetup = { paperSize: "Letter", top: 72, bottom: 72, left: 72, right: 72 };
  private nextId = 1;
  private nextChangeId = 1;
  private nextPartId = 1;
  private readonly listeners = new Set<() => void>();
  /* Keyed by the paragraph's runs array, so the style follows the paragraph wherever it moves in the list. */
  private readonly styles = new WeakMap<readonly DocRun[], string>();
  /* Table cell and list label, keyed the same way. */
  private readonly layouts = new WeakMap<readonly DocRun[], SimLayout>();
  /** Cleared whenever controls are added or removed. */
  private index: Map<number, SimControl> | null = null;

  constructor(initial: readonly SimParagraph[], readonly options: DocumentOptions) {
    const used = initial.flatMap((p) => p.runs.flatMap((r) => (typeof r === "string" || r.id === undefined ? [] : [r.id])));
    this.nextId = Math.max(0, ...used) + 1;
    this.paragraphs = initial.map((p) => this.toRuns(p));
    if (this.paragraphs.length === 0) this.paragraphs.push([]);
  }

  /**
   * Inserts whole paragraphs (Body.insertOoxml): "Replace" takes the body's place, "Start" and "End" add to it.
   * New controls get fresh ids; after a "Replace" the cursor is put at the start (Word's exact placement is not
   * modelled). With tracking on, the new text is a tracked insertion (OfficeDev/office-js#334) and a "Replace" keeps
   * the old text as tracked deletions after it (the order of the two in Word is not verified).
   */
  insertParagraphs(paragraphs: readonly SimParagraph[], location: "Replace" | "Start" | "End"): void {
    const created = paragraphs.map((p) => this.toRuns({ ...p, runs: p.runs.map((r) => (typeof r === "string" ? r : { ...r, id: undefined })) }));
    const tracked = this.trackingMode !== "Off";
    if (tracked) for (const runs of created) markInserted(runs, this.makeChange);
    if (location === "Replace") {
      const kept = tracked ? this.paragraphs.filter((runs) => this.deleteTracked(runs)) : [];
      this.paragraphs.splice(0, this.paragraphs.length, ...created, ...kept);
      this.cursor = { paragraph: 0, offset: 0 };
      this.selectedLength = 0;
    } else if (location === "Start") {
      this.paragraphs.unshift(...created);
      this.cursor = { ...this.cursor, paragraph: this.cursor.paragraph + created.length };
    } else {
      this.paragraphs.push(...created);
    }
    if (this.paragraphs.length === 0) this.paragraphs.push([]);
    this.index = null;
  }

  /** `body.insertText(text, "Start" | "End")`: plain text at the body's start or end, tracked when tracking is on. */
  insertBodyText(text: string, location: "Start" | "End"): void {
    const runs = location === "Start" ? this.paragraphs[0]! : this.paragraphs[this.paragraphs.length - 1]!;
    const run: DocRun = { kind: "text", text };
    if (this.trackingMode !== "Off") run.change = this.makeChange("Added");
    if (location === "Start") runs.unshift(run);
    else runs.push(run);
    mergeText(runs);
    if (location === "Start" && this.cursor.paragraph === 0) this.cursor = { paragraph: 0, offset: this.cursor.offset + text.length };
  }

  /** Plays the user deleting [start, end) of a paragraph and typing `inserted` with tracking on. */
  editTracked(paragraph: number, start: number, end: number, inserted: string): boolean {
    const runs = this.paragraphs[paragraph];
    const done = runs !== undefined && editTracked(runs, start, end, inserted, this.makeChange);
    if (done) this.notify();
    return done;
  }

  /** Selects [start, end) of a paragraph, as the user dragging over text (Range.select does the same). */
  select(paragraph: number, start: number, end: number): void {
    this.setCursor(paragraph, start);
    const length = paragraphDisplayText(this.paragraphs[this.cursor.paragraph] ?? []).length;
    this.selectedLength = Math.max(0, Math.min(end, length) - this.cursor.offset);
    this.notify();
  }

  /** The selection as a span (start == end for a collapsed cursor). */
  selection(): SimSpan {
    const { paragraph, offset } = this.cursor;
    return { paragraph, start: offset, end: offset + this.selectedLength };
  }

  /**
   * A copy of everything a sync can change, and the function that puts it back: what "undoesAll" uses to undo a
   * failed sync. Ids keep counting up, as they would in Word.
   */
  snapshot(): () => void {
    const paragraphs = this.paragraphs.map((runs) => ({ runs: structuredClone(runs), style: this.styles.get(runs), layout: this.layouts.get(runs) }));
    const parts = structuredClone(this.xmlParts);
    const state = { cursor: this.cursor, selectedLength: this.selectedLength, trackingMode: this.trackingMode, page: { ...this.pageSetup } };
    return () => {
      this.paragraphs.splice(0, this.paragraphs.length, ...paragraphs.map(({ runs, style, layout }) => {
        if (style) this.styles.set(runs, style);
        if (layout) this.layouts.set(runs, layout);
        return runs;
      }));
      this.xmlParts.splice(0, this.xmlParts.length, ...parts);
      Object.assign(this.pageSetup, state.page);
      this.cursor = state.cursor;
      this.selectedLength = state.selectedLength;
      this.trackingMode = state.trackingMode;
      this.index = null;
    };
  }

  /** The body's text as Word's `body.text` gives it: paragraphs separated by "\r". */
  bodyText(): string {
    return this.paragraphs.map((runs) => paragraphDisplayText(runs)).join("\r");
  }

  /** Every control in document order, as `document.contentControls` lists them. */
  controls(): SimControl[] {
    return this.paragraphs.flatMap((runs) => runs.flatMap((r) => (r.kind === "control" ? [r.control] : [])));
  }

  /** By id through an index: the gateway's write sync looks up every control, and 3,000 linear scans are slow. */
  findControl(id: number): SimControl | undefined {
    this.index ??= new Map(this.controls().map((c) => [c.id, c]));
    return this.index.get(id);
  }

  controlText(control: SimControl): string {
    return segmentsText(control.segments, this.options.deletedTextInText);
  }

  setCursor(paragraph: number, offset: number): void {
    const p = Math.min(Math.max(0, paragraph), this.paragraphs.length - 1);
    const length = paragraphDisplayText(this.paragraphs[p] ?? []).length;
    this.cursor = { paragraph: p, offset: Math.min(Math.max(0, offset), length) };
    this.selectedLength = 0;
    this.notify();
  }

  /** The control the cursor is strictly inside; at a control's edge the cursor is outside it. */
  controlAtCursor(at: Cursor = this.cursor): SimControl | null {
    const slot = cursorSlot(this.paragraphs[at.paragraph] ?? [], at.offset);
    return slot.kind === "inside" ? slot.control : null;
  }

  /** Inserts an empty control at the cursor, splitting the text run there. Null when the cursor is in a control. */
  insertControlAtCursor(type: SimControlType, at: Cursor = this.cursor): SimControl | null {
    const runs = this.paragraphs[at.paragraph];
    if (!runs) return null;
    const slot = cursorSlot(runs, at.offset);
    if (slot.kind === "inside") return null;
    const control = this.newControl(type, "", "", "");
    splitAt(runs, slot, { kind: "control", control });
    this.index = null;
    return control;
  }

  /** A paragraph's text as Word's `paragraph.text` and search see it: runs and control texts joined. */
  paragraphText(index: number): string {
    return paragraphDisplayText(this.paragraphs[index] ?? []);
  }

  /**
   * `range.insertContentControl()` on a stretch of text: the text becomes the new control's content. Null when the
   * stretch overlaps a control (nesting is not modelled) or lies outside its paragraph.
   */
  wrapInControl(span: SimSpan, type: SimControlType): SimControl | null {
    const runs = this.paragraphs[span.paragraph];
    if (!runs || span.start < 0 || span.end < span.start || span.end > paragraphDisplayText(runs).length) return null;
    const control = this.newControl(type, "", "", "");
    const out: DocRun[] = [];
    const text = (t: string) => {
      if (t !== "") out.push({ kind: "text", text: t });
    };
    let inside = "";
    let placed = false;
    let pos = 0;
    for (const run of runs) {
      const start = pos;
      const end = pos + runLength(run);
      pos = end;
      if (run.kind === "control") {
        // Touching a control's edge is fine; any overlap would nest or cut it.
        if (start < span.end && end > span.start) return null;
        if (!placed && start >= span.end) {
          out.push({ kind: "control", control });
          placed = true;
        }
        out.push(run);
        continue;
      }
      // Wrapping text that carries a tracked change is not modelled: refused like an overlap.
      if (run.change && start < span.end && end > span.start) return null;
      const a = Math.min(Math.max(span.start - start, 0), run.text.length);
      const b = Math.min(Math.max(span.end - start, 0), run.text.length);
      text(run.text.slice(0, a));
      inside += run.text.slice(a, b);
      if (!placed && end >= span.end) {
        out.push({ kind: "control", control });
        placed = true;
      }
      text(run.text.slice(b));
    }
    if (!placed) out.push({ kind: "control", control });
    control.segments = replacePlain(inside);
    runs.splice(0, runs.length, ...out);
    this.index = null;
    return control;
  }

  /** `insertText(text, "Replace")` on a control: tracked when the document tracks changes. */
  replaceControlText(control: SimControl, text: string): void {
    control.segments = this.trackingMode === "Off" ? replacePlain(text) : replaceTracked(control.segments, text, this.makeChange);
  }

  /** A new revision by the document's author, now. */
  private readonly makeChange = (type: "Added" | "Deleted") => ({ id: this.nextChangeId++, type, author: this.options.author, date: this.options.now() });

  /** A whole paragraph deleted under tracking: its text and its controls' text become deletions. False: nothing left. */
  private deleteTracked(runs: DocRun[]): boolean {
    const deletion = this.makeChange("Deleted");
    for (const run of [...runs]) {
      if (run.kind === "control") this.replaceControlText(run.control, "");
      else if (run.change?.type === "Added") runs.splice(runs.indexOf(run), 1);
      else run.change ??= deletion;
    }
    return runs.length > 0;
  }

  /**
   * Removes a control: with `keepContent` its text stays as plain text (ContentControl.delete(true)), otherwise the
   * text goes with it. Also plays the user deleting a control between the gateway's read and write syncs.
   */
  deleteControl(id: number, keepContent = false): boolean {
    for (const runs of this.paragraphs) {
      const index = runs.findIndex((r) => r.kind === "control" && r.control.id === id);
      const run = runs[index];
      if (run?.kind === "control") {
        const kept: DocRun[] = keepContent ? run.control.segments.map((s) => ({ kind: "text", text: s.text, ...(s.change ? { change: s.change } : {}) })) : [];
        runs.splice(index, 1, ...kept);
        mergeText(runs);
        this.index = null;
        this.notify();
        return true;
      }
    }
    return false;
  }

  /** Every tracked change in document order, in the body's text and inside controls. */
  trackedChanges(): TrackedChangeView[] {
    return this.paragraphs.flatMap((runs) =>
      runs.flatMap((run): TrackedChangeView[] =>
        run.kind === "text"
          ? run.change ? [{ ...run.change, text: run.text, controlId: null, tag: "" }] : []
          : run.control.segments.flatMap((s) => (s.change ? [{ ...s.change, text: s.text, controlId: run.control.id, tag: run.control.tag }] : [])),
      ),
    );
  }

  /** Controls overlapping a stretch of text, and the one holding all of it (null: none), in document order. */
  controlsAt(span: SimSpan): { overlapping: SimControl[]; holding: SimControl | null } {
    const overlapping: SimControl[] = [];
    let holding: SimControl | null = null;
    let pos = 0;
    for (const run of this.paragraphs[span.paragraph] ?? []) {
      const start = pos;
      pos += runLength(run);
      if (run.kind !== "control") continue;
      if (start < span.end && pos > span.start) overlapping.push(run.control);
      if (start <= span.start && span.end <= pos && span.end > span.start) holding = run.control;
    }
    return { overlapping, holding };
  }

  /** The tracked changes touching a stretch of text (Range.getTrackedChanges), body text and controls alike. */
  trackedChangesIn(span: SimSpan): TrackedChangeView[] {
    const ids = new Set<number>();
    let pos = 0;
    for (const run of this.paragraphs[span.paragraph] ?? []) {
      const pieces = run.kind === "text" ? [run] : run.control.segments;
      for (const piece of pieces) {
        const start = pos;
        pos += piece.text.length;
        if (piece.change && start < span.end && pos > span.start) ids.add(piece.change.id);
      }
    }
    return this.trackedChanges().filter((c) => ids.has(c.id));
  }

  /** Accepts or rejects one tracked change; false when no change has that id. */
  resolveChange(changeId: number, accept: boolean): boolean {
    if (this.paragraphs.some((runs) => resolveBodyChange(runs, changeId, accept))) {
      this.notify();
      return true;
    }
    for (const control of this.controls()) {
      const next = resolveChange(control.segments, changeId, accept);
      if (next) {
        control.segments = next;
        this.notify();
        return true;
      }
    }
    return false;
  }

  addXmlPart(xml: string, namespaceUri: string): SimXmlPart {
    const part = { id: `{SIM-PART-${this.nextPartId++}}`, namespaceUri, xml };
    this.xmlParts.push(part);
    return part;
  }

  deleteXmlPart(id: string): boolean {
    const index = this.xmlParts.findIndex((p) => p.id === id);
    if (index >= 0) this.xmlParts.splice(index, 1);
    return index >= 0;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** The paragraph's style id, if it came with one (insertOoxml); the renderer draws roles by it. */
  styleOf(runs: readonly DocRun[]): string | undefined {
    return this.styles.get(runs);
  }

  /** The table cell of every control in a table (ContentControl.parentTableCellOrNullObject), by control id. */
  controlCells(): Map<number, SimTableCell> {
    const cells = new Map<number, SimTableCell>();
    this.paragraphs.forEach((runs, index) => {
      const cell = this.layoutOf(index).table;
      if (cell) for (const run of runs) if (run.kind === "control") cells.set(run.control.id, cell);
    });
    return cells;
  }

  /** Table.values: each row's cells' texts, a cell's paragraphs joined by "\n" (`table`: its index in the document). */
  tableValues(table: number): string[][] {
    const rows: string[][] = [];
    this.paragraphs.forEach((runs, index) => {
      const cell = this.layoutOf(index).table;
      if (!cell || cell.table !== table) return;
      const row = (rows[cell.row] ??= []);
      const text = paragraphDisplayText(runs);
      row[cell.cell] = row[cell.cell] === undefined ? text : `${row[cell.cell]}\n${text}`;
    });
    return Array.from(rows, (row) => Array.from(row ?? [], (text) => text ?? ""));
  }

  /** The paragraph's table cell and list label ({} for a plain paragraph). */
  layoutOf(index: number): SimLayout {
    const runs = this.paragraphs[index];
    return (runs && this.layouts.get(runs)) ?? {};
  }

  private toRuns(paragraph: SimParagraph): DocRun[] {
    const runs = paragraph.runs.map((r): DocRun =>
      typeof r === "string"
        ? { kind: "text", text: r }
        : { kind: "control", control: this.newControl(r.type ?? "PlainText", r.tag, r.title, r.text, r.id) },
    );
    if (paragraph.style) this.styles.set(runs, paragraph.style);
    if (paragraph.table || paragraph.list) this.layouts.set(runs, { table: paragraph.table, list: paragraph.list });
    return runs;
  }

  private newControl(type: SimControlType, tag: string, title: string, text: string, id?: number): SimControl {
    const assigned = id ?? this.nextId++;
    return { id: assigned, tag, title, type, appearance: "BoundingBox", cannotEdit: false, segments: replacePlain(text) };
  }
}

/** What the reader sees of a paragraph, deletions included (they are drawn struck through). */
export function paragraphDisplayText(runs: readonly DocRun[]): string {
  return runs.map((r) => (r.kind === "text" ? r.text : segmentsText(r.control.segments, true))).join("");
}
