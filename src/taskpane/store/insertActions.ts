/**
 * «Chèn vào văn bản»: a field's control at the cursor, after the selected text, or, when the clerk selected exactly
 * a number and agreed, around that number (it becomes the field's figure). Selected text is never deleted.
 */
import { fieldName } from "../../domain/fieldName";
import { formatField, parseField } from "../../domain/fieldValues";
import type { FieldDef, FieldId } from "../../domain/types";
import type { NewControl, SelectionChoice, SelectionOutcome } from "../../office/gateway";
import type { StoreKit } from "./createAppStore";
import type { AppActions } from "./types";

export type InsertActions = Pick<AppActions, "insertField" | "answerBind">;

/** A typed figure, and the selection reads as its value: worth offering to bind. */
function isFigureFor(field: FieldDef, selected: string): boolean {
  const text = selected.trim();
  if (field.formula || !["count", "percent", "year"].includes(field.kind) || !/^[\d.,\s]+%?$/.test(text)) return false;
  const parsed = parseField(field, text.replace(/%$/, ""));
  return parsed.ok && parsed.value !== null;
}

export function createInsertActions({ deps, set, get, derive, guard }: StoreKit): InsertActions {
  const { word, report } = deps;

  const controlFor = (field: FieldId): { def: FieldDef; control: NewControl } => {
    const def = report.byId.get(field);
    if (!def) throw new Error(`Unknown field ${field}`);
    const value = get().review.values.get(field) ?? null;
    return { def, control: { tag: def.id, title: def.label, text: value === null ? "…" : formatField(def, value) } };
  };

  /** What the document now shows in the new control is known: no need to read the document again. */
  const afterInsert = (def: FieldDef, control: NewControl, outcome: SelectionOutcome) => {
    const bound = outcome.kind === "bound";
    const shown = bound ? outcome.selected : control.text;
    const observations = new Map(get().observations);
    const places = observations.get(def.id) ?? [];
    observations.set(def.id, [...places, { text: shown, where: `chỗ ${places.length + 1}` }]);
    const raw = bound ? { ...get().raw, [def.id]: outcome.selected.trim() } : get().raw;
    const name = fieldName(report, def.id);
    const text = bound
      ? `Đã gắn số «${outcome.selected.trim()}» trong văn bản làm «${name}»; biểu mẫu đã lấy số này.`
      : outcome.kind === "insertedAfter"
        ? `Đã chèn «${name}» ngay sau đoạn đang chọn; không xoá chữ nào.`
        : `Đã chèn «${name}» vào vị trí con trỏ.`;
    set({
      busy: null,
      raw,
      observations,
      ...derive(raw, get().period, observations),
      baseline: get().baseline[def.id] && !bound ? get().baseline : { ...get().baseline, [def.id]: shown },
      missing: get().missing.filter((id) => id !== def.id),
      notice: { intent: "success", text },
    });
  };

  const insert = (field: FieldId, decide: (selected: string) => SelectionChoice) =>
    guard("inserting", async () => {
      const { def, control } = controlFor(field);
      const outcome = await word.insertNearSelection(control, decide);
      if (outcome.kind === "asked") set({ busy: null, bindOffer: { field, text: outcome.selected.trim() } });
      else afterInsert(def, control, outcome);
    });

  return {
    insertField: (field) => {
      const def = report.byId.get(field);
      return insert(field, (selected) => (def && isFigureFor(def, selected) ? "ask" : "insert"));
    },

    answerBind: async (choice) => {
      const offer = get().bindOffer;
      set({ bindOffer: null });
      if (!offer || choice === "cancel") return;
      // The selection may have moved since the question: bind only the number the clerk was asked about.
      await insert(offer.field, (selected) => (choice === "after" ? "insert" : selected.trim() === offer.text ? "bind" : "ask"));
    },
  };
}
