/**
 * A figure stated twice with different values («120 hồ sơ» in the summary, «125 hồ sơ» in the body) is not a
 * figure the engine may pick: a careful specialist would not silently take one. After every figure is placed (by
 * wording or by meaning), a bound count or percentage is doubted when another number, left to no figure, is described
 * nearly as well by its words, and this figure is the one that describes it best: the clerk sees both and chooses.
 * A correction settles it (corrections.ts): a figure bound where the text corrects it stays bound («Số liệu đã điều
 * chỉnh: … 125 hồ sơ»); one bound to the value a correction replaces is doubted, the corrected value shown first.
 * The same value written again is a repetition, never a doubt. A passage that writes another figure of the bound
 * place's paragraph again with its value (an appendix's «D.3. …: tiếp nhận 41.236; đã giải quyết 39.114») restates
 * that paragraph: a number there this figure describes is it stated again, though its words are fewer than the body's.
 */
import type { FieldId } from "../../types";
import type { Recognition } from "../types";
import { FLOOR } from "./assign";
import type { Candidate } from "./candidates";
import { isCorrection, slippedDigits } from "./corrections";
import type { FieldProfile, Vocabulary } from "./profiles";
import { eligible, score } from "./score";
import { scoreCeiling } from "./scoreBound";
import { leadParagraphOf } from "./listLead";
import { summaryTableStarts } from "./summaryTables";
import { shareOfEarlierCount } from "./sharesOfEarlierCount";

/** How much less well described the other value may be and still be the same figure stated again. */
export const RESTATED_GAP = 0.05;

/** Between a value and the correction of it in the same clause: words and a bracket or colon, no other number. */
const AMENDS = /^[^\d.;\n]{0,60}$/u;
/** AMENDS matches at most 60 code points, so never more than 120 UTF-16 units: farther pairs are not tested (each test scanned the text between). */
const AMENDS_REACH = 120;

export interface Placed {
  exact: ReadonlyMap<FieldId, Recognition>;
  meaning: ReadonlyMap<FieldId, readonly Candidate[]>;
}

