/**
 * Which number is which figure. A figure is bound only when one number clearly wins: its score passes a floor, beats
 * every other value for that figure by a margin, and no other figure wants that number nearly as much. Winners are
 * taken one at a time, best first, so that a figure bound elsewhere stops competing for the rest. Whatever is left
 * with a good but contested candidate is unclear (the clerk chooses); the rest is not found.
 */
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";
import { dateKey } from "../writtenDates";
import { eligible, score } from "./score";
import { namedOnlyFor } from "./figureNames";

/** Decided on the reference report and the reworded ones in tests/fixtures (docs/import-and-check.md). */
export const FLOOR = 0.4;
/**
 * Words for zero were held to 0.6 when any «không» was a candidate; now only those written as a figure are
 * (zeroWords.ts: an item's value, or «không có/nhận được» + the figure's own words), and they need what a number needs.
 */
export const ZERO_FLOOR = FLOOR;
export const MARGIN = 0.12;
export const CONSIDER = 0.3;

export interface Assignment {
  bound: Map<FieldId, Candidate[]>;
  /** The best candidates of figures that had one above the floor but no clear winner. */
  unclear: Map<FieldId, Candidate[]>;
}

/** What else is known of the candidates: numbers the precision layer refuses, the paragraph each stands in. */
export interface Judged {
  refused?: (p: FieldProfile, c: Candidate) => boolean;
  /** For this figure, `other` is no rival of `top` (a part of the total it is, sums.ts). */
  yields?: (p: FieldProfile, top: Candidate, other: Candidate) => boolean;
  /** For this figure, the total `part` stands in a bracket after (sums.ts bracketedParts): the part yields to it. */
  totalOf?: (p: FieldProfile, part: Candidate) => Candidate | undefined;
  /** `part` of such a bracket shares no words with this figure: never its value (sums.ts bracketedParts, `unnamed`). */
  unnamedPart?: (p: FieldProfile, part: Candidate) => boolean;
  /** Per candidate (same order), the paragraph it stands in. */
  paragraphs?: readonly number[];
  /** `c` is another figure's bound value written again: no rival for this one (restated.ts). */
  restated?: (p: FieldProfile, c: Candidate, by?: number) => boolean;
  /** Numbers written in words (spelledCandidates.ts): rivals of a figure's digits, never bound nor offered. */
  spelled?: readonly Candidate[];
}

interface Option {
  c: number;
  s: number;
}

