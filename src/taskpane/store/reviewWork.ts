/**
 * The leaders' side: tracked changes inside our controls, accepted or rejected per figure or all at once.
 * Loaded on first use by reviewActions.ts, with the review panel, not with the pane.
 */
import { withOldValues } from "../../domain/reviewOldValues";
import type { FieldId } from "../../domain/types";
import type { StoreKit } from "./types";
import type { ReviewActions } from "./reviewActions";

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
        await word.resolveTrackedChanges(fields, accept);
        const controls = reviewed((await word.read()).controls);
        const trackedReview = withOldValues(await word.listTrackedChanges(), get().history);
        const touched = new Set(fields === "all" ? controls.map((c) => c.tag) : fields);
        // After a decision the document is the truth: the form and the baseline follow it.
        const raw = { ...get().raw };
        const baseline = { ...get().baseline };
        for (const control of controls) {
          if (!touched.has(control.tag)) continue;
          baseline[control.tag] = control.text;
          if (!accept && get().report.byId.get(control.tag)?.formula === undefined) raw[control.tag] = control.text;
        }
        set({ raw, baseline, trackedReview, busy: null, notice: { intent: "success", text: accept ? "Đã chấp nhận thay đổi." : "Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản." } });
        applyRead(controls);
        set(derive(raw, get().period, get().observations));
      }),
  };
}