/** Per doubted figure, its candidates as the clerk should see them: a correction first, then the bound places. */
export function statedTwice(
  text: string,
  profiles: readonly FieldProfile[],
  candidates: readonly Candidate[],
  vocab: Vocabulary,
  placed: Placed,
  taken: ReadonlySet<number>,
  refused: (p: FieldProfile, c: Candidate) => boolean,
): Map<FieldId, Candidate[]> {
  // Asked per figure × number: each place's paragraph is read once.
  const paragraphCache = new Map<number, number>();
  const paragraphAt = (at: number) => paragraphCache.get(at) ?? paragraphCache.set(at, paragraphOf(text, at)).get(at)!;
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  // Whether a number is a correction, and which slipped figures its sentence names, are the number's own: read once,
  // not once per figure asking.
  const corrections = new Map<Candidate, boolean>();
  const correction = (c: Candidate) => corrections.get(c) ?? corrections.set(c, isCorrection(text, c.token.start, c.token.end)).get(c)!;
  const slips = new Map<Candidate, string[]>();
  const slipped = (c: Candidate) => slips.get(c) ?? slips.set(c, slippedDigits(text, c.token.start, c.token.end)).get(c)!;
  const scores = new Map<FieldProfile, Map<Candidate, number>>();
  const wordsOnly = (p: FieldProfile, c: Candidate) => (eligible(p, c) ? score(p, c, vocab) : -1);
  const scoreOf = (p: FieldProfile, c: Candidate) => {
    const mine = scores.get(p) ?? scores.set(p, new Map()).get(p)!;
    let s = mine.get(c);
    if (s === undefined) {
      // The words first: a veto reads the text around the number and costs far more, and every use of a score below
      // half the floor is the same whether refused or not.
      s = wordsOnly(p, c);
      if (s >= FLOOR / 2 && refused(p, c)) s = -1;
      mine.set(c, s);
    }
    return s;
  };
  // Every figure is asked about every free number, but only whether a score passes a mark (every mark here is over
  // -1): a score is at most its words' (a refusal makes it -1), and those at most scoreBound.ts's ceiling, which is
  // read without looking up each wording's every word. The exact score and the veto are read only past both.
  const ceiling = scoreCeiling(profiles, vocab);
  const reaches = (p: FieldProfile, c: Candidate, mark: number) => ceiling(p, c) >= mark && wordsOnly(p, c) >= mark && scoreOf(p, c) >= mark;
  const beats = (p: FieldProfile, c: Candidate, mark: number) => ceiling(p, c) > mark && wordsOnly(p, c) > mark && scoreOf(p, c) > mark;
  // A row of a table that adds up to a «Tổng cộng» row is a part, another period's cell an earlier value: neither
  // restates the figure.
  const free = candidates.filter((c) => c.token.kind !== "zero" && !c.part && !c.otherPeriod && !taken.has(c.token.start));
  // A value bound to another figure that describes the number too is that figure's, written again («giải quyết
  // 95,1%» in the summary is the share solved, bound in the body).
  const valuesOf = new Map<FieldProfile, Set<number>>();
  const boundIn = new Map<number, Set<FieldProfile>>();
  for (const q of profiles) {
    const e = placed.exact.get(q.field.id);
    const at = e?.state === "bound" ? e.occurrences.flatMap((o) => byStart.get(o.start) ?? []) : (placed.meaning.get(q.field.id) ?? []);
    if (at.length > 0) valuesOf.set(q, new Set(at.map((c) => c.token.value)));
    for (const c of at) {
      const paragraph = paragraphAt(c.token.start);
      (boundIn.get(paragraph) ?? boundIn.set(paragraph, new Set()).get(paragraph)!).add(q);
    }
  }
  // An item of a list another figure's sentence opens («Lãnh đạo UBND tỉnh tiếp 02 lượt với 18 người, cụ thể:» over
  // «- Chủ tịch …: 01 lượt/06 người») is a part of that figure, not this one stated again (listLead.ts).
  const lineCache = new Map<number, number>();
  const lineAt = (at: number) => lineCache.get(at) ?? lineCache.set(at, text.lastIndexOf("\n", at - 1)).get(at)!;
  // On one line too: «Thủ trưởng các sở, ban, ngành tiếp 03 lượt với 05 người, cụ thể: Giám đốc Sở A tiếp định kỳ 01
  // lượt, …»: what follows «cụ thể:» in the sentence of another figure's number is that number's parts.
  const boundAt = new Map<number, Set<FieldProfile>>();
  for (const q of profiles) {
    const e = placed.exact.get(q.field.id);
    const at = e?.state === "bound" ? e.occurrences : (placed.meaning.get(q.field.id) ?? []).map((c) => c.token);
    for (const o of at) (boundAt.get(o.start) ?? boundAt.set(o.start, new Set()).get(o.start)!).add(q);
  }
  const detailedOf = (p: FieldProfile, c: Candidate) => {
    const from = lineAt(c.token.start) + 1;
    const lead = text.slice(from, c.token.start);
    const detail = /,[ \u00a0]*cụ thể[ \u00a0]*:/iu.exec(lead);
    if (detail === null || /[.(]\s/u.test(lead.slice(0, detail.index))) return false;
    for (const [start, qs] of boundAt) if (start >= from && start < from + detail.index && !qs.has(p)) return true;
    return false;
  };
  const itemOfOther = (p: FieldProfile, c: Candidate) => {
    const lead = paragraphAt(c.token.start);
    const there = boundIn.get(lead);
    return (there !== undefined && !there.has(p) && lead !== lineAt(c.token.start)) || detailedOf(p, c);
  };
  // The values written in each paragraph, read once the first time a restating passage is asked about.
  let valuesByParagraph: Map<number, Set<number>> | undefined;
  const valuesIn = (paragraph: number) => {
    if (valuesByParagraph === undefined) {
      valuesByParagraph = new Map();
      for (const c of candidates) {
        const at = paragraphAt(c.token.start);
        (valuesByParagraph.get(at) ?? valuesByParagraph.set(at, new Set()).get(at)!).add(c.token.value);
      }
    }
    return valuesByParagraph.get(paragraph) ?? new Set<number>();
  };
  const anothers = (p: FieldProfile, c: Candidate) =>
    profiles.some((q) => q !== p && (valuesOf.get(q)?.has(c.token.value) ?? false) && reaches(q, c, FLOOR / 2));
  const summaryStart = summaryTableStarts(text, candidates);
  // Whether a number is a share of a count before it is the number's own: read once, not once per figure asking.
  const shares = new Map<Candidate, boolean>();
  const shareOf = (c: Candidate) => shares.get(c) ?? shares.set(c, shareOfEarlierCount(text, c.token.start)).get(c)!;
  const doubted = new Map<FieldId, Candidate[]>();
  for (const p of profiles) {
    if (p.kind !== "count" && p.kind !== "percent") continue;
    const id = p.field.id;
    const exact = placed.exact.get(id);
    const places = exact?.state === "bound" ? exact.occurrences.map((o) => byStart.get(o.start) ?? null) : (placed.meaning.get(id) ?? null);
    if (!places || places.length === 0) continue;
    const known = places.filter((c): c is Candidate => c !== null);
    if (known.some(correction)) continue;
    const values = new Set(known.map((c) => c.token.value));
    // A place found by wording but not a candidate (a cut or rounded number) is as well described as can be.
    // Read when a number could restate it (its bound places' vetoes are dear, and most figures have no such number).
    let top: number | undefined;
    const topOf = () => (top ??= known.length < places.length ? 1 : Math.max(...known.map((c) => scoreOf(p, c))));
    // A restatement is elsewhere: in the bound place's own paragraph another value is another fact («03 Phó Chánh
    // Văn phòng, trong đó 01 đồng chí …», «29 nhiệm vụ, đã hoàn thành 21»).
    const paragraphs = new Set(known.map((c) => paragraphAt(c.token.start)));
    // Restated means the same thing counted: the unit written beside it is the bound place's («120 hồ sơ»).
    const units = new Set(known.map((c) => c.unit));
    const sameThing = (c: Candidate) => p.kind === "percent" || (c.unit !== null && units.has(c.unit));
    // Only a correction or a restatement (below) is a doubt: a number scored `s` that can be neither is read no further.
    // A passage that writes another figure of the bound place's paragraph again, with its value, restates that
    // paragraph («tiếp nhận 41.236 hồ sơ, đã giải quyết 39.141 hồ sơ» in the body, «D.3. …: tiếp nhận 41.236; đã giải
    // quyết 39.114» in the appendix): a number there this figure describes is it stated again, however tersely.
    // Only a number that counts no other thing (no unit, or the bound place's), in a passage that does not write the
    // bound value too (then that is the figure restated, the other number something else).
    const restating = (c: Candidate) =>
      (c.unit === null || units.has(c.unit)) &&
      restatesPassage(boundIn, valuesOf, p, paragraphs, paragraphAt(c.token.start)) &&
      ![...values].some((v) => valuesIn(paragraphAt(c.token.start)).has(v));
    // A figure bound only in a closing summary table: the body before it, stating the same thing, is its source, not a
    // rival the terse row outscores (summaryTables.ts).
    // Only a number this figure reads best of all the form's, and whose value the row does not write itself: a row that
    // names the body's value («Báo cáo ghi 23.412 hồ sơ là do lỗi đánh máy») has settled the difference.
    const starts = known.map(summaryStart);
    const rows = known.map((k) => text.slice(text.lastIndexOf("\n", k.token.start) + 1, text.indexOf("\n", k.token.end) >>> 0));
    const summarised = (c: Candidate) =>
      known.length === places.length &&
      starts.every((t) => t !== undefined && c.token.end <= t) &&
      !rows.some((row) => row.includes(c.token.text)) &&
      !profiles.some((q) => q !== p && wordsOnly(q, c) > wordsOnly(p, c));
    const elsewhere = (c: Candidate, s: number) =>
      !paragraphs.has(paragraphAt(c.token.start)) && ((sameThing(c) && (s >= topOf() - RESTATED_GAP || summarised(c))) || restating(c));
    const mayDoubt = (c: Candidate, s: number) => correction(c) || elsewhere(c, s);
    const after = (k: Candidate, c: Candidate) => k.token.end <= c.token.start && c.token.start - k.token.end <= AMENDS_REACH;
    // «đúng là 10.986 (… ghi nhầm là 10.968)»: a correction that names the slipped figure corrects the figure bound
    // to it, and no other it happens to describe (corrections.ts).
    const digitsBound = new Set(known.map((k) => k.token.text.replace(/\D/gu, "")));
    const othersSlip = (c: Candidate) => {
      const digits = slipped(c);
      return digits.length > 0 && !digits.some((d) => digitsBound.has(d));
    };
    const others = free.filter((c) => {
      if (values.has(c.token.value)) return false;
      if (othersSlip(c)) return false;
      // «dòng «…: 17/4.210 hồ sơ» nêu trên ghi nhầm; số đúng là 11/4.210 hồ sơ»: a correction that names this figure's
      // value as the slip is its own, however few of the figure's words stand beside it.
      if (c.token.kind === known[0]?.token.kind && correction(c) && slipped(c).some((d) => digitsBound.has(d)) && !refused(p, c)) return true;
      // Most figure × number pairs end here, before any text is read: too poorly described, and no bound place near.
      const near = known.some((k) => after(k, c));
      if (!near && ceiling(p, c) < FLOOR) return false;
      if (itemOfOther(p, c)) return false;
      // «37 lượt/52 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum 13 lượt)»: a share of a count before it (sharesOfEarlierCount.ts).
      if (shareOf(c)) return false;
      // «đã nhận 120 hồ sơ (điều chỉnh lại: 125 hồ sơ)»: a correction right after the bound value is that value's.
      const amends = near && known.some((k) => after(k, c) && AMENDS.test(text.slice(k.token.end, c.token.start))) && correction(c);
      if (amends && scoreOf(p, c) > 0 && !refused(p, c)) return true;
      const s = ceiling(p, c) >= FLOOR ? wordsOnly(p, c) : -1;
      if (s < FLOOR || !mayDoubt(c, s)) return false;
      // A figure not bound anywhere that this number describes better may be what it is: no doubt from it then.
      // The veto last (were it to refuse, the score would be -1): it is the dearest to read.
      // A correction is shown whoever else its words fit: the clerk must see that the value bound was corrected.
      return (correction(c) || !profiles.some((q) => q !== p && !valuesOf.has(q) && beats(q, c, s))) && !anothers(p, c) && scoreOf(p, c) >= FLOOR;
    });
    const corrected = others.filter(correction);
    const restated = others.filter((c) => elsewhere(c, scoreOf(p, c)));
    if (corrected.length > 0) doubted.set(id, [...corrected, ...known]);
    else if (restated.length > 0) doubted.set(id, [...known, ...restated]);
  }
  return doubted;
}

/**
 * Whether the paragraph starting at `there` restates one of `own` (the paragraphs where `p` is bound): another figure
 * of one value is bound in both. Its words need not be the bound place's (a summary or an appendix line is terse).
 */
function restatesPassage(
  boundIn: ReadonlyMap<number, ReadonlySet<FieldProfile>>,
  valuesOf: ReadonlyMap<FieldProfile, ReadonlySet<number>>,
  p: FieldProfile,
  own: ReadonlySet<number>,
  there: number,
): boolean {
  const fellows = boundIn.get(there);
  if (fellows === undefined || own.has(there)) return false;
  for (const q of fellows) {
    if (q === p || valuesOf.get(q)?.size !== 1) continue;
    for (const at of own) if (boundIn.get(at)?.has(q)) return true;
  }
  return false;
}

/** Items of a list a colon opens read with its opening line (listLead.ts). */
function paragraphOf(text: string, at: number): number {
  return leadParagraphOf(text, at);
}
