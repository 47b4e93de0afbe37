/**
 * Recognised figures in a typed document become content controls. Three syncs whatever the number of figures:
 * 1. read: every paragraph's text (with its table cell and list label: paragraphShapes.ts) and every control;
 * 2. locate and check, read only: in each paragraph holding a figure, Word's own search for the figure's context (it
 *    must occur exactly once) and for the figure (the matches must be the ones our text predicts), with what the
 *    safety check needs: the paragraph's controls, the control holding it, and (WordApi 1.6) its tracked changes. A
 *    figure that might lie inside someone else's control or hold an undecided revision is listed, not bound. Word's
 *    search does not find a phrase broken by a tracked deletion (OfficeDev/office-js#5874): such a context is
 *    unconfirmed;
 * 3. write: the safe figures (the n-th match of the figure's own search) wrapped in tagged controls, the stored part
 *    saved when the caller gives one (what recognition leaves for the clerk must survive closing the pane), our
 *    controls loaded again after the writes.
 * Step 2 only reads and needs no item to exist (searches give collections, possibly empty), so nothing can reject it
 * half way. If the write sync still fails (the user edited meanwhile, or Word refuses), the controls it created are
 * removed again, keeping their text, and the stored part is put back as sync 2 read it, whether Word kept part of the
 * batch or none of it (undocumented: see docs/word-simulation.md), and the clerk is told which figures were not bound.
 *
 * Requirement sets: body.paragraphs, Paragraph.text, Paragraph.search, Range.contentControls, insertContentControl(),
 * ContentControl.delete — WordApi 1.1; Paragraph.getRange, Range.expandTo, Range.parentContentControlOrNullObject and
 * the paragraph shapes — 1.3 (below the manifest's 1.4, so not checked); insertContentControl("PlainText") — 1.5 (checked, rich text below); Range.getTrackedChanges — 1.6 (checked;
 * below it a revision inside a figure is caught by the failed-write path).
 */
import { wordFindText } from "../domain/import/addresses";
import { describeWordError, unwrap, writeSync, writtenSentence } from "./errors";
import {
  GatewayError, type BindBlock, type BindOutcome, type ControlInfo, type FigureAddress, type IsOurs, type SupportsWordApi, type TextRead,
} from "./gateway";
import { queueShapes, shapesOf } from "./paragraphShapes";
import { CONTROL_PROPS, controlInfo } from "./controlRead";
import { blockAt, figureMatch, type ParagraphGuard } from "./figureSpans";
import { ourParts, type StoredParts } from "./storedParts";

type Guarded = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Exact text: "Hợp đồng" must not match "hợp đồng" elsewhere, and the count check relies on it. */
const EXACT = { matchCase: true };

export function queueTextRead(context: Word.RequestContext) {
  const paragraphs = context.document.body.paragraphs;
  queueShapes(paragraphs);
  const controls = context.document.contentControls;
  controls.load(CONTROL_PROPS);
  return { paragraphs, controls };
}

export function oursOf(controls: Word.ContentControlCollection, ours: IsOurs): ControlInfo[] {
  return controls.items
    .filter((c) => ours(c.tag))
    .map(controlInfo);
}

export function toTextRead(read: ReturnType<typeof queueTextRead>, ours: IsOurs): TextRead {
  return {
    paragraphs: read.paragraphs.items.map((p) => p.text),
    shapes: shapesOf(read.paragraphs),
    controls: oursOf(read.controls, ours),
  };
}

/** What sync 2 reads of one paragraph for the safety check. */
function queueGuard(paragraph: Word.Paragraph, supports: SupportsWordApi) {
  const whole = paragraph.getRange(Word.RangeLocation.whole);
  const controls = whole.contentControls;
  controls.load("text");
  const holder = whole.parentContentControlOrNullObject;
  holder.load("id");
  const changes = supports("1.6") ? whole.getTrackedChanges() : null;
  changes?.load("text");
  return { controls, holder, changes };
}

function guardOf(queued: ReturnType<typeof queueGuard>): ParagraphGuard {
  return {
    inControl: !queued.holder.isNullObject,
    controlTexts: queued.controls.items.map((c) => c.text),
    changeTexts: queued.changes ? queued.changes.items.map((c) => c.text) : [],
  };
}

