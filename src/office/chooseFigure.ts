/**
 * The clerk's choice for an unclear figure, loaded with «Văn bản cũ»: show a candidate in the document, bind what is
 * selected as the field, or undo that. Each is 1 read sync + 1 write sync, whatever the size of the document; binding
 * and undoing save the stored part in their write when the store gives one (the list of figures still unclear).
 *
 * Word API: Range.select() — WordApi 1.1 (https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-select-member(1));
 * Document.getSelection, Range.search, Range.contentControls, Range.insertContentControl() ("wraps the Range object
 * with a content control" on a non-empty range), ContentControlCollection.getByTag, ContentControl.delete(keepContent:
 * "If keepContent is set to true, the content isn't deleted") — 1.1; RangeCollection.getFirst,
 * Range.parentContentControlOrNullObject — 1.3; insertContentControl("PlainText") — 1.5 (checked, rich text below);
 * Range.getTrackedChanges — 1.6 (checked).
 */
import { wordFindText } from "../domain/import/addresses";
import { writeSync } from "./errors";
import { oursOf } from "./bindFigures";
import { CONTROL_PROPS } from "./controlRead";
import { GatewayError, type ChosenBinding, type ControlInfo, type FigureAddress, type IsOurs, type SupportsWordApi } from "./gateway";
import { ourParts, type StoredParts } from "./storedParts";

/** The stored part to save with a choice, decided once the choice is known (null: leave the part). */
type StoredWith = { parts: StoredParts; xml: () => string | null };

/** Queued in the read sync; after it, our parts (refused when a newer add-in's part is there). */
function queueStored(context: Word.RequestContext, stored: StoredWith | undefined) {
  const all = stored?.parts.queueParts(context);
  return () => (stored && all ? ourParts(stored.parts, all) : null);
}

function saveWith(context: Word.RequestContext, stored: StoredWith | undefined, parts: { items: Word.CustomXmlPart[] } | null): void {
  const xml = stored && parts ? stored.xml() : null;
  if (stored && parts && xml !== null) stored.parts.saveStored(context, parts, xml);
}

type Guarded = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

const EXACT = { matchCase: true };
const CHANGED = "Đoạn văn chứa số này đã thay đổi từ lần nhận diện. Hãy bấm «Nhận diện số liệu» lại, hoặc bôi đen con số trong văn bản rồi bấm «Gắn vào».";

/** Selects the candidate: its paragraph must still read as when it was recognised, so its context finds it. */
export function showFigure(guarded: Guarded, address: FigureAddress, paragraphText: string): Promise<{ syncs: number }> {
  return guarded(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load("text");
    await context.sync();
    const paragraph = paragraphs.items[address.paragraph];
    if (!paragraph || paragraph.text !== paragraphText) throw new GatewayError(CHANGED, "failed");
    // The context occurs once in this text and the figure first occurs in it at its place (addresses.ts): both
    // searches find what we mean. Selecting changes no text.
    paragraph.search(wordFindText(address.context), EXACT).getFirst().search(wordFindText(address.figure), EXACT).getFirst().select(Word.SelectionMode.select);
    await context.sync();
    return { syncs: 2 };
  });
}

export function bindSelection(
  guarded: Guarded,
  supports: SupportsWordApi,
  ours: IsOurs,
  control: { tag: string; title: string },
  accept: (selected: string) => string | null,
  stored?: StoredWith,
): Promise<ChosenBinding> {
  return guarded(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    const holder = selection.parentContentControlOrNullObject;
    holder.load("title,tag");
    const inside = selection.contentControls;
    inside.load("id");
    const changes = supports("1.6") ? selection.getTrackedChanges() : null;
    changes?.load("type");
    const partsRead = queueStored(context, stored);
    await context.sync();
    const parts = partsRead();

    const text = selection.text.trim();
    if (!holder.isNullObject || inside.items.length > 0) {
      const where = holder.isNullObject ? "một ô nội dung" : `ô «${holder.title || holder.tag}»`;
      throw new GatewayError(`Chỗ đang chọn nằm trong hoặc chứa ${where}. Hãy chọn một con số chưa gắn vào ô nào.`, "insideControl");
    }
    if (changes && changes.items.length > 0) {
      throw new GatewayError("Chỗ đang chọn có thay đổi đang theo dõi chưa duyệt. Hãy chấp nhận hoặc từ chối thay đổi đó trước.", "failed");
    }
    const refusal = accept(selection.text);
    if (refusal !== null) throw new GatewayError(refusal, "failed");
    // Word's double-click also takes the space after a word: the control holds the number only, its text unchanged.
    const target = text === selection.text ? selection : selection.search(text, EXACT).getFirst();
    const created = supports("1.5") ? target.insertContentControl(Word.ContentControlType.plainText) : target.insertContentControl();
    created.tag = control.tag;
    created.title = control.title;
    created.appearance = Word.ContentControlAppearance.boundingBox;
    saveWith(context, stored, parts);
    const after = context.document.contentControls;
    after.load(CONTROL_PROPS);
    await writeSync(context);
    return { text, controls: oursOf(after, ours), syncs: 2 };
  });
}

export function unbindField(
  guarded: Guarded,
  ours: IsOurs,
  tag: string,
  stored?: StoredWith,
): Promise<{ controls: ControlInfo[]; removed: number; syncs: number }> {
  return guarded(async (context) => {
    const mine = context.document.contentControls.getByTag(tag);
    mine.load("id");
    const all = context.document.contentControls;
    all.load(CONTROL_PROPS);
    const partsRead = queueStored(context, stored);
    await context.sync();
    const parts = partsRead();
    for (const item of mine.items) item.delete(true);
    saveWith(context, stored, parts);
    await writeSync(context);
    const removed = new Set(mine.items.map((c) => c.id));
    return { controls: oursOf(all, ours).filter((c) => !removed.has(c.id)), removed: removed.size, syncs: 2 };
  });
}
