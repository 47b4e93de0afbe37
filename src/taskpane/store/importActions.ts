/**
 * Bringing a typed report in: recognise its figures (bind them as controls and load them into the form), check its
 * text, and roll it over to the next quarter. The engine is loaded on first use (dynamic import), so the first-load
 * bundle does not carry it.
 */
import { impossibleFigures } from "./impossibleFigures";
import { boxText } from "../../domain/listStyle";
import type { BindingPlan, BindingSummary } from "../../domain/import/pane";
import { rollOver } from "../../domain/import/rollOver";
import { confirmedFigures } from "../../domain/comparison/earlier";
import { withPeriod } from "../../domain/comparison/periods";
import { KIND_WORDS, periodName } from "../../domain/periodKinds";
import { missingFigures } from "../../domain/optional";
import { storedOnly, storedXmlOf } from "./storedState";
import { agreedTexts } from "../../domain/updatePlan";
import { unconfirmedComputed, withoutDoubted } from "../../domain/unconfirmedTotals";
import { GatewayError, type BindOutcome } from "../../office/gateway";
import { createChooserActions, type ChooserActions } from "./chooserActions";
import { createTotalAnswers, type TotalAnswers } from "./totalAnswers";
import { handEditsIn, withHandEdits } from "./handEditsFound";
import type { StoreKit } from "./types";
import { describeError } from "./describeError";
import type { AppActions, AppState, Notice } from "./types";
import { fieldName } from "../../domain/fieldName";
import type { ReportDefinition } from "../../domain/report";
import type { FieldId } from "../../domain/types";
import { inFormOrder } from "./unclearFigures";
import { paragraphsAsReviewed } from "../../domain/pendingRevisions";
import { choicesStanding, placesStanding } from "../takenPlaces";
import { otherForms, workOnForm } from "./formOffer";
import { adoptDefinition } from "./formActions";
import type { FormOffer } from "./types";

export type ImportActions = Pick<AppActions, "recognizeFigures" | "recognizeUnclear" | "answerFormOffer" | "checkText" | "rollOverQuarter"> & ChooserActions & TotalAnswers;

const loadEngine = () => import(/* webpackChunkName: "import-engine" */ "../../domain/import/pane");

