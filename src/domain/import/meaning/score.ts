/**
 * How well a number's words describe a figure, from 0 to about 1: the share of the figure's describing words (weighed
 * by how rare they are among the form's figures) found beside the number, best over its wordings and averaged with
 * its label; plus where it stands (section, lead-in); less the share of the words beside the number that describe
 * other figures only; plus its unit: "130 hồ sơ" is not a count of "cá nhân".
 */
import { aspectClash } from "./aspect";
import type { Candidate } from "./candidates";
import { endFits } from "./dateRange";
import { zeroFits } from "./zeroWords";
import type { FieldProfile, Vocabulary } from "./profiles";
import { otherPeriod, partOfTotal } from "./tableScore";
import { rememberedScore, wordWeights } from "./scoreMemo";

const CLAUSE_WEIGHT = 0.45;
export const CONTEXT_WEIGHT = 0.3;
export const DESCRIPTION_SHARE = 0.75;
export const UNIT_MATCH = 0.1;
const UNIT_CLASH = 0.45;
const FOREIGN_WEIGHT = 0.3;
/** «đã giải quyết» for a figure «đang giải quyết» (aspect.ts): as strong against it as another unit. */
const ASPECT_CLASH = 0.45;
/** The label's share when no wording fits (measured on the corpora: 0.9 binds a wrong figure, 0.8 none). */
const LABEL_ALONE = 0.8;

export function eligible(profile: FieldProfile, c: Candidate): boolean {
  const t = c.token;
  // "giảm 46 lượt" is a difference: only a figure described as one (tăng, giảm, chênh lệch) takes it.
  if (c.change && !profile.change) return false;
  // "các lĩnh vực khác 3/29 lượt": 29 is a whole, which only a figure the form adds up to (or bounds) can be.
  if (c.whole && !profile.whole) return false;
  // «12. Số cá nhân … nhiệm kỳ 2021 - 2026:» over its answer: a number inside the question asks nothing (questionAbove.ts).
  if (c.asked && (profile.kind === "count" || profile.kind === "percent")) return false;
  const max = profile.field.max ?? 1_000_000;
  switch (profile.kind) {
    case "count":
      if (t.kind === "zero") return zeroFits(profile, c);
      return t.kind === "count" && !c.yearLike && t.value <= max && !(t.value >= 1900 && t.value <= 2100 && max < 1900);
    case "percent":
      return t.kind === "percent" && t.value <= 100;
    case "year":
      // «so với biên chế năm 2025»: the year compared with is no figure's year, however its words fit (yearOfFigures.ts).
      return t.kind === "count" && c.yearLike && !c.notDataYear && t.value >= 2000 && t.value <= 2100;
    case "date":
      return t.kind === "date" && endFits(profile, c);
    default:
      return false;
  }
}

/** Features with their weights, computed once per profile and per candidate (scoring is profiles × numbers). */
interface Weighted {
  features: Array<[string, number]>;
  total: number;
}
const weighedProfiles = new WeakMap<FieldProfile, { descriptions: Weighted[]; choices: Weighted[]; context: Weighted }>();
const describingNear = new WeakMap<Candidate, Weighted>();

function weigh(features: Iterable<string>, idf: ReadonlyMap<string, number>): Weighted {
  const list: Array<[string, number]> = [...features].map((f) => [f, idf.get(f) ?? 1]);
  return { features: list, total: list.reduce((sum, [, w]) => sum + w, 0) };
}

function profileWeights(profile: FieldProfile, vocab: Vocabulary) {
  let weights = weighedProfiles.get(profile);
  if (!weights) {
    weights = {
      descriptions: profile.descriptions.map((d) => weigh(d, vocab.idf)),
      choices: profile.labelChoices.map((d) => weigh(d, vocab.idf)),
      context: weigh(profile.context, vocab.idf),
    };
    weighedProfiles.set(profile, weights);
  }
  return weights;
}

/** Where a describing word may stand, and how much it counts there, beside a word right next to the number. */
export const REACH = { clause: CLAUSE_WEIGHT, context: CLAUSE_WEIGHT * 0.5 };

export function score(profile: FieldProfile, c: Candidate, vocab: Vocabulary): number {
  return rememberedScore(vocab, profile, c, () => scoreOnce(profile, c, vocab));
}

