/**
 * The precision layer: a figure bound by wording or by meaning is demoted to unclear when something around it says
 * it is not the form's figure (vetoText.ts: approximation, comparison, another level, a result for a plan;
 * vetoPlace.ts: another column, room, body, or an organisation the document never names). Demoted, never dropped:
 * the clerk still sees the number as a candidate and chooses. A wrong value silently imported is the one outcome
 * recognition must never give; a figure left for the clerk costs two clicks.
 *
 * The document's context is read once (vetoContext.ts, on the form's words: vetoFormWords.ts); the vetoes are asked
 * in order, those that answer alike for the lenient and strict readings first (vetoLeading.ts, then vetoTrailing.ts).
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { NumberToken } from "../numbers";
import type { Occurrence, Recognition } from "../types";
import { countsTime, isRowNumber, notACount } from "./notCounts";
import { isOtherPeriod } from "./periodScope";
import { readPeriodScope } from "./reportPeriod";
import { memoFor, remembered } from "./vetoMemo";
import { spanFacts } from "./vetoFacts";
import { isApproximate } from "./vetoText";
import { inStruckQuote } from "./struckQuote";
import type { VetoContext, VetoReason } from "./vetoContext";
import { leadingVeto, otherLevelAt } from "./vetoLeading";
import { trailingVeto } from "./vetoTrailing";

export { vetoContext, type VetoContext, type VetoReason } from "./vetoContext";

const reasons = memoFor<VetoReason | null>();

/** Why the number at [start, end) is not this field's figure, or null when nothing says so (read once per document). */
export function vetoReason(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }, strict = false): VetoReason | null {
  return remembered(reasons, ctx, field, `${o.start}:${o.end}:${strict ? 1 : 0}`, () => judgeVeto(ctx, field, o, strict));
}

const leading = memoFor<VetoReason | null>();

function judgeVeto(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }, strict: boolean): VetoReason | null {
  // The vetoes before the first strict-only one answer the same for both readings (the wording's refusal and the
  // assignment ask leniently, the final demotion strictly): read once for both.
  return remembered(leading, ctx, field, `${o.start}:${o.end}`, () => leadingVeto(ctx, field, o)) ?? trailingVeto(ctx, field, o, strict);
}

/**
 * Whether a veto refuses the number outright, so that the assignment neither offers it to the field nor counts it as
 * a rival there: a cutoff date outside the organisation's scope may still be its (applyVetoes decides with the rest).
 */
export function refusedBy(reason: VetoReason | null, field: FieldDef): boolean {
  // An own head's award stays a rival: refused, its people would be taken for the next award line's (vetoOwnAward.ts).
  return reason !== null && reason !== "ownAward" && !(field.kind === "date" && reason === "organisationOutOfScope");
}

/**
 * Demotes every bound field one of whose places is vetoed, and every percentage bound beside a demoted part.
 * Period fields are left to the structure check.
 */