export function createImportActions(kit: StoreKit): ImportActions {
  const { deps, set, get, derive, guard, applyRead, reviewed } = kit;
  const { word } = deps;
  // Forms the clerk said no to, per form in use, while the pane is open: asked once, not at every recognition.
  const declined = new Set<string>();
  const pair = (inUse: ReportDefinition, other: ReportDefinition) => `${inUse.tagPrefix} ${other.id}`;
  /**
   * All figures (`only` null), or only these, read again for their candidates. A full recognition on a form the clerk
   * has nothing on weighs the other forms first (`weigh`), unless she has just answered that question (`switched`: the
   * form she switched to, said in the notice).
   */
  const recognize = (only: ReadonlySet<FieldId> | null, { weigh = true, switched = null }: { weigh?: boolean; switched?: string | null } = {}) =>
    guard("recognizing", async () => {
      const engine = await loadEngine();
      // Loaded before Word is asked: the forms are weighed on recognition's own read, with no sync of their own.
      const others = only === null && weigh && !workOnForm(get()) ? (await otherForms(get().report)).filter((f) => !declined.has(pair(get().report, f))) : [];
      let plan: BindingPlan | null = null;
      let offer: FormOffer | null = null;
      let paragraphs: readonly string[] = [];
      let outcome: Awaited<ReturnType<typeof word.bindFigures>>;
      try {
        outcome = await word.bindFigures(
          (read) => {
            paragraphs = read.paragraphs;
            const report = get().report;
            plan = engine.planBinding(read, report, only ?? undefined);
            if (others.length > 0 && !workOnForm(get(), read.controls)) {
              const fits = others.map((form) => ({ form, found: engine.planBinding(read, form).found }));
              const better = engine.betterForm(plan.found, fits);
              // Asked before anything of the form in use is written: the gateway stops after this read.
              if (better) {
                offer = { report: better.form, found: better.found, current: plan.found };
                return null;
              }
            }
            return plan.addresses;
          },
          // Saved by the binding's own write: the figures left unclear must be named again when the pane reopens.
          (bound) => storedXmlOf({ ...get(), ...afterRecognition(get(), (plan as BindingPlan | null)!.finish(bound), only) }),
        );
      } catch (error) {
        // The gateway puts a failed write back; if even that failed, some figures may be wrapped. Read again so
        // the pane shows the controls that exist; binding again skips them.
        const partial = !(error instanceof GatewayError) || error.written === "partial";
        const { controls } = partial ? await word.read().catch(() => ({ controls: null })) : { controls: null };
        if (controls) applyRead(reviewed(controls));
        const hint = controls && controls.length > 0 ? " Một số số liệu có thể đã được gắn; bấm «Nhận diện số liệu» lại để gắn nốt." : "";
        set({ busy: null, notice: { intent: "error", text: `${describeError(error)}${hint}` } });
        return;
      }
      if (offer) {
        set({ busy: null, formOffer: offer, recognition: null });
        return;
      }
      const summary = (plan as BindingPlan | null)!.finish(outcome.bound);
      const { raw, period, unclear } = afterRecognition(get(), summary, only);
      const boundTags = new Set(outcome.bound.map((a) => a.tag));
      const agreed = agreedTexts(outcome.controls.filter((c) => boundTags.has(c.tag)));
      const places = outcome.bound.map(({ tag, paragraph, context, figure }) => ({ tag, paragraph, context, figure, excerpt: excerptAround(paragraphs[paragraph] ?? "", context) }));
      const known = get().baseline;
      set({
        raw,
        period,
        unclear,
        recognition: summary,
        // Read again for a few figures, the places and choices of the others still stand. A full run binds only what
        // is still free: the places an earlier run bound stand while their controls do (walk50, 8: a second run left
        // them unmarked among the candidates, and «Gắn vào» was refused).
        recognizedPlaces: [...placesStanding(get().recognizedPlaces, outcome.controls, only === null ? boundTags : only), ...places],
        shownCandidate: null,
        // So do the clerk's own choices: a full run leaves her controls in place, and her «Bỏ gắn» with them.
        chosenFigures: only ? get().chosenFigures : choicesStanding(get().chosenFigures, outcome.controls, boundTags),
      });
      // As reviewed: a refreshed figure under Track Changes reads «96,25%96,05%» until decided (walk52, 3).
      applyRead(reviewed(outcome.controls));
      set(derive(raw, period, get().observations));
      // A bound total whose parts give another number may be the wrong place: asked about, never taken as agreed.
      const doubted = unconfirmedComputed(get().report, get().review.values, outcome.controls.filter((c) => boundTags.has(c.tag)), known, true);
      const baseline = { ...withoutDoubted(agreed, doubted), ...known };
      // Checked again against what the pane now takes as its own: a doubted total's warning sends her to its card.
      set({ baseline, ...derive(raw, period, get().observations, get().history, baseline) });
      const conflicts = handEditsIn(get(), reviewed(outcome.controls));
      const said = only ? rereadNotice(get().report, summary, only) : recognitionNotice(summary, switched, get().notStated);
      const notice = withHandEdits(get().report, withBlocked(said, outcome.blocked), conflicts);
      set({ busy: null, conflicts, notice });
    });
  return {
    ...createChooserActions(kit),
    ...createTotalAnswers(kit),
    recognizeFigures: () => recognize(null),
    answerFormOffer: async (use) => {
      const offer = get().formOffer;
      if (!offer || get().busy) return;
      set({ formOffer: null });
      if (!use) {
        declined.add(pair(get().report, offer.report));
        return recognize(null, { weigh: false });
      }
      // Typed or decided on the form in use since the question: switching would drop it, so the form stays.
      if (workOnForm(get())) {
        const { report, raw } = get();
        const typed = Object.keys(raw).filter((id) => raw[id]!.trim() !== "").map((id) => `«${fieldName(report, id)}»`);
        const named = typed.length > 0 ? ` (${typed.join(", ")})` : "";
        set({
          notice: {
            intent: "warning",
            text: `Chưa đổi sang mẫu «${offer.report.title}»: đã có số liệu nhập theo mẫu «${report.title}»${named}, đổi mẫu sẽ mất các số liệu đó.`,
          },
        });
        return;
      }
      adoptDefinition(kit, offer.report);
      return recognize(null, { weigh: false, switched: offer.report.title });
    },
    // Nothing left unclear, nothing to read (the buttons show only when there is).
    recognizeUnclear: () => (get().unclear.length > 0 ? recognize(new Set(get().unclear)) : Promise.resolve()),

    checkText: () =>
      guard("checking", async () => {
        const engine = await loadEngine();
        const read = await word.readText();
        const { review, report } = get();
        // Our refreshed figures as they read, not «1920» for a pending 19 → 20 (pendingRevisions.ts).
        const paragraphs = paragraphsAsReviewed(read.paragraphs, read.controls, reviewed(read.controls));
        const textCheck = engine.checkText(paragraphs, get().period, report, read.shapes);
        const given = (id: string) => (review.values.get(id) ?? null) !== null;
        const missing = missingFigures(report, given);
        const leftOut = new Set(missing.leftOut.map((f) => f.id));
        // A rule whose figures are not all in the form did not run: said, never counted as passed. One that lacks only
        // optional figures left out is said too, but is no gap (optional.ts).
        const impossible = impossibleFigures(get());
        // A figure she said the report does not state is neither missing nor a check's gap (walk48, F11).
        const saidAbsent = (id: string) => get().notStated.includes(id);
        const textUnchecked = engine.uncheckedChecks(report, given, undefined, (id) => leftOut.has(id), impossible, undefined, saidAbsent);
        const errors = textCheck.filter((p) => p.severity === "error").length + review.problems.filter((p) => p.severity === "error").length;
        const problems = textCheck.length + review.problems.length + get().documentProblems.length;
        // An old document checked before its figures were read: every figure is missing, and the way on is to read them.
        const unread = get().recognition === null && !report.fields.some((f) => !f.formula && given(f.id));
        // A figure the document shows but typed wrong in the pane is not «chưa có»: counted and said apart.
        const mistyped = missing.owed.filter((f) => impossible(f.id)).length;
        const owed = missing.owed.filter((f) => !saidAbsent(f.id)).length;
        const gaps = { unchecked: textUnchecked.filter((u) => !u.leftOut).length, missing: owed - mistyped, mistyped, leftOut: leftOut.size, unread };
        set({ textCheck, textUnchecked, busy: null, notice: checkNotice(problems, errors, gaps) });
      }),

    rollOverQuarter: () =>
      guard("rollingOver", async () => {
        const state = get();
        const next = rollOver({ period: state.period, figures: state.raw }, state.report);
        // The quarter being left is kept whole, for the comparison; its confirmed figures, not last quarter's drafts.
        const periods = withPeriod(state.periods, { period: state.period, figures: confirmedFigures(state.raw, state.unconfirmed) });
        // Saved at once, so the marks survive closing the document before the next "Cập nhật văn bản".
        const storedXml = storedXmlOf(state, { period: next.period, figures: next.figures, unconfirmed: next.unconfirmed, periods });
        await word.update(storedOnly(() => storedXml));
        const name = periodName(next.period);
        const kindWord = KIND_WORDS[state.report.periodKind];
        set({
          period: next.period,
          // The clerk moved the document to the new quarter: it is the document's period from now on.
          documentPeriod: next.period,
          raw: next.figures,
          unconfirmed: next.unconfirmed,
          periods,
          ...derive(next.figures, next.period, state.observations),
          busy: null,
          notice: {
            intent: "info",
            text:
              `Đã chuyển sang ${name}. ${next.unconfirmed.length} số liệu chưa cập nhật cho ${kindWord} mới: nhập lại hoặc bấm ` +
              `«Xác nhận» cho từng số liệu. Bấm «Cập nhật văn bản» để ghi các mốc thời gian của ${kindWord} mới vào văn bản.`,
          },
        });
      }),

  };
}

