/**
 * The only code that talks to Word. Every operation is one Word.run with a fixed number of syncs, whatever the
 * number of controls: read = 1, readTrackingMode = 1, placesAround = 2, update = 1 read + 1 write, insert = 1 read + 1 write,
 * loadStored = at most 2, readAll (the pane's start: stored report + controls) = at most 2,
 * insertReport = 1 read + 1 write (the write sync also reads the new controls back).
 *
 * Requirement sets (see README): the manifest requires WordApi 1.4, so Word loads the add-in only where everything
 * up to 1.4 exists and nothing up to 1.4 is checked at run time (tests/office/requirementSets.test.ts).
 * contentControls, getSelection, insertContentControl, insertText, body.text, body.insertOoxml — WordApi 1.1;
 * parentContentControlOrNullObject — 1.3; customXmlParts, changeTrackingMode — 1.4; insertContentControl("PlainText") — 1.5;
 * tracked-change review — 1.6 (trackedChanges.ts); document.pageSetup — WordApiDesktop 1.3 (checked);
 * paragraphs and search — 1.1, getFirst — 1.3 (bindFigures.ts).
 */
import { NEWER_VERSION_MESSAGE, STORED_VERSION, storedVersionOf } from "../domain/storedReport";
import { BUILT_IN_PREFIXES } from "../forms/builtIn";
import { toGatewayError, writeSync } from "./errors";
import { CONTROL_PROPS, controlInfo } from "./controlRead";
import { createFieldControl, insertNearSelection, refuseInsideOurControl } from "./selectionInsert";
import {
  GatewayError,
  oursByPrefix,
  type DocumentRead,
  type IsOurs,
  type SupportsWordApi,
  type WordRun,
  type NewControl,
  type StartRead,
  type TrackingMode,
  type WordGateway,
  type WriteOutcome,
  type WritePlan,
} from "./gateway";

export interface GatewayOptions {
  /** The tag prefix of the form in use (the store's); without it, any built-in form's prefix counts as ours. */
  tagPrefix?: () => string;
}


