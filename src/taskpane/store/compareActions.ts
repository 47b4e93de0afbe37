/**
 * The «So sánh» tab's Word work: an earlier report read from a file (shown, then stored on confirmation) and
 * comparison phrases inserted at the cursor. Loaded with the tab; the recognition engine and fflate come with it.
 */
import { storedOnly, storedXmlOf } from "./storedState";
import { comparedValues } from "../../domain/comparison/earlier";
import { readEarlierFile } from "../../domain/comparison/earlierReport";
import { periodNameInText, previousPeriod, samePeriodLastYear, withPeriod } from "../../domain/comparison/periods";
import { phraseTag, phraseText, phraseTitle } from "../../domain/comparison/phrase";
import type { StoreKit } from "./createAppStore";
import type { AppActions } from "./types";

export type CompareActions = Pick<AppActions, "readEarlierReport" | "confirmEarlierReport" | "insertPhrase">;

export function createCompareActions({ deps, set, get, guard, derive }: StoreKit): CompareActions {
  const { word } = deps;
  return {
    readEarlierReport: ({ name, data }) =>
      guard("readingFile", async () => {
        const context = { report: get().report, current: get().period, known: get().periods.map((p) => p.period) };
        const reading = readEarlierFile(name, data, context);
        set({ busy: null, earlierReading: reading, notice: reading.ok ? null : { intent: "error", text: reading.message } });
      }),

    confirmEarlierReport: () =>
      guard("updating", async () => {
        const state = get();
        const reading = state.earlierReading;
        if (!reading?.ok) return void set({ busy: null });
        const periods = withPeriod(state.periods, { period: reading.period, figures: reading.figures });
        // Saved at once, with everything else the document keeps (its form, the tracking choice): the clerk
        // confirmed what they saw.
        await word.update(storedOnly(() => storedXmlOf(state, { periods })));
        set({
          busy: null,
          periods,
          earlierReading: null,
          notice: { intent: "success", text: `Đã lưu ${reading.read.length} số liệu ${periodNameInText(reading.period)} vào văn bản để so sánh.` },
        });
      }),

    insertPhrase: (fieldId, basis) =>
      guard("inserting", async () => {
        const state = get();
        const field = state.report.byId.get(fieldId);
        if (!field) throw new Error(`Unknown field ${fieldId}`);
        const values = comparedValues(state);
        const text = phraseText(field, basis, values.current, { ...values, period: state.period });
        if (text === null) {
          const side = periodNameInText(basis === "previous" ? previousPeriod(state.period) : samePeriodLastYear(state.period));
          set({ busy: null, notice: { intent: "warning", text: `Chưa biết «${field.label}» của kỳ này hoặc của ${side}: không có gì để so sánh, chưa chèn.` } });
          return;
        }
        const tag = phraseTag(field.id, basis, state.report.periodKind);
        await word.insertAtSelection({ tag, title: phraseTitle(field, basis, state.period), text });
        const observations = new Map(state.observations);
        observations.set(tag, [...(observations.get(tag) ?? []), { text, where: `chỗ ${(observations.get(tag)?.length ?? 0) + 1}` }]);
        set({
          busy: null,
          observations,
          ...derive(state.raw, state.period, observations),
          // The add-in wrote it: «Cập nhật văn bản» may refresh it.
          baseline: state.baseline[tag] ? state.baseline : { ...state.baseline, [tag]: text },
          notice: { intent: "success", text: `Đã chèn «${text}» vào vị trí con trỏ.` },
        });
      }),
  };
}