function scoreOnce(profile: FieldProfile, c: Candidate, vocab: Vocabulary): number {
  const weights = profileWeights(profile, vocab);
  const around = wordWeights(c, REACH);
  // The best wording, and the label (last description): a short wording ("đang thực hiện {N}") alone would fit
  // every "đang thực hiện" of the report; the label says whose. A unit not written ("đúng hạn 71") is neither for
  // nor against: its words are left out of the share.
  // Nor is a unit of the same kind written otherwise («01 Phó Chánh Văn phòng» for «01 đồng chí»).
  const otherWay = profile.unit !== null && c.unit !== null && c.unit !== profile.unit && sameGroup(profile.unit, c.unit);
  const skip = (!c.unit && !unitWritten(profile, c)) || otherWay ? (profile.unit ? profile.unitFeatures : null) : null;
  const covers = weights.descriptions.map((d) => coverage(d, around, skip));
  const label = Math.max(covers[covers.length - 1] ?? 0, ...weights.choices.map((d) => coverage(d, around, skip)));
  // A wording is one clerk's sentence and may name what another clerk does not write («Nhà khách UBND tỉnh: 48
  // người» for «hai nhà khách … có 48 viên chức»): the label found whole is most of the evidence on its own.
  let best = covers.length > 1 ? Math.max((Math.max(...covers.slice(0, -1)) + label) / 2, LABEL_ALONE * label) : label;
  // «Không có người bị xử lý»: words for zero say «none of» what the label names, in the clerk's words, not the form's.
  if (c.token.kind === "zero") best = Math.max(best, label);
  let where = 0;
  for (const [f, w] of weights.context.features) if (around.has(f)) where += w;
  const whereShare = weights.context.total > 0 ? where / weights.context.total : 0;
  // scoreBound.ts caps this from above: a term that can raise it must raise the ceiling there too.
  let value = DESCRIPTION_SHARE * best + CONTEXT_WEIGHT * whereShare - FOREIGN_WEIGHT * foreignShare(profile, c, vocab) - partOfTotal(c, profile.descriptions.at(-1)) - otherPeriod(c, profile);
  if (aspectClash(c, vocab.own.get(profile)!)) value -= ASPECT_CLASH;
  if (profile.unit && c.unit) {
    if (profile.unit === c.unit) value += UNIT_MATCH;
    else if (!sameGroup(profile.unit, c.unit) && !described(profile, c.unit)) value -= UNIT_CLASH;
    // «05 cá nhân» is who was awarded or took part, not a leader appointed: a count of a leading post takes it only
    // with the post written beside it («02 cá nhân … Phó Trưởng phòng»). A «chuyên viên» is any of the staff.
    else if (LEADING_POSTS.has(profile.unit) && c.unit === "cá nhân" && !unitWritten(profile, c)) value -= UNIT_CLASH;
  }
  return value;
}

/** The unit's words written beside the number though not right after it: «Bổ nhiệm Phó Trưởng phòng⇥02». */
function unitWritten(profile: FieldProfile, c: Candidate): boolean {
  return profile.unitFeatures.size > 0 && [...profile.unitFeatures].every((f) => (c.near.get(f) ?? 0) >= 1);
}

/** `around`: the number's words with what each counts (scoreMemo.wordWeights: beside it, its clause, its context). */
function coverage(description: Weighted, around: ReadonlyMap<string, number>, skip: ReadonlySet<string> | null): number {
  let have = 0;
  let total = 0;
  for (const [f, w] of description.features) {
    if (skip?.has(f)) continue;
    total += w;
    have += w * (around.get(f) ?? 0);
  }
  return total > 0 ? have / total : 0;
}

/**
 * The share of the words right beside the number that describe other figures and not this one: "15/12/2025" after
 * "từ ngày" is not the figure "tính đến ngày", however many other words they share.
 */
