/**
 * The form's sums used to choose figures together, once each was scored alone (assign.ts). A report states a total
 * and its parts as one account («tiếp nhận 21.064 … đã giải quyết 19.873 … trước hạn 17.912, đúng hạn 1.702, rút
 * 259 … trễ hạn 148 … đang giải quyết 1.043»): a set of numbers that makes the form's sums hold exactly confirms
 * each other, where a number picked by its words alone may be another account's («nộp trực tuyến 15.330»).
 * Two moves, both only among numbers the figure's own words already point at:
 * - a figure left unclear whose sums' other members are all placed takes the one candidate equal to what they need
 *   (a sum of large counts hits a wrong candidate by chance about once in hundreds; small totals, where 1 + 1 = 2 is
 *   no evidence, are left alone); a figure of two sums or more needs two of them to agree (enoughSums);
 * - a figure bound by its words alone that breaks every sum it stands in, at least two, is replaced by the candidate
 *   that makes all of them hold, when its words say about as much of it as of the stated one. A slip mostly breaks
 *   one sum and leaves the other holding (a wrong part under a right total): a figure that holds in any of its sums
 *   is never touched; a slip in a figure between two sums breaks both, and then the words decide: the stated number
 *   stays unless the one the sums need is described as well, so the form's check still reports the slip.
 * Vetoes are never overridden: another body's account adds up as well as the office's (measured: letting the sums
 * override vetoes binds 16 more figures and 8 wrong ones, docs/joint-arithmetic.md).
 * Figures the exact wordings found are never moved: they are evidence, not choices. No field is named here; the
 * sums come from the definition's rules and formulas.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Recognition } from "../types";
import { FLOOR, MARGIN } from "./assign";
import { boundValue } from "./boundNumbers";
import { sumRelations, type SumRelation } from "./formSums";
import type { Candidate } from "./candidates";
import { fitsRatio } from "./percentArithmetic";
import type { FieldProfile, Vocabulary } from "./profiles";
import { eligible, score } from "./score";

/** Below this, a total met by a candidate is as likely chance as confirmation. */
export const MIN_CONFIRMING_TOTAL = 10;

/**
 * A figure that stands in two sums or more is settled only by two of them: one sum built on a part misread elsewhere
 * (a wrong «đột xuất») needs a wrong total, and a second sum of other parts will not need the same one.
 */
export function enoughSums(id: FieldId, used: readonly SumRelation[], all: readonly SumRelation[]): boolean {
  const has = (rel: SumRelation) => rel.total === id || rel.parts.includes(id);
  return used.filter(has).length >= Math.min(2, all.filter(has).length);
}

export interface JointInput {
  report: ReportDefinition;
  profiles: readonly FieldProfile[];
  candidates: readonly Candidate[];
  vocab: Vocabulary;
  exact: ReadonlyMap<FieldId, Recognition>;
  /** The meaning layer's figures, changed in place. */
  bound: Map<FieldId, Candidate[]>;
  unclear: Map<FieldId, Candidate[]>;
  taken: Set<number>;
  refused: (p: FieldProfile, c: Candidate) => boolean;
  /** Figures stated twice with different values (statedTwice.ts): the clerk's choice, never the arithmetic's. */
  doubted: ReadonlySet<FieldId>;
}

/** What each sum needs of `id` given the others' values; null when one of them is not placed. */
export function neededBy(rel: SumRelation, id: FieldId, value: (id: FieldId) => number | null): number | null {
  let sum = 0;
  for (const part of rel.parts) {
    if (part === id) continue;
    const v = value(part);
    if (v === null) return null;
    sum += v;
  }
  if (id === rel.total) return sum;
  const total = value(rel.total);
  return total === null ? null : total - sum;
}

