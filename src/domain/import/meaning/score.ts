/**
 * How well a number's words describe a figure, from 0 to about 1: the share of the figure's describing words (weighed
 * by how rare they are among the form's figures) found beside the number, best over its descriptions; plus where it
 * stands (section, lead-in); plus its unit: "130 hồ sơ" is not a count of "cá nhân".
 */
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";
import { features } from "./words";

const CLAUSE_WEIGHT = 0.45;
const CONTEXT_WEIGHT = 0.3;
const DESCRIPTION_SHARE = 0.75;
const UNIT_MATCH = 0.1;
const UNIT_CLASH = 0.45;
const FOREIGN_WEIGHT = 0.3;

/**
 * The share of the words right beside the number that describe other figures and not this one: "15/12/2025" after
 * "từ ngày" is not the figure "tính đến ngày", however many other words they share.
 */
function foreignShare(profile: FieldProfile, c: Candidate, vocab: Vocabulary): number {
  const mine = vocab.own.get(profile)!;
  let foreign = 0;
  let total = 0;
  for (const [f, w] of c.near) {
    if (w < 1 || !vocab.describing.has(f)) continue;
    const weight = vocab.idf.get(f) ?? 1;
    total += weight;
    if (!mine.has(f)) foreign += weight;
  }
  return total > 0 ? foreign / total : 0;
}

export function eligible(profile: FieldProfile, c: Candidate): boolean {
  const t = c.token;
  const max = profile.field.max ?? 1_000_000;
  switch (profile.kind) {
    case "count":
      if (t.kind === "zero") return profile.field.zeroText !== undefined;
      return t.kind === "count" && !c.yearLike && t.value <= max && !(t.value >= 1900 && t.value <= 2100 && max < 1900);
    case "percent":
      return t.kind === "percent" && t.value <= 100;
    case "year":
      return t.kind === "count" && c.yearLike && t.value >= 2000 && t.value <= 2100;
    case "date":
      return t.kind === "date";
    default:
      return false;
  }
}

export function score(profile: FieldProfile, c: Candidate, vocab: Vocabulary): number {
  const { idf } = vocab;
  // The best wording, and the label (last description): a short wording ("đang thực hiện {N}") alone would fit
  // every "đang thực hiện" of the report; the label says whose.
  // A unit not written ("đúng hạn 71") is neither for nor against: its words are left out of the share.
  const unitWords = !c.unit && profile.unit ? new Set(features(profile.unit.split(" "))) : null;
  const covers = profile.descriptions.map((d) => coverage(d, c, idf, unitWords));
  const label = covers.at(-1) ?? 0;
  const best = covers.length > 1 ? (Math.max(...covers.slice(0, -1)) + label) / 2 : label;
  let where = 0;
  let whereTotal = 0;
  for (const f of profile.context) {
    const w = idf.get(f) ?? 1;
    whereTotal += w;
    if (c.context.has(f) || c.clause.has(f) || c.near.has(f)) where += w;
  }
  const whereShare = whereTotal > 0 ? where / whereTotal : 0;
  let value = DESCRIPTION_SHARE * best + CONTEXT_WEIGHT * whereShare - FOREIGN_WEIGHT * foreignShare(profile, c, vocab);
  if (profile.unit && c.unit) {
    if (profile.unit === c.unit) value += UNIT_MATCH;
    else if (!sameGroup(profile.unit, c.unit) && !described(profile, c.unit)) value -= UNIT_CLASH;
  }
  return value;
}

function coverage(description: ReadonlySet<string>, c: Candidate, idf: ReadonlyMap<string, number>, skip: ReadonlySet<string> | null): number {
  let have = 0;
  let total = 0;
  for (const f of description) {
    if (skip?.has(f)) continue;
    const w = idf.get(f) ?? 1;
    total += w;
    const near = c.near.get(f) ?? 0;
    have += w * Math.max(near, c.clause.has(f) ? CLAUSE_WEIGHT : 0, c.context.has(f) ? CLAUSE_WEIGHT * 0.5 : 0);
  }
  return total > 0 ? have / total : 0;
}

/** People are counted as "người", "đồng chí", "cán bộ", "cá nhân"… by different clerks: none of these clash. */
const PEOPLE = new Set([
  "người", "đồng chí", "cá nhân", "cán bộ", "công chức", "viên chức", "biên chế", "chuyên viên", "tiến sỹ", "tiến sĩ",
  "thạc sỹ", "thạc sĩ", "đại học", "cử nhân", "cao cấp", "trung cấp",
]);

function sameGroup(a: string, b: string): boolean {
  return PEOPLE.has(a) && PEOPLE.has(b);
}

/** The unit written is one of the figure's own words ("Người bị xử lý…"): no clash. */
function described(profile: FieldProfile, unit: string): boolean {
  return profile.descriptions.some((d) => d.has(unit));
}
