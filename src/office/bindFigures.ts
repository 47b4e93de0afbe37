/**
 * Recognised figures in a typed document become content controls. Three syncs whatever the number of figures:
 * 1. read: every paragraph's text and our controls;
 * 2. locate: each address's context searched in its paragraph, loaded to check Word finds it exactly once;
 * 3. write: in each confirmed context, the figure's first occurrence wrapped in a control, tagged and titled;
 *    our controls loaded again after the writes (a load queued after writes sees them).
 * The locate sync is what keeps the write batch from failing half-way: Word batches are not transactions, and a
 * getFirst() that finds nothing would reject the sync after some controls were inserted.
 *
 * Requirement sets: body.paragraphs, Paragraph.text, Paragraph.search, Range.search, insertContentControl() — WordApi
 * 1.1; RangeCollection.getFirst, Range.expandTo (figures longer than one search) — 1.3; insertContentControl("PlainText")
 * — 1.5 (checked, rich text below).
 */
import { type BindOutcome, type ControlInfo, type FigureAddress, type IsOurs, type SupportsWordApi, type TextRead } from "./gateway";

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
    const addresses = plan(read).filter((a) => read.paragraphs[a.paragraph] !== undefined);

    const search = (paragraph: number, text: string) => first.paragraphs.items[paragraph]!.search(text, EXACT).load("text");
    const located = addresses.map((address) => ({
      address,
      found: search(address.paragraph, address.context),
      tail: address.tail ? search(address.paragraph, address.tail.context) : null,
    }));
    await context.sync();

    const bound: FigureAddress[] = [];
    const unconfirmed: FigureAddress[] = [];
    for (const { address, found, tail } of located) {
      const only = onlyMatch(found, address.context);
      const tailOnly = tail && address.tail ? onlyMatch(tail, address.tail.context) : null;
      if (!only || (address.tail && !tailOnly)) {
        unconfirmed.push(address);
        continue;
      }
      const head = only.search(address.figure, EXACT).getFirst();
      const figure = tailOnly && address.tail ? head.expandTo(tailOnly.search(address.tail.figure, EXACT).getFirst()) : head;
      const control = supports("1.5")
        ? figure.insertContentControl(Word.ContentControlType.plainText)
        : figure.insertContentControl();
      control.tag = address.tag;
      control.title = address.title;
      control.appearance = Word.ContentControlAppearance.boundingBox;
      bound.push(address);
    }
    const after = context.document.contentControls;
    after.load(CONTROL_PROPS);
    await context.sync();
    return { bound, unconfirmed, controls: oursOf(after, ours), syncs: 3 };
  });
}
