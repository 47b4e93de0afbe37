/**
 * "Nhận diện số liệu" in the task pane, as pure functions around the gateway's three syncs: plan the addresses from
 * the paragraphs Word returned, then sum up what was bound, not found and ambiguous once Word has answered. The
 * clerk sees every figure the pane did not bind, with the reason; nothing is bound on a guess.
 */
import { fieldName } from "../fieldName";
import { assertTextWithinLimits } from "../limits";
import { missingFigures } from "../optional";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import { addressOf, paragraphStarts, type AddressResult, type TextAddress, type Unaddressable } from "./addresses";
import { candidatePeriod } from "./candidatePeriod";
import { readPeriodScope, type PeriodScope } from "./meaning/reportPeriod";
import { choicesOf, type FigureChoice } from "./paneChoices";
import { paneText, type ParagraphShape } from "./paneText";
import { detectPeriodOfKind } from "./periodTitle";
import { detectPeriod } from "./quarters";
import { recognizeFigures } from "./recognize";
import { quote } from "./text";
import type { Occurrence } from "./types";

export interface BoundFigure {
  field: FieldId;
  label: string;
  typed: boolean;
  /** What a clerk would type: the first place's value. */
  input: string;
  /** Places wrapped in a control, and places the pane could not reach (listed, left as typed). */
  places: number;
  missed: number;
}

export interface UnboundFigure {
  field: FieldId;
  label: string;
  /** Why nothing was bound, in Vietnamese. */
  reason: string;
  /** For an unclear figure: the numbers the clerk chooses from (in the document, then the field). */
  candidates?: FigureChoice[];
  /** Recognition found the figure in the text, but Word could not be given its place: the document does state it. */
  stated?: true;
  /** The document states the figure again with another value: the place not chosen still says otherwise. */
  restated?: true;
}

export interface BindingSummary {
  period: Period | null;
  bound: BoundFigure[];
  /** Typed figures the report owes and the text does not seem to state. */
  notFound: UnboundFigure[];
  /** Optional figures the text leaves out with their whole group (../optional.ts): shown apart, not missing. */
  leftOut: UnboundFigure[];
  ambiguous: UnboundFigure[];
  /** Fields that already had a control of ours: left alone. */
  present: FieldId[];
  /** Typed fields bound, of all typed fields. */
  typedBound: number;
  typedTotal: number;
}

/** Structurally the gateway's FigureAddress: the domain does not depend on the Office layer. */
export interface FigureAddress extends TextAddress {
  tag: FieldId;
  title: string;
}

/** What the gateway read: the paragraphs, and the tags of the controls already there. */
export interface DocumentText {
  paragraphs: readonly string[];
  /** Each paragraph's table cell and list label (Word's), so the text has the command line's shape. */
  shapes?: readonly ParagraphShape[];
  controls: ReadonlyArray<{ tag: string }>;
}

interface Target {
  field: FieldId;
  occurrence: Occurrence;
  address: FigureAddress;
}

export interface BindingPlan {
  addresses: FigureAddress[];
  /**
   * Fields the form would find in this document: those the text states at a place Word can be given, and those that
   * already have a control. How well the form fits the document (formFit.ts), known before Word is asked anything.
   */
  found: number;
  /** Completes the summary with Word's answer (which addresses it confirmed). */
  finish(confirmed: readonly FigureAddress[]): BindingSummary;
}

const UNADDRESSABLE: Record<Unaddressable, string> = {
  spansParagraphs: "số liệu nằm trên nhiều đoạn văn, không gắn được vào một ô",
  repeatedWording: "cách viết quanh số liệu lặp lại trong đoạn, không xác định chắc chắn được vị trí",
  specialCharacters: "có ký tự đặc biệt mà Word không tìm được",
};
const NOT_CONFIRMED = "Word không tìm lại được đúng một chỗ khớp (văn bản vừa thay đổi?)";

/**
 * `only`: the fields to bind and sum up, the others left as they are (the figures a reopened pane names as still
 * unclear, read again for their candidates). The whole text is still read, so each of them is recognised exactly as
 * a full recognition would.
 */