/**
 * What a recognition leaves in the pane, and in the stored part its write saves: the document's figures replace what
 * the form held for those fields; the report's period from its title (not after a roll-over, when the title still
 * shows the old one, nor when a few figures are read again); the figures still unclear, those the clerk said «không
 * nêu» apart. Read again for a few figures, the others still unclear stay on the list.
 */
function afterRecognition(state: AppState, summary: BindingSummary, only: ReadonlySet<FieldId> | null): Pick<AppState, "raw" | "period" | "unclear"> {
  const raw = { ...state.raw };
  for (const figure of summary.bound) {
    const def = state.report.byId.get(figure.field);
    if (figure.typed) raw[figure.field] = def ? boxText(def, figure.input) : figure.input;
  }
  const period = !only && summary.period && state.unconfirmed.length === 0 ? summary.period : state.period;
  const found = summary.ambiguous.map((f) => f.field).filter((id) => !state.notStated.includes(id));
  const unclear = only ? [...state.unclear.filter((id) => !only.has(id)), ...found] : found;
  return { raw, period, unclear: inFormOrder(state.report, unclear) };
}

/** After reading again the figures left unclear: each named with what became of it. */
function rereadNotice(report: ReportDefinition, summary: BindingSummary, asked: ReadonlySet<FieldId>): Notice {
  const names = (ids: readonly FieldId[]) => ids.map((id) => `«${fieldName(report, id)}»`).join(", ");
  const bound = summary.bound.map((f) => f.field);
  const unclear = summary.ambiguous.map((f) => f.field);
  const gone = [...summary.notFound, ...summary.leftOut].map((f) => f.field);
  const present = summary.present.filter((id) => asked.has(id));
  const parts = [
    bound.length > 0 ? `Đã gắn ${names(bound)}.` : "",
    unclear.length > 0 ? `Còn chưa rõ ${names(unclear)}: xem các số tìm thấy ở danh sách bên dưới và đối chiếu với văn bản trước khi gắn.` : "",
    gone.length > 0 ? `Không còn thấy ${names(gone)} trong văn bản: nếu báo cáo có nêu, hãy nhập ở thẻ «Số liệu».` : "",
    present.length > 0 ? `${names(present)} đã có ô trong văn bản, giữ nguyên.` : "",
  ];
  return { intent: unclear.length + gone.length > 0 ? "warning" : "success", text: parts.filter((p) => p !== "").join(" ") };
}