function foreignShare(profile: FieldProfile, c: Candidate, vocab: Vocabulary): number {
  let near = describingNear.get(c);
  if (!near) {
    near = weigh([...c.near].filter(([f, w]) => w >= 1 && vocab.describing.has(f)).map(([f]) => f), vocab.idf);
    describingNear.set(c, near);
  }
  if (near.total === 0) return 0;
  const mine = vocab.own.get(profile)!;
  // «điều động đi 01 Phó Chánh Văn phòng»: a post after a count of people says who was counted, not what the count is.
  // «cao cấp 28 đồng chí» for a figure that names no unit: people written as people are neither for nor against it.
  // «Bộ phận một cửa VP | 126 | 118»: a row label that names where this figure stands is its place, not a rival's words.
  const who = c.unit && (profile.unit ? c.unit !== profile.unit && sameGroup(profile.unit, c.unit) : ANYONE.has(c.unit)) ? new Set(c.unit.split(" ")) : null;
  // «đối thoại với cán bộ, công chức, viên chức, người lao động: 04 ý kiến»: beside a count written with the figure's
  // own unit, not one of people, the staff named are who took part or whose the things are, not what is counted.
  const staff = c.unit !== null && c.unit === profile.unit && !PEOPLE.has(c.unit) ? staffNamed(c) : null;
  let foreign = 0;
  for (const [f, w] of near.features) if (!mine.has(f) && !(c.rowPlace?.has(f) && profile.context.has(f)) && !(who && f.split(" ").every((s) => who.has(s))) && !staff?.has(f)) foreign += w;
  return foreign / near.total;
}

/**
 * People are counted as "người", "đồng chí", "cán bộ", "cá nhân"… by different clerks: none of these clash. A
 * personnel act's «trường hợp» (case) is a person too: «Điều động đến: 02 trường hợp» (personnelCases.test.ts).
 */
export const PEOPLE: ReadonlySet<string> = new Set([
  "người", "đồng chí", "cá nhân", "cán bộ", "công chức", "viên chức", "biên chế", "chuyên viên", "tiến sỹ", "tiến sĩ",
  "thạc sỹ", "thạc sĩ", "đại học", "cử nhân", "cao cấp", "trung cấp", "trường hợp",
]);

/** The terms naming an office's staff. */
const STAFF_TERMS = ["cán bộ", "công chức", "viên chức", "người lao động"].map((term) => {
  const s = term.split(" ");
  // Its two-syllable runs (what must stand beside the number for the whole term to be written) and every run.
  const pairs = s.slice(1).map((x, i) => `${s[i]} ${x}`);
  return { pairs, runs: s.flatMap((_, i) => s.slice(i).map((__, j) => s.slice(i, i + j + 1).join(" "))) };
});

/** Each staff term written whole beside the number, as its features (a «lao động» of «người có công, lao động» is not one). */
function staffNamed(c: Candidate): ReadonlySet<string> {
  return new Set(STAFF_TERMS.filter((t) => t.pairs.every((p) => c.near.has(p))).flatMap((t) => t.runs));
}

/** A count of people in general takes people named by their post ("01 Phó Chánh Văn phòng" is one "đồng chí"). */
export const ANYONE: ReadonlySet<string> = new Set(["người", "đồng chí", "cá nhân", "cán bộ"]);
export const POSTS: ReadonlySet<string> = new Set(["phó chánh", "trưởng phòng", "phó trưởng phòng", "chuyên viên"]);
/** The posts a leader is appointed to. */
const LEADING_POSTS: ReadonlySet<string> = new Set(["phó chánh", "trưởng phòng", "phó trưởng phòng"]);

/** An office's units are counted as «đơn vị», «phòng», «tổ chức», «bộ phận» by different clerks: none of these clash. */
const UNITS: ReadonlySet<string> = new Set(["đơn vị", "phòng", "tổ chức", "bộ phận"]);

export function sameGroup(a: string, b: string): boolean {
  if (PEOPLE.has(a) && PEOPLE.has(b)) return true;
  if (UNITS.has(a) && UNITS.has(b)) return true;
  return (ANYONE.has(a) && POSTS.has(b)) || (ANYONE.has(b) && POSTS.has(a));
}

/**
 * The unit written is one of the figure's own words ("Người bị xử lý…"): no clash. A title cut short is another
 * title, though: "Trưởng phòng" is not a count of "Phó trưởng phòng", whose words it shares.
 */
function described(profile: FieldProfile, unit: string): boolean {
  if (profile.unit?.endsWith(` ${unit}`)) return false;
  return profile.descriptions.some((d) => d.has(unit));
}
