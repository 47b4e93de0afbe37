/**
 * What a number stands under, as words: the headings above it, and whether a level («1. LÃNH ĐẠO UBND TỈNH», «Số hồ
 * sơ đã giải quyết» over «+ Trước hạn») speaks of a figure at all. Shared by labelReading.ts and the assignment.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Heading } from "../headings";
import type { Candidate } from "./candidates";
import { sumRelations } from "./formSums";
import type { FieldProfile, Vocabulary } from "./profiles";

/** Below this share of its known words (by rarity), a level does not speak of a figure… */
const LEVEL_FIT = 0.2;
/** …and from this share on it speaks of one: a level that speaks of none is only where figures stand. */
const LEVEL_SPEAKS = 0.5;

/** The words a level above a figure may speak of it with, for every figure of the form (familyWords). */
export interface Family {
  profiles: readonly FieldProfile[];
  words: (p: FieldProfile) => ReadonlySet<string>;
  /** The best share any figure has of each level's known words, by the level's words. */
  best: Map<string, number>;
}

/**
 * A figure's own words, its section's, and those of the totals it is a part of (the form's sums): «- Tiếp định kỳ: 28
 * lượt» under «1. Tổng số lượt tiếp công dân: 31 lượt» stands under its total, which speaks of it.
 */
export function familyWords(report: ReportDefinition, profiles: readonly FieldProfile[], vocab: Vocabulary): Family {
  const totals = new Map<FieldId, FieldId[]>();
  const add = (part: FieldId, total: FieldId) => totals.set(part, [...(totals.get(part) ?? []), total]);
  for (const { total, parts } of sumRelations(report)) for (const part of parts) add(part, total);
  const byId = new Map(profiles.map((p) => [p.field.id, p]));
  const memo = new Map<FieldProfile, Set<string>>();
  const words = (p: FieldProfile) => {
    let mine = memo.get(p);
    if (!mine) {
      mine = new Set([...vocab.own.get(p)!, ...p.context]);
      for (const id of totals.get(p.field.id) ?? []) for (const f of vocab.own.get(byId.get(id)!) ?? []) mine.add(f);
      memo.set(p, mine);
    }
    return mine;
  };
  return { profiles, words, best: new Map() };
}

/**
 * «Định kỳ: 57 lượt» under «CHỦ TỊCH UBND CÁC XÃ»: the heading says whose count it is, and a figure that shares
 * almost none of the heading's words is not it, however well the label alone fits it («Lượt tiếp định kỳ» of the
 * whole report), when the heading does speak of some figure. A heading that speaks of none («Công tác cán bộ» in a
 * form whose figures never say so) is only where figures stand, and words the form does not know («xã, phường») are
 * neither for nor against.
 */
export function levelAgainst(level: readonly string[], p: FieldProfile, family: Family, vocab: Vocabulary): boolean {
  if (fit(level, family.words(p), vocab) >= LEVEL_FIT) return false;
  const key = level.join("|");
  let best = family.best.get(key);
  if (best === undefined) family.best.set(key, (best = Math.max(0, ...family.profiles.map((q) => fit(level, family.words(q), vocab)))));
  return best >= LEVEL_SPEAKS;
}

/** The share of the level's known words (by rarity) among `words`; 1 when it has none the form knows. */
function fit(level: readonly string[], words: ReadonlySet<string>, vocab: Vocabulary): number {
  let known = 0;
  let mine = 0;
  for (const f of new Set(level)) {
    const w = vocab.idf.get(f);
    if (w === undefined) continue;
    known += w;
    if (words.has(f)) mine += w;
  }
  return known > 0 ? mine / known : 1;
}

/** The innermost heading above each candidate: one pass over both in text order. */
export function innermost(headings: readonly Heading[], candidates: readonly Candidate[]): Map<Candidate, Heading | undefined> {
  const out = new Map<Candidate, Heading | undefined>();
  let h = 0;
  for (const c of [...candidates].sort((a, b) => a.token.start - b.token.start)) {
    while (h < headings.length && headings[h]!.offset <= c.token.start) h++;
    out.set(c, headings[h - 1]);
  }
  return out;
}

/** The titles of the headings above each candidate, nearest first: one pass over both in text order. */
export function headingTitles(headings: readonly Heading[], candidates: readonly Candidate[]): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  const path = new Map<number, Heading>();
  let h = 0;
  for (const c of [...candidates].sort((a, b) => a.token.start - b.token.start)) {
    while (h < headings.length && headings[h]!.offset <= c.token.start) {
      const heading = headings[h++]!;
      const depth = heading.path.split(".").length;
      for (const d of [...path.keys()]) if (d > depth) path.delete(d);
      path.set(depth, heading);
    }
    out.set(c, [...path.entries()].sort((a, b) => b[0] - a[0]).map(([, x]) => x.title));
  }
  return out;
}