/**
 * «Không phát hiện vấn đề nào» only when every check ran and every figure of the form is in the pane, as
 * `npm run check` says it (render.ts verdict): a figure not read is a part of the report nobody checked.
 */
function checkNotice(
  problems: number,
  errors: number,
  { unchecked, missing, mistyped, leftOut, unread }: { unchecked: number; missing: number; mistyped: number; leftOut: number; unread: boolean },
): Notice {
  const notRun =
    (unchecked > 0 ? ` ${unchecked} kiểm tra không chạy được vì ${mistyped > 0 ? "số liệu thiếu hoặc nhập sai" : "thiếu số liệu"} (xem danh sách).` : "") +
    (mistyped > 0 ? ` ${mistyped} số liệu văn bản có nhưng số nhập trong ngăn không dùng được: sửa ở thẻ «Số liệu».` : "") +
    (unread
      ? ` Chưa có số liệu nào của mẫu: bấm «Nhận diện số liệu» để đọc các số trong văn bản, rồi kiểm tra lại.`
      : missing > 0
        ? ` Còn ${missing} số liệu của mẫu chưa có (chưa nhập hoặc chưa nhận diện được): chưa thể kết luận văn bản đúng.`
        : "");
  // Said apart and last: an optional figure left out is the report's choice, not a part nobody checked.
  const optional = leftOut > 0 ? ` ${leftOut} số liệu không bắt buộc để trống.` : "";
  if (problems === 0 && unchecked === 0 && missing === 0 && mistyped === 0) return { intent: "success", text: `Không phát hiện vấn đề nào.${optional}` };
  if (problems === 0) return { intent: "warning", text: `Không thấy vấn đề trong phần đã kiểm tra.${notRun}${optional}` };
  return { intent: errors > 0 ? "error" : "warning", text: `Kiểm tra văn bản: ${errors} lỗi, ${problems - errors} cảnh báo.${notRun}${optional}` };
}