/** Word names its modes "Off", "TrackAll", "TrackMineOnly"; the gateway speaks its own vocabulary. */
const FROM_WORD: Record<string, TrackingMode> = { Off: "off", TrackAll: "trackAll", TrackMineOnly: "trackMineOnly" };
// Office.js accepts the enum's string values; module load must not touch the Word global (absent in tests).
const TO_WORD = { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" } as Record<string, Word.ChangeTrackingMode>;

/**
 * Every custom XML part with its namespace (CustomXmlPartCollection.load, WordApi 1.4:
 * https://learn.microsoft.com/en-us/javascript/api/word/word.customxmlpartcollection): ours, and any of a newer
 * version, which getByNamespace(ours) would not find.
 */
function queueParts(context: Word.RequestContext): Word.CustomXmlPartCollection {
  const parts = context.document.customXmlParts;
  parts.load("id,namespaceUri");
  return parts;
}

function sortParts(parts: Word.CustomXmlPartCollection): { ours: Word.CustomXmlPart[]; newer: Word.CustomXmlPart | undefined } {
  const ours = parts.items.filter((p) => storedVersionOf(p.namespaceUri) === STORED_VERSION);
  const newer = parts.items.find((p) => (storedVersionOf(p.namespaceUri) ?? 0) > STORED_VERSION);
  return { ours, newer };
}

export function createOfficeGateway(run: WordRun, supports: SupportsWordApi, options: GatewayOptions = {}): WordGateway {
  const { tagPrefix } = options;
  const ours: IsOurs = oursByPrefix(tagPrefix ? () => [tagPrefix()] : () => BUILT_IN_PREFIXES);
  const guarded = <T>(batch: (context: Word.RequestContext) => Promise<T>) =>
    run(batch).catch((error: unknown) => {
      throw toGatewayError(error);
    });

  const storedParts = { queueParts, sortParts, saveStored };
  const parts = () => ({ guarded, supports, queueRead, toRead, ...storedParts });

  function queueRead(context: Word.RequestContext) {
    const controls = context.document.contentControls;
    controls.load(CONTROL_PROPS);
    context.document.load("changeTrackingMode");
    return controls;
  }

  function toRead(context: Word.RequestContext, controls: Word.ContentControlCollection): DocumentRead {
    return {
      controls: controls.items.filter((c) => ours(c.tag)).map(controlInfo),
      trackingMode: FROM_WORD[context.document.changeTrackingMode] ?? "off",
    };
  }

  return {
    loadStored: () =>
      guarded(async (context) => {
        const all = queueParts(context);
        await context.sync();
        const { ours: mine, newer } = sortParts(all);
        const first = newer ?? mine[0];
        if (!first) return null;
        const xml = first.getXml();
        await context.sync();
        return xml.value;
      }),

    readAll: () =>
      guarded(async (context): Promise<StartRead> => {
        const controls = queueRead(context);
        const all = queueParts(context);
        await context.sync();
        const read = { ...toRead(context, controls), tagged: controls.items.filter((c) => !!c.tag).map(controlInfo) };
        // getXml needs the part itself, known only after the first sync: the XML costs a second one, and only when
        // the document has a part of ours (a fresh document opens in one). A newer version's part wins, as in
        // loadStored, so the store refuses it rather than reading it as ours.
        const { ours: mine, newer } = sortParts(all);
        const first = newer ?? mine[0];
        if (!first) return { ...read, storedXml: null, syncs: 1 };
        const xml = first.getXml();
        await context.sync();
        return { ...read, storedXml: xml.value, syncs: 2 };
      }),

    read: () =>
      guarded(async (context) => {
        const controls = queueRead(context);
        await context.sync();
        return toRead(context, controls);
      }),

    placesAround: (tag) =>
      guarded(async (context) => {
        const controls = context.document.contentControls.getByTag(tag);
        controls.load("items/text");
        await context.sync();
        const paragraphs = controls.items.map((control) => control.paragraphs.load("items/text"));
        await context.sync();
        // A control spans one paragraph here; one that spans more is named by its first.
        return controls.items.map((control, i) => ({ text: control.text, paragraph: paragraphs[i]!.items[0]?.text ?? "" }));
      }),

    readTrackingMode: () =>
      guarded(async (context) => {
        context.document.load("changeTrackingMode");
        await context.sync();
        return FROM_WORD[context.document.changeTrackingMode] ?? "off";
      }),

    insertAtSelection: (control: NewControl) =>
      guarded(async (context) => {
        // At the end of the selection (WordApi 1.3, checked with parentContentControlOrNullObject): a control inserted
        // on selected text would wrap it and the Replace below would delete the clerk's text.
        const selection = context.document.getSelection().getRange(Word.RangeLocation.end);
        const parent = selection.parentContentControlOrNullObject;
        parent.load("tag,title");
        await context.sync();
        refuseInsideOurControl(parent, ours);
        const created = createFieldControl(selection, supports, control);
        created.insertText(control.text, Word.InsertLocation.replace);
        await writeSync(context);
      }),

    insertNearSelection: (control, decide) => insertNearSelection(guarded, supports, ours, control, decide),

    update: (plan: (read: DocumentRead) => WritePlan) =>
      guarded(async (context): Promise<WriteOutcome> => {
        const controls = queueRead(context);
        const all = queueParts(context);
        await context.sync();
        const parts = sortParts(all);
        // A newer add-in's data must not be overwritten, nor doubled with a part of ours: refused before any write.
        if (parts.newer) throw new GatewayError(NEWER_VERSION_MESSAGE, "newerVersion");

        const read = toRead(context, controls);
        const decided = plan(read);
        const track = decided.trackChanges && read.trackingMode !== "trackAll";
        if (track) context.document.changeTrackingMode = TO_WORD.trackAll!;
        let written = 0;
        for (const item of controls.items) {
          const text = decided.texts.get(item.id);
          if (text === undefined) continue;
          item.insertText(text, Word.InsertLocation.replace);
          written += 1;
        }
        // Restored in the same batch: Word applies commands in order, so only our writes are tracked.
        if (track) context.document.changeTrackingMode = TO_WORD[read.trackingMode]!;
        if (decided.storedXml !== null) saveStored(context, { items: parts.ours }, decided.storedXml);
        try {
          await writeSync(context);
        } catch (error) {
          // Commands before the failing one were applied, our switch to TrackAll among them: put the mode back.
          if (track) await restoreTracking(run, read.trackingMode);
          throw error;
        }
        return { written, syncs: 2 };
      }),

    // Only the «Văn bản cũ» tab reads the text or binds figures: that code loads with it, not with the pane.
    readText: () =>
      import("./bindFigures").then(({ queueTextRead, toTextRead }) =>
        guarded(async (context) => {
          const read = queueTextRead(context);
          await context.sync();
          return toTextRead(read, ours);
        }),
      ),

    bindFigures: (plan, stored) =>
      import("./bindFigures").then((m) => m.bindFigures(guarded, supports, plan, ours, stored && { parts: storedParts, xml: stored })),
    showFigure: (address, paragraphText) => import("./chooseFigure").then((m) => m.showFigure(guarded, address, paragraphText)),
    bindSelection: (control, accept, stored) =>
      import("./chooseFigure").then((m) => m.bindSelection(guarded, supports, ours, control, accept, stored && { parts: storedParts, xml: stored })),
    unbindField: (tag, stored) => import("./chooseFigure").then((m) => m.unbindField(guarded, ours, tag, stored && { parts: storedParts, xml: stored })),

    // Once a quarter: the insertion's code loads with «Tạo báo cáo mới», not with the pane.
    insertReport: (report, { replace }) =>
      import("./insertReport").then((m) =>
        m.insertReport({ guarded, supports, queueRead, toRead, saveStored, ours }, report, replace),
      ),

    // «Thiết kế mẫu» only: its code loads with that tab.
    authoring: () => import(/* webpackChunkName: "form-design" */ "./authoring").then((m) => m.authoringGateway(parts())),

    // Only the leaders' review uses these: their code loads with it, not with the pane.
    listTrackedChanges: () => import("./trackedChanges").then((m) => m.listTrackedChanges(guarded, supports, ours)),
    resolveTrackedChanges: (tags, accept) =>
      import("./trackedChanges").then((m) => m.resolveTrackedChanges(guarded, supports, tags, accept, ours)),
  };
}

async function restoreTracking(run: WordRun, mode: TrackingMode): Promise<void> {
  await run(async (context) => {
    context.document.changeTrackingMode = TO_WORD[mode]!;
    await context.sync();
  }).catch(() => undefined); // best effort: the clerk is already told the update failed
}

export function saveStored(context: Word.RequestContext, parts: { items: Word.CustomXmlPart[] }, xml: string): void {
  const [first, ...extra] = parts.items;
  if (first) first.setXml(xml);
  else context.document.customXmlParts.add(xml);
  for (const part of extra) part.delete();
}
