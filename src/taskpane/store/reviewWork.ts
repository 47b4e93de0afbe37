/**
 * The leaders' side: tracked changes inside our controls, accepted or rejected per group of figures or all at once.
 * A decision is final: the form, the stored figures and what the add-in counts as its own text follow the document,
 * and the history records who decided what and when, so neither reopening the pane nor the next update undoes it.
 * Loaded on first use by reviewActions.ts, with the review panel, not with the pane.
 */
import { documentValue } from "../../domain/documentValue";
import { fieldName } from "../../domain/fieldName";
import { boxText } from "../../domain/listStyle";
import { reviewGroupOf } from "../../domain/reviewGroups";
import { withOldValues } from "../../domain/reviewOldValues";
import type { HistoryEntry } from "../../domain/storedReport";
import type { FieldId } from "../../domain/types";
import { agreedTexts } from "../../domain/updatePlan";
import type { StoreKit } from "./types";
import type { ReviewActions } from "./reviewActions";
import { storedOnly, storedXmlOf } from "./storedState";
import { deciderOf } from "./decider";

export function reviewWork({ deps, set, get, derive, guard, applyRead, reviewed }: StoreKit): ReviewActions {
  const { word } = deps;
  return {
    loadReview: () =>
      guard("reviewing", async () => {
        set({ trackedReview: withOldValues(await word.listTrackedChanges(), get().history), busy: null });
      }),

    resolveReview: (fields: FieldId[] | "all", accept: boolean) =>
      guard("reviewing", async () => {
        const lock = get().writeLock;
        if (lock) return void set({ busy: null, notice: { intent: "error", text: lock } });
        const report = get().report;
        const pending = get().trackedReview ?? withOldValues(await word.listTrackedChanges(), get().history);
        const pendingTags = [...new Set(pending.map((c) => c.tag))];
        // A figure and what is computed from it only add up together: the whole group is decided at once.
        const tags = fields === "all" ? pendingTags : [...new Set(fields.flatMap((f) => reviewGroupOf(report, f, pendingTags)))];
        await word.resolveTrackedChanges(tags, accept);
        const read = await word.read();
        const controls = reviewed(read.controls);
        const trackedReview = withOldValues(await word.listTrackedChanges(), get().history);
        const agreed = agreedTexts(controls);
        const state = get();
        // The form's errors before the decision: one the decision brings is said with it (walk50, 6).
        const errorsBefore = new Set(state.review.problems.filter((p) => p.severity === "error").map((p) => p.key));
        const raw = { ...state.raw };
        const baseline = { ...state.baseline };
        for (const tag of tags) {
          if (agreed[tag] !== undefined) baseline[tag] = agreed[tag];
          const def = report.byId.get(tag);
          const texts = controls.filter((c) => c.tag === tag).map((c) => c.text);
          if (!def || def.formula !== undefined || texts.length === 0) continue;
          // The box takes what the document now says, as a fresh start of the pane would read it. Where the places
          // disagree again (the staff year: its update changed only the place that differed, so rejecting it brings
          // back «2026» beside «2025»), the value the leader refused must not stay in the box: it was one of the
          // document's values, so the next update took it for the clerk's choice and wrote it everywhere unasked.
          // Back to a new report's «…», the box is empty, not «…» (no figure, so an error under it).
          const shown = documentValue(def, texts);
          if (shown.kind === "one") raw[tag] = boxText(def, shown.text);
          else if (!accept) delete raw[tag];
        }
        // The period's texts rejected: the pane's period is the document's again, or the next update rewrites them.
        let { period, documentPeriod } = state;
        if (tags.some((tag) => report.byId.get(tag)?.formula?.op === "period")) {
          const { periodFromTexts } = await import(/* webpackChunkName: "document-period" */ "../../domain/documentPeriod");
          const shown = periodFromTexts(report, agreed);
          if (shown) {
            documentPeriod = shown;
            if (!accept) period = shown;
          }
        }
        const at = deps.now().toISOString();
        const decidedIn = state.documentPeriod ?? state.period;
        const entries: HistoryEntry[] = tags.flatMap((tag) => {
          const change = pending.find((c) => c.tag === tag);
          if (!change) return [];
          return [{ field: tag, from: change.deleted, to: change.inserted, at, by: deciderOf(state), period: decidedIn, decision: accept ? "accepted" : "rejected" }];
        });
        const history = [...state.history, ...entries];
        set({ raw, baseline, history, trackedReview, wordTracking: read.trackingMode, period, documentPeriod });
        // Saved at once: whoever reopens the pane or the document sees the decision, not the values before it.
        await word.update(storedOnly(() => storedXmlOf(get())));
        const names = tags.map((tag) => fieldName(report, tag));
        const head = accept ? "Đã chấp nhận thay đổi" : "Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản";
        applyRead(controls);
        const derived = derive(raw, get().period, get().observations);
        // Two changes made to add up, decided apart: the leader hears at once that the figures no longer agree, rather
        // than the clerk reading it later as her own typing's error.
        const broken = derived.review.problems.filter((p) => p.severity === "error" && !errorsBefore.has(p.key));
        const after =
          broken.length > 0
            ? ` Sau quyết định này, các số liệu không còn khớp nhau: ${broken.map((p) => p.message).join(" ")} Các thay đổi làm cho số liệu khớp nhau nên được quyết định cùng nhau.`
            : "";
        set({
          ...derived,
          busy: null,
          notice: {
            intent: broken.length > 0 ? "warning" : "success",
            text: `${head} (${names.length} số liệu, ghi vào lịch sử).${after}`,
            groups: names.length > 1 ? [{ heading: accept ? "Đã chấp nhận cùng nhau:" : "Đã từ chối cùng nhau:", items: names }] : undefined,
          },
        });
      }),
  };
}