export function assign(
  profiles: readonly FieldProfile[],
  digits: readonly Candidate[],
  vocab: Vocabulary,
  taken: Set<number>,
  judged: Judged = {},
): Assignment {
  const spelled = judged.spelled ?? [];
  const candidates = spelled.length > 0 ? [...digits, ...spelled] : digits;
  // A number in words competes as any other reading does, but the clerk binds digits only (paneChoices.chosenInput).
  const written = (o: Option) => o.c < digits.length;
  const refused = judged.refused ?? (() => false);
  const paragraph = (i: number) => (i < digits.length ? judged.paragraphs?.[i] ?? i : -1 - i);
  const yields = judged.yields ?? (() => false);
  const profileOf = new Map(profiles.map((p) => [p.field.id, p]));
  const options = new Map<FieldId, Option[]>();
  const shown = new Map<FieldId, Option[]>();
  const byCandidate = new Map<number, Array<{ id: FieldId; s: number }>>();
  for (const p of profiles) {
    const list: Option[] = [];
    candidates.forEach((c, i) => {
      if (!eligible(p, c)) return;
      const s = score(p, c, vocab);
      if (s < CONSIDER) return;
      // A number the precision layer refuses for this figure is neither its candidate nor a rival for it; it is still
      // shown to the clerk when the figure stays unclear.
      if (refused(p, c)) return void (shown.get(p.field.id) ?? shown.set(p.field.id, []).get(p.field.id)!).push({ c: i, s });
      list.push({ c: i, s });
      const claims = byCandidate.get(i);
      if (claims) claims.push({ id: p.field.id, s });
      else byCandidate.set(i, [{ id: p.field.id, s }]);
    });
    options.set(p.field.id, list.sort((a, b) => b.s - a.s));
  }
  const floorAt = (o: Option) => (candidates[o.c]!.token.kind === "zero" ? ZERO_FLOOR : FLOOR);
  const open = new Set(profiles.map((p) => p.field.id));
  const bound = new Map<FieldId, Candidate[]>();
  const free = (o: Option) => !taken.has(candidates[o.c]!.token.start);
  /*
   * Competition counts only where it is real: another figure competes for a number only if that number is (nearly)
   * its own best; another number competes for a figure only if no other figure clearly explains it better. So
   * "Bằng khen: 05 cá nhân … chữa cháy: Bằng khen cho 01 cá nhân" binds 05 and 01 to their own figures.
   * Each round memoises the bests, so a round costs one pass over the options.
   */
  /**
   * A part in a bracket after its total gives the figure's first place to that total when the total is a candidate
   * above the floor: the total then meets the other numbers as the figure's best (its parts yield to it).
   */
  const topOf = (id: FieldId, top: Option | undefined): Option | undefined => {
    if (!top || !judged.totalOf) return top;
    const total = judged.totalOf(profileOf.get(id)!, candidates[top.c]!);
    if (!total) return top;
    // The total below the floor is no reason to take a part that shares no words with the figure: «thực hiện 13 cuộc
    // …, trong đó 01 cuộc giao ban mở rộng» is one meeting of the thirteen, whether or not the thirteen's own words
    // reach the figure.
    const above = options.get(id)!.find((o) => candidates[o.c] === total && free(o) && o.s >= floorAt(o));
    return above ?? (judged.unnamedPart?.(profileOf.get(id)!, candidates[top.c]!) ? undefined : top);
  };
  for (;;) {
    const bests = new Map<FieldId, number>();
    const bestOf = (id: FieldId) => {
      let best = bests.get(id);
      if (best === undefined) bests.set(id, (best = options.get(id)!.find(free)?.s ?? 0));
      return best;
    };
    const rival = (i: number, id: FieldId, real: boolean) => {
      let top = 0;
      for (const r of byCandidate.get(i) ?? []) {
        if (r.id === id || !open.has(r.id) || r.s <= top) continue;
        if (!real || r.s >= bestOf(r.id) - MARGIN) top = r.s;
      }
      return top;
    };
    /**
     * The best a figure can do without number `i` (it may take the one another figure leaves): the same value
     * written again in another paragraph («46» in the summary and again in III.1.a) is the same choice, not a way out;
     * in the same paragraph it is another figure («01 tập thể, 01 cá nhân»).
     */
    const without = (id: FieldId, i: number) => {
      const value = keyOf(candidates[i]!);
      const repeat = (o: Option) => paragraph(o.c) !== paragraph(i) && keyOf(candidates[o.c]!) === value;
      return options.get(id)!.find((o) => o.c !== i && free(o) && !repeat(o))?.s ?? 0;
    };
    /*
     * One number explains one figure: a rival is no rival when giving it to the figure would cost the figure that
     * wants it more than it gains (a swap of the two that loses by the margin). "công chức giao 55, có mặt 46;
     * sự nghiệp giao 15, có mặt 14": 14 is a fair guess for both «đang thực hiện», but 46 for the first and 14 for
     * the second beats the swap clearly.
     */
    const swapLoses = (id: FieldId, mine: Option, theirs: Option) => {
      for (const r of byCandidate.get(theirs.c) ?? []) {
        if (r.id === id || !open.has(r.id)) continue;
        if (mine.s + r.s - (theirs.s + without(r.id, theirs.c)) >= MARGIN) return true;
      }
      return false;
    };
    /**
     * Another figure wants the same number nearly as much, and no swap settles it. Two figures within the margin of
     * each other on one number is a near tie: the swap must lose by both their margins to break it.
     */
    const contested = (id: FieldId, top: Option) => {
      for (const r of byCandidate.get(top.c) ?? []) {
        if (r.id === id || !open.has(r.id) || r.s < bestOf(r.id) - MARGIN) continue;
        // A near tie is settled by the figures' names: a number written beside this figure's name and not the
        // other's is this one's (figureNames.ts). A number the other figure's words clearly fit better stays contested.
        if (r.s - top.s < MARGIN && namedOnlyFor(profileOf.get(id)!, profileOf.get(r.id)!, candidates[top.c]!, vocab)) continue;
        if (r.s > top.s && wantedMore(r, top)) return true;
        if (top.s - r.s >= MARGIN) continue;
        if (top.s + without(r.id, top.c) - (r.s + without(id, top.c)) < 2 * MARGIN) return true;
      }
      return false;
    };
    /**
     * A figure the number fits better than it fits this one, whose own way out is clearly worse than the number: the
     * swap's sum says "take the other", but that figure may simply not be stated elsewhere (most reports leave some
     * out), so the number is as likely its own as ours.
     */
    const wantedMore = (r: { id: FieldId; s: number }, top: Option) => without(r.id, top.c) < r.s - MARGIN;
    /**
     * Another figure, open or bound, whose words the number fits clearly better than this figure's: by twice the
     * margin, for a bound one's words may merely be near («còn 04 hồ sơ chưa giải quyết» also reads as overdue files).
     */
    const describedBetter = (x: Option, id: FieldId) => (byCandidate.get(x.c) ?? []).some((r) => r.id !== id && r.s - x.s >= 2 * MARGIN);
    let winner: { id: FieldId; o: Option } | null = null;
    for (const id of open) {
      const list = options.get(id)!;
      const top = topOf(id, list.find((o) => free(o) && written(o)));
      if (!top || top.s < floorAt(top)) continue;
      // Nor is it this figure's own: a number whose value another figure holds, and whose words fit that figure clearly
      // better (by the margin), is that figure written again («được giao … 27 biên chế sự nghiệp» above the table row
      // binding the quota to 27), not a figure this one's words only half name (restated.ts). The figure's best is then
      // no one's to bind, nor does the next number take its place. Within the margin («02 Phó Chánh Văn phòng», «02
      // đồng chí cao cấp») two figures may well have one value.
      if (judged.restated?.(profileOf.get(id)!, candidates[top.c]!, MARGIN) ?? false) continue;
      const value = keyOf(candidates[top.c]!);
      const second =
        list.find(
          (o) =>
            free(o) &&
            keyOf(candidates[o.c]!) !== value &&
            o.s >= rival(o.c, id, false) - MARGIN &&
            !swapLoses(id, top, o) &&
            !yields(profileOf.get(id)!, candidates[top.c]!, candidates[o.c]!) &&
            !(judged.restated?.(profileOf.get(id)!, candidates[o.c]!) ?? false),
        )?.s ?? 0;
      if (top.s - second < MARGIN || contested(id, top)) continue;
      if (!winner || top.s > winner.o.s) winner = { id, o: top };
    }
    if (!winner) break;
    const { id, o } = winner;
    const value = keyOf(candidates[o.c]!);
    open.delete(id);
    // The same value written again for the same figure (a summary and a detail) is that figure too, unless its words
    // describe another figure clearly better, one bound already included: «định kỳ 05 lượt» beside the month's «đột
    // xuất 05 lượt» is no second place of the latter.
    const places = options
      .get(id)!
      .filter((x) => free(x) && written(x))
      .filter((x) => x.c === o.c || (keyOf(candidates[x.c]!) === value && x.s >= floorAt(x) && x.s - rival(x.c, id, true) >= MARGIN && !describedBetter(x, id)));
    for (const x of places) taken.add(candidates[x.c]!.token.start);
    bound.set(id, places.map((x) => candidates[x.c]!).sort((a, b) => a.token.start - b.token.start));
  }

  const unclear = new Map<FieldId, Candidate[]>();
  for (const id of open) {
    const list = [...options.get(id)!, ...(shown.get(id) ?? [])].filter((o) => free(o) && written(o) && o.s >= floorAt(o));
    if (list.length > 0) unclear.set(id, list.sort((a, b) => b.s - a.s).slice(0, 4).map((o) => candidates[o.c]!));
  }
  return { bound, unclear };
}

/** Dates compare by the day they name, however written (a date has no numeric value). */
function keyOf(c: Candidate): string {
  return c.token.kind === "date" ? dateKey(c.token.text) : String(c.token.value);
}
