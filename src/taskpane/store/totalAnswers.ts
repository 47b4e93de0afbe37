/**
 * The clerk's «Giữ» for a total that does not add up (unconfirmedTotals.ts). Walk finding (walk44, monthly 1096): «Giữ
 * «132» lần này» was held by the pane alone, so the next update and a reopened pane asked again, and «Lịch sử» did not
 * know she had answered. The answer is a decision like a leader's: a history entry (`giuTong` in the stored part) saved
 * by this answer's own write, standing while the document shows the number she kept and the parts give the sum she
 * saw (rejectedChanges.ts); parts that change ask again. Loaded with the import slice, where such totals are found.
 */
import { computedFrom } from "../../domain/computedFrom";
import { fieldName } from "../../domain/fieldName";
import type { HistoryEntry } from "../../domain/storedReport";
import { storedOnly, storedXmlOf } from "./storedState";
import type { AppActions, StoreKit } from "./types";

export type TotalAnswers = Pick<AppActions, "keepTotal">;

export function createTotalAnswers({ deps, set, get, derive, guard }: StoreKit): TotalAnswers {
  return {
    keepTotal: (field) =>
      guard("saving", async () => {
        const state = get();
        const asked = state.conflicts.find((c) => c.field === field && c.unconfirmed);
        if (!asked) return void set({ busy: null });
        const { documentText: kept, target } = asked;
        // A share is a division (walk44, 5): said as one, «theo 67 / 96 là 69,79%», never «cộng lại».
        const from = computedFrom(state.report, field, state.review.values);
        const sum =
          state.report.byId.get(field)?.formula?.op === "sum"
            ? `đang cộng lại là ${target}`
            : from?.op === "percentOf"
              ? `theo ${from.expression} là ${target}`
              : `theo đó là ${target}`;
        const entry: HistoryEntry = { field, from: kept, to: target, at: deps.now().toISOString(), by: state.author, period: state.period, decision: "kept" };
        const history = [...state.history, entry];
        await deps.word.update(storedOnly(() => storedXmlOf({ ...get(), history })));
        set({ history, conflicts: get().conflicts.filter((c) => c.field !== field) });
        set({
          ...derive(get().raw, get().period, get().observations),
          busy: null,
          notice: {
            intent: "info",
            text:
              `Đã ghi nhận: giữ «${kept}» cho «${fieldName(state.report, field)}». «Cập nhật văn bản» không sửa số này và ngăn ` +
              `không hỏi lại, trừ khi các số thành phần (${sum}) thay đổi.`,
          },
        });
      }),
  };
}