/** A clerk read «18 bound; 17/62 typed» as a miscount: the one more is a figure the form computes. */
function computedPart(summary: BindingSummary): string {
  const computed = summary.bound.length - summary.typedBound;
  return computed > 0 ? ` và ${computed} số liệu tự tính` : "";
}

/**
 * `notStated`: figures she said the report does not state. Still unclear to the engine, they are counted as «không
 * tìm thấy», as the result's line below counts them (walk48, F7: «17 không tìm thấy. 3 chưa rõ» above «Không tìm thấy:
 * 19 · Chưa rõ: 1»).
 */
function recognitionNotice(summary: BindingSummary, switched: string | null, notStated: readonly FieldId[]): Notice {
  const unstated = summary.ambiguous.filter((f) => notStated.includes(f.field)).length;
  const notFound = summary.notFound.length + unstated;
  const unclear = summary.ambiguous.length - unstated;
  const parts = [
    switched ? `Đang dùng mẫu «${switched}».` : "",
    summary.bound.length === 0 && summary.present.length > 0
      ? "Không có số liệu mới để gắn."
      : `Đã gắn ${summary.bound.length} số liệu vào ô: ${summary.typedBound}/${summary.typedTotal} số liệu cần nhập của mẫu${computedPart(summary)}.`,
    notFound > 0 ? `${notFound} không tìm thấy.` : "",
    summary.leftOut.length > 0 ? `${summary.leftOut.length} số liệu không bắt buộc văn bản không nêu.` : "",
    unclear > 0 ? `${unclear} chưa rõ: xem các số tìm thấy ở danh sách bên dưới và đối chiếu với văn bản trước khi gắn.` : "",
    summary.present.length > 0 ? `${summary.present.length} đã có ô từ trước, giữ nguyên.` : "",
  ];
  const intent = notFound + unclear > 0 ? "warning" : "success";
  return { intent, text: parts.filter((p) => p !== "").join(" ") };
}

const BLOCK_REASONS = {
  insideControl: "chưa gắn vì nằm trong (hoặc có thể nằm trong) một ô nội dung khác cùng đoạn: hãy chọn số đó trong văn bản rồi gắn bằng tay nếu đúng",
  trackedChange: "chưa gắn vì có thay đổi đang theo dõi chưa duyệt: hãy chấp nhận hoặc từ chối thay đổi đó rồi nhận diện lại",
} as const;

/** Figures Word found but the gateway left alone, named with the reason, so none is silently missing. */
function withBlocked(notice: Notice, blocked: BindOutcome["blocked"]): Notice {
  if (blocked.length === 0) return notice;
  const sentences = (Object.keys(BLOCK_REASONS) as (keyof typeof BLOCK_REASONS)[]).flatMap((reason) => {
    const titles = [...new Set(blocked.filter((b) => b.reason === reason).map((b) => `«${b.address.title}»`))];
    return titles.length > 0 ? [`${titles.length} số liệu ${BLOCK_REASONS[reason]}: ${titles.join(", ")}.`] : [];
  });
  return { intent: "warning", text: `${notice.text} ${sentences.join(" ")}` };
}

/** The words around a figure's place in its paragraph, to quote where a number was found (walk43, 3). */
function excerptAround(paragraph: string, context: string): string {
  const at = Math.max(0, paragraph.indexOf(context));
  const from = Math.max(0, at - 70);
  const to = Math.min(paragraph.length, at + context.length + 40);
  return `${from > 0 ? "…" : ""}${paragraph.slice(from, to).trim()}${to < paragraph.length ? "…" : ""}`;
}
