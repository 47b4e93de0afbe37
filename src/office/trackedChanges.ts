/**
 * Review of tracked changes inside our controls (WordApi 1.6: ContentControl.getTrackedChanges, TrackedChange
 * type/text/author/date, TrackedChangeCollection.acceptAll/rejectAll). Each operation is one read sync to find our
 * controls and one more to read or resolve their changes, whatever their number.
 */
import { writeSync } from "./errors";
import { GatewayError, type ControlChanges, type IsOurs, type SupportsWordApi, type WordRun } from "./gateway";

const UNSUPPORTED = "Phiên bản Word này chưa cho phép xem và duyệt thay đổi (cần WordApi 1.6). Hãy dùng thẻ Review của Word.";

async function ourControls(context: Word.RequestContext, ours: IsOurs): Promise<Word.ContentControl[]> {
  const controls = context.document.contentControls;
  controls.load("id,tag");
  await context.sync();
  return controls.items.filter((c) => ours(c.tag));
}

export function listTrackedChanges(run: WordRun, supports: SupportsWordApi, ours: IsOurs): Promise<ControlChanges[]> {
  if (!supports("1.6")) return Promise.reject(new GatewayError(UNSUPPORTED, "unsupported"));
  return run(async (context) => {
    const controls = await ourControls(context, ours);
    const perControl = controls.map((control) => {
      const changes = control.getTrackedChanges();
      changes.load("type,text,author,date");
      return { control, changes };
    });
    await context.sync();
    return perControl
      .filter(({ changes }) => changes.items.length > 0)
      .map(({ control, changes }) => {
        const text = (type: string) => changes.items.filter((c) => c.type === type).map((c) => c.text).join("");
        const newest = changes.items.map((c) => new Date(c.date).toISOString()).sort().at(-1) ?? "";
        return {
          controlId: control.id,
          tag: control.tag,
          deleted: text("Deleted"),
          inserted: text("Added"),
          deletions: changes.items.filter((c) => c.type === "Deleted").length,
          author: changes.items[0]?.author ?? "",
          date: newest,
        };
      });
  });
}

export function resolveTrackedChanges(
  run: WordRun,
  supports: SupportsWordApi,
  tags: readonly string[] | "all",
  accept: boolean,
  ours: IsOurs,
): Promise<void> {
  if (!supports("1.6")) return Promise.reject(new GatewayError(UNSUPPORTED, "unsupported"));
  return run(async (context) => {
    const controls = await ourControls(context, ours);
    for (const control of controls) {
      if (tags !== "all" && !tags.includes(control.tag)) continue;
      const changes = control.getTrackedChanges();
      if (accept) changes.acceptAll();
      else changes.rejectAll();
    }
    await writeSync(context);
  });
}
