/**
 * What the self-check does to the document besides calling the gateway: write a sample sentence, put the cursor or
 * the selection on it, read what the document holds, and empty it again. Written against the Word API itself, so
 * the same code runs in the simulation (jest, the preview) and in Word. One Word.run per step.
 *
 * Requirement sets: body.insertText, body.clear, paragraphs, search, Range.select, insertContentControl,
 * contentControls — WordApi 1.1; getFirst — 1.3; customXmlParts, changeTrackingMode — 1.4 (the manifest's minimum,
 * so not checked); tracked changes — 1.6 (checked).
 */
import { STORE_NAMESPACE } from "../gateway";
import type { SupportsWordApi, WordRun } from "../gateway";

export interface DocumentState {
  /** The body's text, paragraphs joined with "\r". */
  text: string;
  controls: { tag: string; text: string }[];
  /** `type:text` per tracked change, in document order (WordApi 1.6; empty below it). */
  changes: string[];
  /** How many of our custom XML parts the document holds. */
  storedParts: number;
  trackingMode: string;
}

export interface Driver {
  state(): Promise<DocumentState>;
  /** Writes `text` as the document's only paragraph's content (the document must be empty). */
  write(text: string): Promise<void>;
  /** Selects the first `text` in the first paragraph, or puts the cursor just after it. */
  select(text: string, mode: "Select" | "End"): Promise<void>;
  /** Wraps the first `text` in a plain-text control with this tag and title. */
  addControl(text: string, tag: string, title: string): Promise<void>;
  setTracking(mode: string): Promise<void>;
  /** Tracking off, every revision accepted, the body and our stored parts removed. */
  empty(): Promise<void>;
}

export function createDriver(run: WordRun, supports: SupportsWordApi): Driver {
  const firstMatch = (context: Word.RequestContext, text: string) =>
    context.document.body.paragraphs.getFirst().search(text, { matchCase: true }).getFirst();

  return {
    state: () =>
      run(async (context) => {
        const body = context.document.body;
        body.load("text");
        const controls = context.document.contentControls;
        controls.load("tag,text");
        const changes = supports("1.6") ? body.getTrackedChanges() : null;
        changes?.load("type,text");
        const parts = context.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
        parts.load("id");
        context.document.load("changeTrackingMode");
        await context.sync();
        return {
          text: body.text,
          controls: controls.items.map((c) => ({ tag: c.tag, text: c.text })),
          changes: changes ? changes.items.map((c) => `${c.type}:${c.text}`) : [],
          storedParts: parts.items.length,
          trackingMode: context.document.changeTrackingMode,
        };
      }),

    write: (text) =>
      run(async (context) => {
        context.document.body.insertText(text, Word.InsertLocation.start);
        await context.sync();
      }),

    select: (text, mode) =>
      run(async (context) => {
        firstMatch(context, text).select(mode === "Select" ? Word.SelectionMode.select : Word.SelectionMode.end);
        await context.sync();
      }),

    addControl: (text, tag, title) =>
      run(async (context) => {
        const range = firstMatch(context, text);
        const control = supports("1.5") ? range.insertContentControl(Word.ContentControlType.plainText) : range.insertContentControl();
        control.tag = tag;
        control.title = title;
        await context.sync();
      }),

    setTracking: (mode) =>
      run(async (context) => {
        context.document.changeTrackingMode = mode as Word.ChangeTrackingMode;
        await context.sync();
      }),

    empty: () =>
      run(async (context) => {
        // Off first, so clearing is not itself recorded as revisions to review.
        context.document.changeTrackingMode = Word.ChangeTrackingMode.off;
        if (supports("1.6")) context.document.body.getTrackedChanges().acceptAll();
        context.document.body.clear();
        const parts = context.document.customXmlParts.getByNamespace(STORE_NAMESPACE);
        parts.load("id");
        await context.sync();
        for (const part of parts.items) part.delete();
        await context.sync();
      }),
  };
}