export function bindFigures(
  guarded: Guarded,
  supports: SupportsWordApi,
  plan: (read: TextRead) => FigureAddress[] | null,
  ours: IsOurs,
  stored?: { parts: StoredParts; xml: (bound: readonly FigureAddress[]) => string | null },
): Promise<BindOutcome> {
  return guarded(async (context) => {
    const first = queueTextRead(context);
    const allParts = stored ? stored.parts.queueParts(context) : null;
    await context.sync();
    const saved = stored && allParts ? ourParts(stored.parts, allParts) : null;
    const read = toTextRead(first, ours);
    const existing = new Set(first.controls.items.map((c) => c.id));
    const planned = plan(read);
    // The caller must ask the clerk before anything is written: the read is all this operation did.
    if (planned === null) return { bound: [], unconfirmed: [], blocked: [], controls: read.controls, syncs: 1 };
    const addresses = planned.filter((a) => read.paragraphs[a.paragraph] !== undefined);

    const paragraph = (index: number) => first.paragraphs.items[index]!;
    const search = (index: number, text: string) => paragraph(index).search(wordFindText(text), EXACT).load("text");
    const guards = new Map<number, ReturnType<typeof queueGuard>>();
    for (const a of addresses) if (!guards.has(a.paragraph)) guards.set(a.paragraph, queueGuard(paragraph(a.paragraph), supports));
    const located = addresses.map((address) => ({
      address,
      context: search(address.paragraph, address.context),
      figure: search(address.paragraph, address.figure),
      tail: address.tail ? { context: search(address.paragraph, address.tail.context), figure: search(address.paragraph, address.tail.figure) } : null,
    }));
    // The part as it is, read beside the searches, so a failed write can put it back.
    const savedXml = saved?.items[0]?.getXml() ?? null;
    await context.sync();

    const unconfirmed: FigureAddress[] = [];
    const blocked: BindOutcome["blocked"] = [];
    const safe: Array<{ address: FigureAddress; range: Word.Range }> = [];
    for (const { address, context: found, figure, tail } of located) {
      const text = read.paragraphs[address.paragraph]!;
      const head = figureMatch(text, address.context, address.figure, found.items, figure.items);
      const end = address.tail && tail ? figureMatch(text, address.tail.context, address.tail.figure, tail.context.items, tail.figure.items) : null;
      if (!head || (address.tail && !end)) {
        unconfirmed.push(address);
        continue;
      }
      const reason: BindBlock | null = blockAt(guardOf(guards.get(address.paragraph)!), head.start, end ? end.end : head.end, text);
      if (reason) blocked.push({ address, reason });
      else safe.push({ address, range: end ? head.range.expandTo(end.range) : head.range });
    }

    for (const { address, range } of safe) {
      const control = supports("1.5") ? range.insertContentControl(Word.ContentControlType.plainText) : range.insertContentControl();
      control.tag = address.tag;
      control.title = address.title;
      control.appearance = Word.ContentControlAppearance.boundingBox;
    }
    // After the controls, as «Cập nhật văn bản» saves: the part describes what this write did.
    const xml = stored && saved ? stored.xml(safe.map((c) => c.address)) : null;
    if (stored && saved && xml !== null) stored.parts.saveStored(context, saved, xml);
    const after = context.document.contentControls;
    after.load(CONTROL_PROPS);
    try {
      await writeSync(context);
    } catch (error) {
      const first = saved?.items[0];
      const part: PartBefore | null =
        stored && saved && xml !== null
          ? { parts: stored.parts, ids: new Set(saved.items.map((p) => p.id)), first: first && savedXml ? { id: first.id, xml: savedXml.value } : null }
          : null;
      throw await undoBinding(context, error, existing, safe.map((c) => c.address), part);
    }
    return { bound: safe.map((c) => c.address), unconfirmed, blocked, controls: oursOf(after, ours), syncs: 3 };
  });
}

/** Our stored parts as the read found them: their ids, and the one saved into with its XML (null: there was none). */
interface PartBefore {
  parts: StoredParts;
  ids: ReadonlySet<string>;
  first: { id: string; xml: string } | null;
}

/**
 * After a failed write sync: removes every control created since the read (keeping its text) and puts the stored part
 * back (a part the write added goes, the one there gets its XML again), so the document is as it was whatever Word
 * kept of the batch, and names the figures that were not bound.
 */
async function undoBinding(
  context: Word.RequestContext,
  failure: unknown,
  existing: ReadonlySet<number>,
  tried: readonly FigureAddress[],
  part: PartBefore | null,
): Promise<GatewayError> {
  const word = describeWordError(unwrap(failure).error);
  const names = `Chưa gắn được ${tried.length} số liệu: ${tried.map((a) => `«${a.title}»`).join(", ")}.`;
  const tags = new Set(tried.map((a) => a.tag));
  try {
    const controls = context.document.contentControls;
    controls.load("id,tag");
    const parts = part?.parts.queueParts(context);
    await context.sync();
    for (const control of controls.items) {
      if (!existing.has(control.id) && (control.tag === "" || tags.has(control.tag))) control.delete(true);
    }
    if (part && parts) {
      for (const now of part.parts.sortParts(parts).ours) {
        if (!part.ids.has(now.id)) now.delete();
        else if (part.first && now.id === part.first.id) now.setXml(part.first.xml);
      }
    }
    await context.sync();
  } catch (undoError) {
    const detail = describeWordError(unwrap(undoError).error).wordCode ?? "lỗi không rõ";
    return new GatewayError(`${word.message} ${names} Không gỡ lại được (${detail}). ${writtenSentence("partial")}`, word.code, "partial", word.wordCode);
  }
  return new GatewayError(`${word.message} ${names} ${writtenSentence("restored")}`, word.code, "restored", word.wordCode);
}
