/**
 * Recognised figures in a typed document become content controls. Four syncs whatever the number of figures:
 * 1. read: every paragraph's text and every control;
 * 2. locate: each address's context searched in its paragraph, loaded to check Word finds it exactly once;
 * 3. check: in each confirmed context, the figure's range, with the control holding it, the controls inside it and
 *    (WordApi 1.6) its tracked changes: a figure inside someone else's control or holding an undecided revision is
 *    left alone and listed. Word's search does not find a phrase broken by a tracked deletion (OfficeDev/office-js#5874),
 *    so such a context is already unconfirmed at step 2;
 * 4. write: the safe figures wrapped in tagged controls, our controls loaded again after the writes.
 * Steps 2 and 3 only read: a getFirst() that finds nothing there rejects a sync that has written nothing. If the write
 * sync still fails (the user edited meanwhile, or Word refuses), the controls it created are removed again, keeping
 * their text, whether Word kept part of the batch or none of it (undocumented: see docs/word-simulation.md), and the
 * clerk is told which figures were not bound.
 *
 * Requirement sets: body.paragraphs, Paragraph.text, Paragraph.search, Range.search, Range.contentControls,
 * insertContentControl(), ContentControl.delete — WordApi 1.1; RangeCollection.getFirst, Range.expandTo,
 * Range.parentContentControlOrNullObject — 1.3; insertContentControl("PlainText") — 1.5 (checked, rich text below);
 * Range.getTrackedChanges — 1.6 (checked; below it a revision inside a figure is caught by the failed-write path).
 */
import { describeWordError, unwrap, writeSync, writtenSentence } from "./errors";
import {
  GatewayError, type BindBlock, type BindOutcome, type ControlInfo, type FigureAddress, type IsOurs, type SupportsWordApi, type TextRead,
} from "./gateway";

type Guarded = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

const CONTROL_PROPS = "id,tag,title,text,cannotEdit";
/** Exact text: "Hợp đồng" must not match "hợp đồng" elsewhere, and the count check relies on it. */
const EXACT = { matchCase: true };

export function queueTextRead(context: Word.RequestContext) {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("text");
  const controls = context.document.contentControls;
  controls.load(CONTROL_PROPS);
  return { paragraphs, controls };
}

export function oursOf(controls: Word.ContentControlCollection, ours: IsOurs): ControlInfo[] {
  return controls.items
    .filter((c) => ours(c.tag))
    .map(({ id, tag, title, text, cannotEdit }) => ({ id, tag, title, text, cannotEdit }));
}

export function toTextRead(read: ReturnType<typeof queueTextRead>, ours: IsOurs): TextRead {
  return { paragraphs: read.paragraphs.items.map((p) => p.text), controls: oursOf(read.controls, ours) };
}

/** The one match Word found, if it found exactly one and reads it as we do. */
function onlyMatch(found: Word.RangeCollection, text: string): Word.Range | null {
  return found.items.length === 1 && found.items[0]!.text === text ? found.items[0]! : null;
}

/** Queues the figure's range inside its confirmed context, and what must be true of it before it is wrapped. */
function queueCheck(address: FigureAddress, only: Word.Range, tail: Word.Range | null, supports: SupportsWordApi) {
  const head = only.search(address.figure, EXACT).getFirst();
  const range = tail && address.tail ? head.expandTo(tail.search(address.tail.figure, EXACT).getFirst()) : head;
  const holder = range.parentContentControlOrNullObject;
  holder.load("id");
  const inside = range.contentControls;
  inside.load("id");
  const changes = supports("1.6") ? range.getTrackedChanges() : null;
  changes?.load("type");
  return { address, range, holder, inside, changes };
}

function blockOf(check: ReturnType<typeof queueCheck>): BindBlock | null {
  if (!check.holder.isNullObject || check.inside.items.length > 0) return "insideControl";
  return check.changes && check.changes.items.length > 0 ? "trackedChange" : null;
}

export function bindFigures(
  guarded: Guarded,
  supports: SupportsWordApi,
  plan: (read: TextRead) => FigureAddress[],
  ours: IsOurs,
): Promise<BindOutcome> {
  return guarded(async (context) => {
    const first = queueTextRead(context);
    await context.sync();
    const read = toTextRead(first, ours);
    const existing = new Set(first.controls.items.map((c) => c.id));
    const addresses = plan(read).filter((a) => read.paragraphs[a.paragraph] !== undefined);

    const search = (paragraph: number, text: string) => first.paragraphs.items[paragraph]!.search(text, EXACT).load("text");
    const located = addresses.map((address) => ({
      address,
      found: search(address.paragraph, address.context),
      tail: address.tail ? search(address.paragraph, address.tail.context) : null,
    }));
    await context.sync();

    const unconfirmed: FigureAddress[] = [];
    const checks: ReturnType<typeof queueCheck>[] = [];
    for (const { address, found, tail } of located) {
      const only = onlyMatch(found, address.context);
      const tailOnly = tail && address.tail ? onlyMatch(tail, address.tail.context) : null;
      if (!only || (address.tail && !tailOnly)) unconfirmed.push(address);
      else checks.push(queueCheck(address, only, tailOnly, supports));
    }
    await context.sync();

    const blocked: BindOutcome["blocked"] = [];
    const safe: ReturnType<typeof queueCheck>[] = [];
    for (const check of checks) {
      const reason = blockOf(check);
      if (reason) blocked.push({ address: check.address, reason });
      else safe.push(check);
    }
    for (const { address, range } of safe) {
      const control = supports("1.5") ? range.insertContentControl(Word.ContentControlType.plainText) : range.insertContentControl();
      control.tag = address.tag;
      control.title = address.title;
      control.appearance = Word.ContentControlAppearance.boundingBox;
    }
    const after = context.document.contentControls;
    after.load(CONTROL_PROPS);
    try {
      await writeSync(context);
    } catch (error) {
      throw await undoBinding(context, error, existing, safe.map((c) => c.address));
    }
    return { bound: safe.map((c) => c.address), unconfirmed, blocked, controls: oursOf(after, ours), syncs: 4 };
  });
}

/**
 * After a failed write sync: removes every control created since the read (keeping its text), so the document is
 * as it was whatever Word kept of the batch, and names the figures that were not bound.
 */
async function undoBinding(context: Word.RequestContext, failure: unknown, existing: ReadonlySet<number>, tried: readonly FigureAddress[]): Promise<GatewayError> {
  const word = describeWordError(unwrap(failure).error);
  const names = `Chưa gắn được ${tried.length} số liệu: ${tried.map((a) => `«${a.title}»`).join(", ")}.`;
  const tags = new Set(tried.map((a) => a.tag));
  try {
    const controls = context.document.contentControls;
    controls.load("id,tag");
    await context.sync();
    for (const control of controls.items) {
      if (!existing.has(control.id) && (control.tag === "" || tags.has(control.tag))) control.delete(true);
    }
    await context.sync();
  } catch (undoError) {
    const detail = describeWordError(unwrap(undoError).error).wordCode ?? "lỗi không rõ";
    return new GatewayError(`${word.message} ${names} Không gỡ lại được (${detail}). ${writtenSentence("partial")}`, word.code, "partial", word.wordCode);
  }
  return new GatewayError(`${word.message} ${names} ${writtenSentence("restored")}`, word.code, "restored", word.wordCode);
}
