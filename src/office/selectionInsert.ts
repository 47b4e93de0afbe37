/**
 * Inserting a field where the clerk's selection is, without deleting what is selected. Word's
 * `Range.insertContentControl()` "wraps the Range object with a content control" (Microsoft Learn, Word.Range,
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-insertcontentcontrol-member(1),
 * WordApi 1.1), and replacing the new control's text then deletes the selected words. So a control is wrapped around
 * the selection only when the clerk agreed to make the selected number the figure; otherwise it goes at the
 * selection's end, `Range.getRange("End")` (WordApi 1.3, "gets the starting or ending point of the range as a new
 * range"). `Range.text` (WordApi 1.1) gives the selected text in the same read sync as the control around it.
 */
import { writeSync } from "./errors";
import { GatewayError, type IsOurs, type NewControl, type SelectionChoice, type SelectionOutcome, type SupportsWordApi } from "./gateway";

type Guarded = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Both inserts refuse a cursor inside one of our controls (its parent loaded with tag and title, then synced). */
export function refuseInsideOurControl(parent: Word.ContentControl, ours: IsOurs): void {
  if (!parent.isNullObject && ours(parent.tag)) {
    throw new GatewayError(`Con trỏ đang nằm trong ô «${parent.title}». Hãy đặt con trỏ ra ngoài ô đó rồi chèn lại.`, "insideControl");
  }
}

/** A field's control on `where`: plain text from WordApi 1.5 (rich text before), tagged, titled, boxed. */
export function createFieldControl(where: Word.Range, supports: SupportsWordApi, control: NewControl): Word.ContentControl {
  const created = supports("1.5") ? where.insertContentControl(Word.ContentControlType.plainText) : where.insertContentControl();
  created.tag = control.tag;
  created.title = control.title;
  created.appearance = Word.ContentControlAppearance.boundingBox;
  return created;
}

export function insertNearSelection(
  guarded: Guarded,
  supports: SupportsWordApi,
  ours: IsOurs,
  control: NewControl,
  decide: (selected: string) => SelectionChoice,
): Promise<SelectionOutcome> {
  return guarded(async (context) => {
    const selection = context.document.getSelection();
    selection.load("text");
    const parent = selection.parentContentControlOrNullObject;
    parent.load("tag,title");
    await context.sync();
    refuseInsideOurControl(parent, ours);
    const selected = selection.text ?? "";
    const choice: SelectionChoice = selected === "" ? "insert" : decide(selected);
    if (choice === "ask") return { kind: "asked", selected };
    const where = choice === "bind" || selected === "" ? selection : selection.getRange(Word.RangeLocation.end);
    const created = createFieldControl(where, supports, control);
    // A bound figure keeps the clerk's own text; a new control gets the figure's text.
    if (choice !== "bind") created.insertText(control.text, Word.InsertLocation.replace);
    await writeSync(context);
    return { kind: choice === "bind" ? "bound" : selected === "" ? "inserted" : "insertedAfter", selected };
  });
}