export function chooseJointly(input: JointInput): void {
  const { report, bound, unclear, taken, exact } = input;
  const relations = sumRelations(report);
  const value = (id: FieldId): number | null => {
    const fixed = boundValue(report, exact, id);
    if (fixed !== null) return fixed;
    const places = bound.get(id);
    if (!places || places.length === 0) return null;
    const values = new Set(places.map((c) => c.token.value));
    return values.size === 1 && places[0]!.token.kind === "count" ? places[0]!.token.value : null;
  };
  const members = (rel: SumRelation) => [rel.total, ...rel.parts];

  // 1. Unclear figures the sums settle, until nothing changes (each pass binds one figure at least).
  for (let changed = true; changed; ) {
    changed = false;
    for (const rel of relations) {
      const open = members(rel).filter((id) => value(id) === null);
      if (open.length !== 1) continue;
      const id = open[0]!;
      const offered = unclear.get(id);
      if (!offered || input.doubted.has(id)) continue;
      const need = neededBy(rel, id, value);
      if (need === null || need < MIN_CONFIRMING_TOTAL) continue;
      // Every sum of the figure whose others are placed must need the same number, and two of them when it has two.
      const complete = relations.filter((r) => members(r).includes(id) && members(r).every((m) => m === id || value(m) !== null));
      if (complete.some((r) => neededBy(r, id, value) !== need) || !enoughSums(id, complete, relations)) continue;
      // A member's own value written again is no evidence of the sum.
      if (members(rel).some((m) => m !== id && value(m) === need)) continue;
      const fit = fitting(input, id, offered, need);
      if (fit.length === 0) continue;
      bound.set(id, fit);
      unclear.delete(id);
      for (const c of fit) taken.add(c.token.start);
      changed = true;
    }
  }

  // 2. A figure bound by its words that every one of its sums (two at least) refutes, and one number satisfies.
  for (const p of input.profiles) {
    const id = p.field.id;
    const places = bound.get(id);
    if (p.kind !== "count" || !places || boundValue(report, exact, id) !== null) continue;
    const current = value(id);
    if (current === null) continue;
    const complete = relations.filter((rel) => members(rel).includes(id) && members(rel).every((m) => m === id || value(m) !== null));
    if (complete.length < 2) continue;
    // A sum that holds needs the stated value itself: then the sums cannot all need one other number, and a figure
    // that holds in any of its sums stays.
    const needs = new Set(complete.map((rel) => neededBy(rel, id, value)));
    const [need] = needs;
    if (needs.size !== 1 || need === undefined || need === null || need === current || need < MIN_CONFIRMING_TOTAL) continue;
    const mine = new Set(places.map((c) => c.token.start));
    // The words must not favour the stated number: a number that only makes the sums hold is no figure's.
    const stated = Math.max(...places.map((c) => score(p, c, input.vocab)));
    const fit = input.candidates.filter(
      (c) =>
        c.token.kind === "count" &&
        c.token.value === need &&
        (!taken.has(c.token.start) || mine.has(c.token.start)) &&
        eligible(p, c) &&
        !input.refused(p, c) &&
        score(p, c, input.vocab) >= Math.max(FLOOR, stated - MARGIN),
    );
    if (fit.length === 0) continue;
    for (const c of places) taken.delete(c.token.start);
    for (const c of fit) taken.add(c.token.start);
    bound.set(id, fit);
    doubtShares(input, id, value);
  }
}

/**
 * The places of `need` the figure may take: those offered to the clerk, or else any other place of it that its words
 * point at as well as an offered one (above the floor, eligible, no veto). The clerk is shown a figure's four best
 * places; a fifth is no weaker evidence («trễ hạn 88 hồ sơ» after «cùng kỳ 132 hồ sơ trễ hạn», «37 hồ sơ đã quá hạn»…).
 */
function fitting(input: JointInput, id: FieldId, offered: readonly Candidate[], need: number): Candidate[] {
  const free = (c: Candidate) => c.token.kind === "count" && c.token.value === need && !input.taken.has(c.token.start);
  const fit = offered.filter(free);
  if (fit.length > 0) return fit;
  const p = input.profiles.find((x) => x.field.id === id);
  if (!p) return [];
  return input.candidates.filter((c) => free(c) && eligible(p, c) && !input.refused(p, c) && score(p, c, input.vocab) >= FLOOR);
}

/** A percentage bound beside the number a figure no longer holds is that number's share, not the figure's. */
function doubtShares(input: JointInput, id: FieldId, value: (id: FieldId) => number | null): void {
  for (const f of input.report.fields) {
    const formula = f.formula;
    if (formula?.op !== "percentOf" || (formula.part !== id && formula.whole !== id)) continue;
    const places = input.bound.get(f.id);
    const part = value(formula.part);
    const whole = value(formula.whole);
    if (!places || part === null || whole === null || whole <= 0) continue;
    const fits = places.every((c) => fitsRatio(c.token.text, c.token.value, (100 * part) / whole));
    if (fits) continue;
    input.bound.delete(f.id);
    input.unclear.set(f.id, places);
  }
}
