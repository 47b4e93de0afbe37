/**
 * The clerk's choice for a figure recognition left unclear: show a candidate in the document (Word selects it), then
 * bind what is selected to the field — the candidate, or any number the clerk selected by hand — or undo a choice.
 * The decision lives in the document (a tagged control around the number, its text unchanged), so closing the pane
 * loses nothing; the figure enters the form as if it had been recognised. Or the clerk says none of the candidates is
 * the figure and the document does not state it (walker38: every candidate was wrong and nothing said so): kept in the
 * document's stored part, so the figure is not offered again. Either way the figure leaves the list of figures still
 * unclear, saved in the same write (an undo puts it back), so a pane opened later names only those left. Loaded with
 * the import slice.
 */
import type { Values } from "../../domain/compute";
import { computedFrom, reckoning } from "../../domain/computedFrom";
import { fieldName } from "../../domain/fieldName";
import { asReadFromDocument } from "../../domain/problemOrigin";
import { readHandChosen } from "../../domain/handChosen";
import { placeKey } from "../../domain/import/candidatePlace";
import type { FigureChoice } from "../../domain/import/paneChoices";
import type { ReportDefinition } from "../../domain/report";
import { agreedTexts, type Conflict } from "../../domain/updatePlan";
import type { FieldId } from "../../domain/types";
import { storedOnly, storedXmlOf } from "./storedState";
import { decided, unclearAgain } from "./unclearFigures";
import type { StoreKit } from "./types";
import type { AppActions, Notice } from "./types";

export type ChooserActions = Pick<AppActions, "showCandidate" | "bindChosen" | "unbindChosen" | "markNotStated">;

const loadEngine = () => import(/* webpackChunkName: "import-engine" */ "../../domain/import/pane");

export function createChooserActions({ deps, set, get, derive, guard, applyRead, reviewed }: StoreKit): ChooserActions {
  const { word } = deps;
  const unclear = (field: FieldId) => get().recognition?.ambiguous.find((f) => f.field === field) ?? null;
  return {
    showCandidate: (field, index) =>
      guard("reading", async () => {
        const candidate = unclear(field)?.candidates?.[index];
        if (!candidate?.address) {
          set({ busy: null, notice: { intent: "warning", text: "Không tìm được chỗ này bằng tìm kiếm của Word: hãy tự bôi đen con số trong văn bản." } });
          return;
        }
        await word.showFigure(candidate.address, candidate.paragraphText);
        set({ busy: null, shownCandidate: { field, index } });
      }),

    bindChosen: (field) =>
      guard("recognizing", async () => {
        const engine = await loadEngine();
        const definition = get().report.byId.get(field);
        if (!definition) return void set({ busy: null });
        let input = "";
        let readAs: string | null = null;
        let selectedText = "";
        const before = get().raw[field];
        // The candidate shown is what was bound unless the clerk selected another number by hand since.
        const placeOf = (text: string) => {
          const shown = get().shownCandidate;
          const candidate = shown?.field === field ? unclear(field)?.candidates?.[shown.index] : undefined;
          return candidate && candidate.text === text ? placeKey(candidate) : undefined;
        };
        const choice = (text: string) => {
          const place = placeOf(text);
          return { text, before, ...(place ? { place } : {}) };
        };
        // The figure is chosen: the form holds it, it is stated, and it is no longer unclear. The choice itself is saved
        // with it, so that a pane opened again can still undo it (walk52, 4).
        const chosen = () => ({
          raw: { ...get().raw, [field]: input },
          notStated: get().notStated.filter((id) => id !== field),
          unclear: decided(get().unclear, field),
          chosenFigures: { ...get().chosenFigures, [field]: choice(selectedText) },
        });
        const bound = await word.bindSelection(
          { tag: field, title: definition.label },
          (selected) => {
            selectedText = selected;
            const read = engine.chosenInput(definition, selected);
            if (read.ok) {
              input = read.input;
              return null;
            }
            // Recognition's reader refuses «39,871»: chosen by hand for this field, the field's kind reads the comma.
            const byHand = readHandChosen(definition, selected);
            if (!byHand) return read.reason;
            if (!byHand.ok) return byHand.reason;
            ({ input, readAs } = byHand);
            return null;
          },
          () => storedXmlOf({ ...get(), ...chosen() }),
        );
        const { raw, ...rest } = chosen();
        const mine = bound.controls.filter((c) => c.tag === field);
        set({
          raw,
          baseline: { ...get().baseline, ...agreedTexts(mine) },
          // A number found after all: the figure is stated, and decided.
          ...rest,
          chosenFigures: { ...get().chosenFigures, [field]: choice(bound.text) },
          shownCandidate: null,
        });
        applyRead(reviewed(bound.controls));
        // A figure the document states twice differently: the place not chosen still says otherwise (walk48, F5).
        const figure = unclear(field);
        const elsewhere = figure?.restated ? otherValues(figure.candidates ?? [], input, (text) => engine.chosenInput(definition, text)) : [];
        set({
          ...derive(raw, get().period, get().observations),
          busy: null,
          notice: {
            intent: elsewhere.length > 0 ? "warning" : "success",
            text:
              `Đã gắn «${bound.text}» vào ô «${fieldName(get().report, field)}»` +
              // Read otherwise than written: said, so the clerk sees the value the pane took.
              (readAs ? `, đọc là ${readAs}: ô này là số nguyên nên dấu phẩy ở đây tách hàng nghìn` : "") +
              ". Số trong văn bản giữ nguyên." +
              (elsewhere.length > 0
                ? ` Văn bản còn ghi ${elsewhere.join(", ")}, có thể là số liệu này viết lại khác đi: nếu đúng vậy, hãy sửa văn bản cho thống nhất.`
                : ""),
          },
        });
      }),

    unbindChosen: (field) =>
      guard("recognizing", async () => {
        const label = fieldName(get().report, field);
        const { [field]: choice, ...rest } = get().chosenFigures;
        const raw = { ...get().raw };
        const computed = get().report.byId.get(field)?.formula !== undefined;
        // A number recognition bound itself, undone from its list (walk52, 2: a wrong binding the clerk could not free).
        const recognized = choice === undefined && !computed;
        // The form goes back to what it held before the choice; after recognition's own binding the box is emptied,
        // unless she has typed another figure there since: that is hers, and kept.
        const typedSince = recognized && !asReadFromDocument(get().report, field, { raw, observations: get().observations, written: new Set() });
        if (!typedSince) {
          if (choice?.before === undefined) delete raw[field];
          else raw[field] = choice.before;
        }
        const { [field]: _written, ...baseline } = get().baseline;
        // To choose again: on the list of unclear figures once more, saved with the undo itself. A computed total
        // unbound from a number that was not it (unconfirmedTotals.ts) is the pane's to compute: nothing to choose or ask.
        // Nor is a number recognition bound itself: read again, the same number would win again.
        const asked = get().conflicts.find((c) => c.field === field && c.unconfirmed);
        const unchecked = asked ? uncheckedWords(get().report, field, asked, get().review.values) : null;
        const unclear = computed || recognized ? get().unclear : unclearAgain(get().report, get().unclear, field);
        const { controls } = await word.unbindField(field, () => storedXmlOf({ ...get(), raw, baseline, unclear, chosenFigures: rest }));
        set({ raw, baseline, chosenFigures: rest, unclear, conflicts: get().conflicts.filter((c) => c.field !== field) });
        applyRead(reviewed(controls));
        set({
          ...derive(raw, get().period, get().observations),
          busy: null,
          notice: unchecked ?? {
            intent: "info",
            text:
              `Đã bỏ gắn ô «${label}»; chữ số trong văn bản giữ nguyên.` +
              (computed
                ? ""
                : recognized
                  ? ` Nếu văn bản có số đúng của ô này: bôi đen số đó, sang thẻ «Số liệu», bấm vào ô «${label}» rồi «Chèn vào văn bản» và «Gắn số này».`
                  : " Hãy chọn lại số đúng."),
          },
        });
      }),

    markNotStated: (field, notStated) =>
      guard("saving", async () => {
        const before = { notStated: get().notStated, unclear: get().unclear };
        const after = notStated ? [...new Set([...before.notStated, field])] : before.notStated.filter((id) => id !== field);
        // Said not stated, the figure is decided; taken back, it is unclear again.
        const unclear = notStated ? decided(before.unclear, field) : unclearAgain(get().report, before.unclear, field);
        set({ notStated: after, unclear, shownCandidate: null });
        await word.update(storedOnly(() => storedXmlOf(get()))).catch((error: unknown) => {
          set(before);
          throw error;
        });
        const label = fieldName(get().report, field);
        set({
          busy: null,
          notice: {
            intent: "info",
            text: notStated
              ? `Đã ghi nhận: văn bản không nêu «${label}». Số này không được hỏi lại; nếu báo cáo có nêu, bấm «Bỏ chọn».`
              : `Đã bỏ chọn «văn bản không nêu» cho «${label}»: số liệu này lại ở danh sách «Chưa rõ».`,
          },
        });
      }),
  };
}