export function applyVetoes(ctx: VetoContext, report: ReportDefinition, result: Map<FieldId, Recognition>): void {
  const demoted = new Set<FieldId>();
  const cutoffs: FieldDef[] = [];
  for (const field of report.fields) {
    const r = result.get(field.id);
    if (r?.state !== "bound" || field.formula?.op === "period") continue;
    const all = r.occurrences.map((o) => vetoReason(ctx, field, o, true));
    // A value written again in a place that names a rival figure («… cho hoạt động của HĐND») is that place's
    // coincidence: the place goes, the value stays bound where nothing speaks against it.
    // So too a place whose clause is a unit's of its own (unitSubject.ts): «hợp đồng lao động … 08 người» stays, the
    // hospital's «hợp đồng 96» goes.
    const placeOnly = (x: VetoReason | null) => x === "rival" || x === "otherUnit";
    if (all.some(placeOnly) && all.some((x) => x === null) && all.every((x) => x === null || placeOnly(x))) {
      result.set(field.id, { state: "bound", occurrences: r.occurrences.filter((_, i) => all[i] === null) });
      continue;
    }
    const reasons = all.filter((x) => x !== null);
    if (reasons.length === 0) continue;
    // A date out of the organisation's scope may still be its cutoff, unless it is dated for another level.
    const own = ctx.fields.get(field.id)!;
    const onlyScope = reasons.every((x) => x === "organisationOutOfScope") && !r.occurrences.some((o) => otherLevelAt(ctx, own, o));
    if (field.kind === "date" && onlyScope) cutoffs.push(field);
    else demoted.add(field.id);
  }
  // A cutoff date written in the report's opening is the organisation's too when the document gives its figures.
  for (const field of cutoffs) {
    const figures = report.fields.some(
      (f) => f.section === field.section && f.kind !== "date" && result.get(f.id)?.state === "bound" && !demoted.has(f.id),
    );
    if (!figures) demoted.add(field.id);
  }
  for (const field of report.fields) {
    if (field.formula?.op === "percentOf" && demoted.has(field.formula.part)) demoted.add(field.id);
  }
  for (const id of demoted) {
    const r = result.get(id);
    if (r?.state !== "bound") continue;
    // Offered to the clerk, but never a table row's number («2⇥Phòng chuyên môn…⇥08»: walk48, F6, one click from
    // binding «2» as the office's count of rooms).
    const shown = (r.occurrences as Occurrence[]).filter((o) => !isRowNumber(ctx.text, o.start, o.end));
    result.set(id, shown.length > 0 ? { state: "ambiguous", candidates: shown } : { state: "notFound" });
  }
}

/**
 * Numbers that are certainly not a current figure are no candidates at all: «khoảng 11.000», an identifier («NĐ
 * 111»), a duration («9 tháng»: unless the form counts time), a figure of another period than the form's.
 */
export function exactOnly(text: string, tokens: readonly NumberToken[], report?: ReportDefinition, options: { vetoes?: VetoContext; limit?: number } = {}): NumberToken[] {
  // A form that counts time (days, months) keeps durations as candidates; its fields' vetoes judge them.
  const period = report ? readPeriodScope(text, report.periodKind) : null;
  const timeUnit = report?.fields.find((f) => f.kind === "count" && countsTime(f.unit))?.unit;
  // The vetoes read the same facts of the same numbers (vetoFacts.ts, the same text and period): read once for both.
  const { vetoes, limit = Infinity } = options;
  const facts = vetoes && vetoes.text === text && report && vetoes.period.kind === report.periodKind ? vetoes : null;
  const kept: NumberToken[] = [];
  for (const t of tokens) {
    const at = facts && spanFacts(facts, t);
    const keep =
      !(at ? at.approximate : isApproximate(text, t.start, t.end)) &&
      // «tháng 10» stays a candidate (its veto judges it): dropping it re-pairs the words of the numbers around it.
      !(t.kind === "count" && notACount(text, t.start, t.end, timeUnit) && !/tháng[ \u00a0]*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))) &&
      !(period && (at ? at.otherPeriod : isOtherPeriod(text, t.start, t.end, period))) &&
      // «Nội dung "… 02 đơn vị …" của báo cáo quý III xin bỏ»: an old report's words, withdrawn (struckQuote.ts).
      !inStruckQuote(text, t.start, t.end) &&
      // «2⇥Công chức hiện có⇥người⇥22»: a row's number in its first cell numbers the row; offered, it is a trap.
      !(t.kind === "count" && (at ? at.rowNumber : isRowNumber(text, t.start, t.end)));
    if (keep) kept.push(t);
    // Past `limit` numbers kept the caller reads none of them (recognition by meaning stops at MAX_MEANING_NUMBERS):
    // a text of 400,000 numbers is not judged number by number for nothing.
    if (kept.length > limit) break;
  }
  return kept;
}