export function planBinding(read: DocumentText, report: ReportDefinition, only?: ReadonlySet<FieldId>): BindingPlan {
  const layout = paneText(read.paragraphs, read.shapes);
  const text = layout.text;
  assertTextWithinLimits(text);
  const starts = paragraphStarts(read.paragraphs);
  // The engine's offsets are in the shaped text (rows, labels); Word is searched paragraph by paragraph.
  const address = (o: Occurrence): AddressResult => {
    const at = layout.toParagraph(o.start, o.end);
    if (!at) return { ok: false, reason: "spansParagraphs" };
    return addressOf(read.paragraphs, starts, { ...o, start: starts[at.paragraph]! + at.start, end: starts[at.paragraph]! + at.end, line: at.paragraph + 1 });
  };
  const present = new Set(read.controls.map((c) => c.tag));
  const recognitions = recognizeFigures(text, report);
  const targets: Target[] = [];
  const unaddressed = new Map<FieldId, Unaddressable[]>();
  const ambiguous: UnboundFigure[] = [];
  const notFound: UnboundFigure[] = [];
  // Read once, and only when a figure is unclear: a candidate of another period is said so beside it.
  let scope: PeriodScope | undefined;
  const periodOf = (o: Occurrence) => candidatePeriod(text, o.start, o.end, (scope ??= readPeriodScope(text, report.periodKind)));

  for (const field of report.fields) {
    if (present.has(field.id) || (only && !only.has(field.id))) continue;
    const recognition = recognitions.get(field.id) ?? { state: "notFound" as const };
    if (recognition.state === "notFound") {
      // Computed fields the text does not write (period parts, most sums) are not missing: the pane computes them.
      if (!field.formula) notFound.push({ field: field.id, label: fieldName(report, field.id), reason: "không thấy cách viết quen thuộc của số liệu này" });
      continue;
    }
    if (recognition.state === "ambiguous") {
      const candidates = recognition.candidates.map((o) => `${quote(o.text, 30)} (đoạn ${layout.firstParagraph[layout.lineIndexAt(o.start)]! + 1})`).join(", ");
      ambiguous.push({
        field: field.id,
        label: fieldName(report, field.id),
        // One candidate is unclear when a sign says it may be another figure (a level, a period, an approximation).
        reason: recognition.candidates.length === 1 ? `chưa chắc đây là số liệu này: ${candidates}` : `có nhiều số có thể là số liệu này: ${candidates}`,
        candidates: choicesOf(layout, read.paragraphs, recognition.candidates, (o) => {
          const found = address(o);
          return found.ok ? { ...found.address, tag: field.id, title: field.label } : null;
        }, periodOf),
        ...(recognition.restated ? { restated: true as const } : {}),
      });
      continue;
    }
    for (const occurrence of recognition.occurrences) {
      const result = address(occurrence);
      if (result.ok) {
        targets.push({ field: field.id, occurrence, address: { ...result.address, tag: field.id, title: field.label } });
      } else {
        const reasons = unaddressed.get(field.id);
        if (reasons) reasons.push(result.reason);
        else unaddressed.set(field.id, [result.reason]);
      }
    }
  }

  return {
    addresses: targets.map((t) => t.address),
    found: new Set(targets.map((t) => t.field)).size + report.fields.filter((f) => present.has(f.id)).length,
    finish(confirmed) {
      const ok = new Set(confirmed);
      const bound: BoundFigure[] = [];
      const unsure = [...ambiguous];
      const byField = new Map<FieldId, Target[]>();
      for (const t of targets) {
        const mine = byField.get(t.field);
        if (mine) mine.push(t);
        else byField.set(t.field, [t]);
      }
      for (const field of report.fields) {
        const mine = byField.get(field.id) ?? [];
        const reasons = unaddressed.get(field.id) ?? [];
        if (mine.length === 0 && reasons.length === 0) continue;
        const done = mine.filter((t) => ok.has(t.address));
        const missed = mine.length - done.length + reasons.length;
        if (done.length === 0) {
          unsure.push({ field: field.id, label: fieldName(report, field.id), reason: mine.length > 0 ? NOT_CONFIRMED : UNADDRESSABLE[reasons[0]!], stated: true });
          continue;
        }
        bound.push({ field: field.id, label: fieldName(report, field.id), typed: !field.formula, input: done[0]!.occurrence.input, places: done.length, missed });
      }
      const typed = report.fields.filter((f) => !f.formula);
      const boundIds = new Set(bound.map((b) => b.field));
      const unsureIds = new Set(unsure.map((u) => u.field));
      const missing = missingFigures(report, (id) => boundIds.has(id) || present.has(id), (id) => unsureIds.has(id));
      const leftOut = new Set(missing.leftOut.map((f) => f.id));
      return {
        // The form's own kind of period (walk43: a monthly report recognised on the monthly form kept «Tháng 12»).
        period: report.periodKind === "quarter" ? detectPeriod(text) : detectPeriodOfKind(text, report.periodKind),
        bound,
        notFound: notFound.filter((f) => !leftOut.has(f.field)),
        leftOut: notFound.filter((f) => leftOut.has(f.field)),
        ambiguous: order(report, unsure),
        present: report.fields.filter((f) => present.has(f.id)).map((f) => f.id),
        typedBound: typed.filter((f) => boundIds.has(f.id)).length,
        typedTotal: typed.length,
      };
    },
  };
}

function order(report: ReportDefinition, list: UnboundFigure[]): UnboundFigure[] {
  const rank = new Map(report.fields.map((f, i) => [f.id, i]));
  return [...list].sort((a, b) => rank.get(a.field)! - rank.get(b.field)!);
}