/**
 * Walk finding (walk44, 9): «Không phải số này: bỏ gắn» on a share the report has wrong (69,97% where 67 / 96 is 69,79%)
 * left «Không có lỗi nào…» and nothing else, so a clerk who pressed it to be rid of the card lost the only sign of the
 * slip. The pane cannot know whether the number was another figure or this one written wrong; it says the number stays,
 * is no longer checked, and what the figures give, so she can mend the text herself if it was this figure after all.
 */
function uncheckedWords(report: ReportDefinition, field: FieldId, asked: Conflict, values: Values): Notice {
  const label = fieldName(report, field);
  const from = computedFrom(report, field, values);
  const slip = from?.op === "sum" ? "cộng" : from?.op === "countOf" ? "đếm" : "tính";
  const reckoned = from ? reckoning(from) : `theo các số thành phần là ${asked.target}`;
  return {
    intent: "warning",
    text:
      `Đã bỏ gắn ô «${label}»: số «${asked.documentText}» trong văn bản giữ nguyên và ngăn không kiểm tra số đó nữa. ` +
      `Nếu đó đúng là «${label}» thì văn bản ${slip} sai (${reckoned}): hãy tự sửa trong văn bản.`,
  };
}

/** The other values the document gives a figure it states twice, each once, with its paragraph: «14» (đoạn 42). */
function otherValues(
  candidates: readonly FigureChoice[],
  chosen: string,
  read: (text: string) => { ok: true; input: string } | { ok: false },
): string[] {
  const seen = new Set<string>([chosen]);
  const out: string[] = [];
  for (const c of candidates) {
    const value = read(c.text);
    if (!value.ok || seen.has(value.input)) continue;
    seen.add(value.input);
    out.push(`«${c.text}» (đoạn ${c.paragraph})`);
  }
  return out;
}
