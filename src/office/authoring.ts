/**
 * «Thiết kế mẫu» in Word, loaded with its tab: every operation is 1 read sync and 1 write sync whatever the size of
 * the document, and the write saves the stored report (with the changed form) in the same batch.
 *
 * Word behaviour relied on (Microsoft Learn, Word JavaScript API):
 * - Range.insertContentControl on a non-empty range "wraps the Range object with a content control" (WordApi 1.1;
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-insertcontentcontrol-member(1)).
 * - ContentControl.delete(keepContent): "Deletes the content control and its content. If keepContent is set to
 *   true, the content isn't deleted." (WordApi 1.1;
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrol#word-word-contentcontrol-delete-member(1)).
 * - Range.paragraphs (1.1), Range.text (1.1), Range.parentContentControlOrNullObject (1.3), Range.search (1.1) and
 *   RangeCollection.getFirst (1.3).
 */
import { ourParts, type StoredParts } from "./storedParts";
import {
  GatewayError,
  type AuthoringGateway,
  type ControlInfo,
  type ControlRevision,
  type DocumentRead,
  type SupportsWordApi,
  type NewControl,
  type RevisedControls,
  type SelectionRead,
  type WrappedSelection,
} from "./gateway";

/** What the authoring operations borrow from officeGateway.ts. */
export interface AuthoringParts extends StoredParts {
  guarded: <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;
  supports: SupportsWordApi;
  queueRead(context: Word.RequestContext): Word.ContentControlCollection;
  toRead(context: Word.RequestContext, controls: Word.ContentControlCollection): DocumentRead;
}

function queueSelection(context: Word.RequestContext) {
  const selection = context.document.getSelection();
  selection.load("text");
  const paragraphs = selection.paragraphs;
  paragraphs.load("text");
  const parent = selection.parentContentControlOrNullObject;
  parent.load("tag,title");
  return { selection, paragraphs, parent };
}

function toSelection({ selection, paragraphs, parent }: ReturnType<typeof queueSelection>): SelectionRead {
  return {
    text: selection.text,
    paragraph: paragraphs.items[0]?.text ?? "",
    inside: parent.isNullObject ? null : { tag: parent.tag ?? "", title: parent.title ?? "" },
  };
}

export function readSelection({ guarded, supports }: AuthoringParts): Promise<SelectionRead> {
  return guarded(async (context) => {
    requireSelectionApi(supports);
    const read = queueSelection(context);
    await context.sync();
    return toSelection(read);
  });
}

export function wrapSelection(
  parts: AuthoringParts,
  control: Omit<NewControl, "text">,
  plan: (selection: SelectionRead) => string | null,
): Promise<WrappedSelection> {
  const { guarded, supports, saveStored } = parts;
  return guarded(async (context): Promise<WrappedSelection> => {
    requireSelectionApi(supports);
    const read = queueSelection(context);
    const all = parts.queueParts(context);
    await context.sync();

    const stored = ourParts(parts, all);
    const selection = toSelection(read);
    if (selection.inside) {
      throw new GatewayError(`Chỗ đang chọn đã nằm trong ô «${selection.inside.title || selection.inside.tag}». Hãy chọn một số chưa đánh dấu.`, "insideControl");
    }
    const text = selection.text.trim();
    if (text === "") throw new GatewayError("Chưa chọn chữ nào trong văn bản. Hãy bôi đen con số cần đánh dấu.", "failed");
    const storedXml = plan(selection);
    // A double-click in Word takes the space after the word: the control holds the figure only.
    const target = text === selection.text ? read.selection : read.selection.search(text, { matchCase: true }).getFirst();
    const created = target.insertContentControl(Word.ContentControlType.plainText);
    created.tag = control.tag;
    created.title = control.title;
    created.appearance = Word.ContentControlAppearance.boundingBox;
    created.load("id,tag,title,text");
    if (storedXml !== null) saveStored(context, stored, storedXml);
    await context.sync();
    return { control: { id: created.id, tag: created.tag, title: created.title, text: created.text }, syncs: 2 };
  });
}

export function reviseControls(
  parts: AuthoringParts,
  plan: (read: DocumentRead) => ControlRevision,
): Promise<RevisedControls> {
  const { guarded, queueRead, toRead, saveStored } = parts;
  return guarded(async (context): Promise<RevisedControls> => {
    const controls = queueRead(context);
    const all = parts.queueParts(context);
    await context.sync();

    const stored = ourParts(parts, all);
    const read = toRead(context, controls);
    const decided = plan(read);
    const ours = new Set(read.controls.map((c) => c.id));
    const after: ControlInfo[] = [];
    let unwrapped = 0;
    for (const item of controls.items) {
      if (!ours.has(item.id)) continue;
      if (decided.unwrap.has(item.tag)) {
        item.delete(true);
        unwrapped += 1;
        continue;
      }
      const title = decided.titles.get(item.tag);
      if (title !== undefined && title !== item.title) item.title = title;
      after.push({ id: item.id, tag: item.tag, title: title ?? item.title, text: item.text, cannotEdit: item.cannotEdit });
    }
    if (decided.storedXml !== null) saveStored(context, stored, decided.storedXml);
    await context.sync();
    return { controls: after, unwrapped, syncs: 2 };
  });
}

/* The selection's parent control needs WordApi 1.3 and a plain-text control 1.5: below that, say so, write nothing. */
function requireSelectionApi(supports: AuthoringParts["supports"]): void {
  if (!supports("1.5")) {
    throw new GatewayError("Phiên bản Word này chưa cho đánh dấu số liệu từ chỗ chọn (cần WordApi 1.5).", "unsupported");
  }
}

export function authoringGateway(parts: AuthoringParts): AuthoringGateway {
  return {
    readSelection: () => readSelection(parts),
    wrapSelection: (control, plan) => wrapSelection(parts, control, plan),
    reviseControls: (plan) => reviseControls(parts, plan),
  };
}
