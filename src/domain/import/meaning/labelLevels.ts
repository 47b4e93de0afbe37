/**
 * What a number stands under, as words: the headings above it, and whether a level («1. LÃNH ĐẠO UBND TỈNH», «Số hồ
 * sơ đã giải quyết» over «+ Trước hạn») speaks of a figure at all. Shared by labelReading.ts and the assignment.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Heading } from "../headings";
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";

/** Below this share of its known words (by rarity), a level speaks of other figures, not of this one. */
const LEVEL_FIT = 0.2;

/** The words a level above a figure may speak of it with (familyWords). */
export type WordsOf = (p: FieldProfile) => ReadonlySet<string>;

/**
 * A figure's own words, its section's, and those of the totals it is a part of (the form's sums): «- Tiếp định kỳ: 28
 * lượt» under «1. Tổng số lượt tiếp công dân: 31 lượt» stands under its total, which speaks of it.
 */
export function familyWords(report: ReportDefinition, profiles: readonly FieldProfile[], vocab: Vocabulary): WordsOf {
  const totals = new Map<FieldId, FieldId[]>();
  const add = (part: FieldId, total: FieldId) => totals.set(part, [...(totals.get(part) ?? []), total]);
  for (const f of report.fields) if (f.formula?.op === "sum") for (const part of f.formula.of) add(part, f.id);
  for (const r of report.rules) if (r.kind === "sum") for (const part of r.parts) add(part, r.total);
  const byId = new Map(profiles.map((p) => [p.field.id, p]));
  const memo = new Map<FieldProfile, Set<string>>();
  return (p) => {
    let words = memo.get(p);
    if (!words) {
      words = new Set([...vocab.own.get(p)!, ...p.context]);
      for (const id of totals.get(p.field.id) ?? []) for (const f of vocab.own.get(byId.get(id)!) ?? []) words.add(f);
      memo.set(p, words);
    }
    return words;
  };
}

/**
 * «Định kỳ: 57 lượt» under «CHỦ TỊCH UBND CÁC XÃ»: the heading says whose count it is, and a figure none of whose
 * words the heading shares is not it, however well the label alone fits it («Lượt tiếp định kỳ» of the whole
 * report). Words the form does not know («xã, phường») are neither for nor against.
 */
export function levelAgainst(level: readonly string[], words: ReadonlySet<string>, vocab: Vocabulary): boolean {
  let known = 0;
  let mine = 0;
  for (const f of new Set(level)) {
    const w = vocab.idf.get(f);
    if (w === undefined) continue;
    known += w;
    if (words.has(f)) mine += w;
  }
  return known > 0 && mine / known < LEVEL_FIT;
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
