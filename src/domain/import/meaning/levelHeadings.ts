/**
 * A report laid out by the levels its totals add up («2. Lãnh đạo UBND tỉnh», «3. Thủ trưởng các sở, ban, ngành», «4.
 * Chủ tịch UBND các xã, phường», each a paragraph of prose: «… (09 lượt, 11 người; định kỳ 07 lượt, đột xuất 02
 * lượt)»). The form says which sections are levels: those holding the parts of a sum whose total stands in another
 * section («Tổng số lượt» = tỉnh + sở + huyện). A heading whose words fit one such section, beside a sibling heading
 * fitting another, says whose every number beneath it is (prose, brackets, its own line after a colon): not another
 * level's, and not the whole report's (the totals' section). Figures of other sections (contents, comparison) are
 * left to the other rules, and a heading for the totals refuses nothing (its paragraph may break the total down by
 * level). Unlike parallelHeadings.ts, no label need be repeated under the headings: the form's sums are the evidence.
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef } from "../../types";
import type { Heading } from "../headings";
import type { Candidate } from "./candidates";
import { sumRelations } from "./formSums";
import type { FieldProfile, Vocabulary } from "./profiles";
import { features, syllables } from "./words";
import { leadsLine } from "./levelLines";

/** A heading's known words (by rarity) a section's title must hold to be that section's… */
const FIT = 0.5;
/** …and the next best section fit by at least this less: two levels named alike decide nothing. */
const CLEAR = 0.15;
/** Longer than this without a colon, a numbered line is a paragraph of prose, not a heading naming a level. */
const HEADING_WORDS = 14;

export interface Levels {
  /** Sections holding the parts of a sum across sections. */
  parts: Set<string>;
  /** Sections holding those sums. */
  totals: Set<string>;
}

export function levelsOf(report: ReportDefinition): Levels {
  const section = new Map(report.fields.map((f) => [f.id, f.section]));
  const parts = new Set<string>();
  const totals = new Set<string>();
  for (const { total, parts: of } of sumRelations(report)) {
    const own = section.get(total);
    const across = new Set(of.map((id) => section.get(id)).filter((s): s is string => s !== undefined && s !== own));
    if (own === undefined || across.size < 2) continue;
    totals.add(own);
    for (const s of across) parts.add(s);
  }
  for (const t of totals) parts.delete(t);
  return { parts, totals };
}

/**
 * «KẾT QUẢ TIẾP CÔNG DÂN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN CÁC XÃ, PHƯỜNG»: the words after «của» say whose the part is; the
 * words before it (what was done) are every level's, and only blur which level it names.
 */
const WHOSE = /(?<![\p{L}])của\s+(?=\S)/iu;

/** The words a heading names its subject with: its title up to a colon or an opening bracket, after its «của». */
function headingLabel(h: Heading): string | null {
  const cut = /[:(]/u.exec(h.title);
  const whole = cut ? h.title.slice(0, cut.index) : h.title;
  const whose = WHOSE.exec(whole);
  const label = whose ? whole.slice(whose.index + whose[0].length) : whole;
  // Counted as written: «UBND» read as «ủy ban nhân dân» made «Chủ tịch UBND các huyện, thị xã, thành phố tiếp công
  // dân» a paragraph (1026).
  const written = label.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  return syllables(label).length > 0 && written <= HEADING_WORDS ? label : null;
}

/** Each heading that clearly names one level section (one heading per section, best fits first). */
function matchLevels(headings: readonly Heading[], report: ReportDefinition, vocab: Vocabulary, levels: Levels): Map<Heading, string> {
  const titles = report.sections.map((s) => ({ id: s.id, words: new Set(features(syllables(s.title))) }));
  const pairs: Array<{ h: Heading; id: string; fit: number }> = [];
  const unclear: Array<{ h: Heading; fits: Array<{ id: string; fit: number }> }> = [];
  for (const h of headings) {
    const label = headingLabel(h);
    if (label === null) continue;
    const words = new Set(features(syllables(label)));
    let known = 0;
    for (const f of words) known += vocab.idf.get(f) ?? 0;
    if (known === 0) continue;
    const fits = titles
      .map((t) => {
        let mine = 0;
        for (const f of words) if (t.words.has(f)) mine += vocab.idf.get(f) ?? 0;
        return { id: t.id, fit: mine / known };
      })
      .sort((a, b) => b.fit - a.fit);
    const [first, second] = fits;
    if (!first || first.fit < FIT) continue;
    if (first.fit - (second?.fit ?? 0) < CLEAR) unclear.push({ h, fits });
    else if (levels.parts.has(first.id)) pairs.push({ h, id: first.id, fit: first.fit });
  }
  // «2. Lãnh đạo UBND tỉnh …» fits «… lãnh đạo UBND tỉnh» and «… lãnh đạo UBND các huyện» alike; beside «4. Chủ tịch
  // UBND các huyện …», which clearly takes the second, it names the first (1026).
  const taken = new Map<string, number>();
  for (const p of pairs) taken.set(p.id, Math.max(p.fit, taken.get(p.id) ?? 0));
  for (const { h, fits } of unclear) {
    // Only a section another heading fits better is set aside: «Kết quả … của lãnh đạo UBND xã» keeps «cấp xã» beside
    // «Tiếp công dân của Bí thư Đảng ủy xã», which fits it by one word (486).
    const [first, second] = fits.filter((f) => (taken.get(f.id) ?? 0) <= f.fit);
    if (!first || first.fit < FIT || first.fit - (second?.fit ?? 0) < CLEAR || !levels.parts.has(first.id)) continue;
    pairs.push({ h, id: first.id, fit: first.fit });
  }
  // Siblings only: two or more headings of one depth under one parent name levels. A heading with no sibling
  // fitting another level («2. THEO TỪNG CẤP», a fit to «cấp xã» by its one word) takes no level from the lines under
  // it that name one each («Chủ tịch UBND các xã, phường — 64 lượt»): it is set aside before the levels are shared out.
  const parent = (h: Heading) => `${h.level}|${h.path.split(".").slice(0, -1).join(".")}`;
  const withSiblings = <T extends { h: Heading; id: string }>(list: readonly T[]): T[] => {
    const levelsBy = new Map<string, Set<string>>();
    for (const { h, id } of list) (levelsBy.get(parent(h)) ?? levelsBy.set(parent(h), new Set()).get(parent(h))!).add(id);
    return list.filter(({ h }) => levelsBy.get(parent(h))!.size >= 2);
  };
  const matched = new Map<Heading, string>();
  const used = new Set<string>();
  for (const { h, id } of withSiblings(pairs).sort((a, b) => b.fit - a.fit)) {
    if (used.has(id)) continue;
    matched.set(h, id);
    used.add(id);
  }
  // …and after: each level taken once, a heading may be left alone at its depth again.
  const kept = new Set(withSiblings([...matched].map(([h, id]) => ({ h, id }))).map(({ h }) => h));
  for (const h of [...matched.keys()]) if (!kept.has(h)) matched.delete(h);
  return matched;
}

export function againstLevelHeading(
  candidates: readonly Candidate[],
  headings: readonly Heading[],
  report: ReportDefinition,
  vocab: Vocabulary,
): (p: FieldProfile, c: Candidate) => boolean {
  const other = otherLevelAt(headings, report, () => vocab);
  return (p, c) => other(p.field, c.token.start);
}

/**
 * Whether the number at an offset stands under a heading naming a level that is not the field's own: another level's
 * figure or a part of the total. Asked of the exact wordings too (recognize.ts): «(07 lượt định kỳ, …)» under «2. Thủ
 * trưởng các sở, ban, ngành» is that level's split, whatever wording of the month's total it fits.
 */
export function otherLevelAt(headings: readonly Heading[], report: ReportDefinition, vocab: () => Vocabulary): (field: FieldDef, at: number) => boolean {
  const levels = levelsOf(report);
  // A form without levels (most) reads no vocabulary for this.
  if (levels.parts.size < 2) return () => false;
  const matched = matchLevels(headings, report, vocab(), levels);
  if (matched.size === 0) return () => false;
  // Each heading's level: its own, or that of the matched heading it stands under (by depth, in text order).
  const levelOf: Array<string | undefined> = [];
  const open: Heading[] = [];
  for (const h of headings) {
    const depth = h.path.split(".").length;
    while (open.length > 0 && open.at(-1)!.path.split(".").length >= depth) open.pop();
    open.push(h);
    levelOf.push([...open].reverse().map((x) => matched.get(x)).find((s) => s !== undefined));
  }
  return (field, at) => {
    // The last heading at or before the offset (headings are in text order).
    let low = 0;
    let high = headings.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (headings[mid]!.offset <= at) low = mid + 1;
      else high = mid;
    }
    const level = low > 0 ? levelOf[low - 1] : undefined;
    if (level === undefined) return false;
    const s = field.section;
    return s !== level && !s.startsWith(`${level}.`);
  };
}

/**
 * Under a heading naming a level, the level's own figure for each of the form's sums across levels («Lượt tiếp của
 * thủ trưởng các sở» in «Tổng số lượt» = tỉnh + sở + huyện) is the first number in the figure's unit when the numbers
 * of that unit right after it add up to it: «(09 lượt, 11 người; định kỳ 07 lượt, đột xuất 02 lượt)», «(02 lượt, 17
 * người): Chủ tịch … (01 lượt, 03 người); Phó Chủ tịch … (01 lượt, 14 người)». A first number whose followers do not
 * add up to it («Sở A (05 lượt), Sở B (04 lượt)») is left to the words, unless it is the first number under the heading,
 * the only one of its unit there, and the level has one figure of that unit. The number paired with it in the same bracket («09 lượt, 11
 * người») is the level's figure of the other unit. A sum written after its parts under a word saying so («Kết quả:»,
 * «cộng:») is the level's figure too (closes()).
 */
export function levelTotals(
  text: string,
  candidates: readonly Candidate[],
  headings: readonly Heading[],
  report: ReportDefinition,
  vocab: Vocabulary,
  fits: (p: FieldProfile, c: Candidate) => boolean,
  profiles: readonly FieldProfile[],
  /** The number is this figure's already (an exact wording found it there): it still leads its partner. */
  already: (id: string, c: Candidate) => boolean = () => false,
  /**
   * Filled with the numbers under each found figure's heading: the level's members and parts («Chủ tịch: 01 lượt;
   * Phó Chủ tịch: 02 lượt; Kết quả: 03 lượt»), none of them the figure stated again (statedTwice.ts).
   */
  regions?: Map<string, ReadonlySet<number>>,
  /** The level's total may take the figure an exact wording found on one member's line (a part of that total). */
  sharing?: (p: FieldProfile, c: Candidate) => boolean,
): Map<string, Candidate[]> {
  const found = new Map<string, Candidate[]>();
  const levels = levelsOf(report);
  if (levels.parts.size < 2) return found;
  const matched = matchLevels(headings, report, vocab, levels);
  const byId = new Map(profiles.map((p) => [p.field.id, p]));
  for (const [h, section] of matched) {
    const next = headings.find((x) => x.offset > h.offset);
    const region = candidates.filter((c) => c.token.kind === "count" && c.token.start >= h.offset && c.token.start < (next?.offset ?? text.length));
    // The level's figure of each sum across levels, by unit: «lượt» and «người».
    const own: FieldProfile[] = [];
    for (const f of report.fields) {
      if (f.formula?.op !== "sum" || f.section === section) continue;
      for (const id of f.formula.of) {
        const p = byId.get(id);
        if (p && p.field.section === section && p.unit !== null && !own.includes(p)) own.push(p);
      }
    }
    // «Chủ tịch UBND các xã — 64 lượt — 89 người (…)»: a level's line gives its figure first (levelLines.ts).
    const led = region[0] && leadsLine(text, h.offset, region[0].token.start) ? region[0] : null;
    let anchor: Candidate | null = null;
    // The figures this heading's numbers are found for, here or by an exact wording.
    const mine = new Set<string>();
    for (const p of own) {
      const ofUnit = region.filter((c) => c.unit === p.unit);
      // «(05 lượt, 12 người)» opening what the heading says, alone in its unit, for a level with one figure of that unit:
      // that figure's. Not a number further on («có 01 đoàn đông người (15 người)»): an aside about a part.
      const lone = ofUnit.length === 1 && region[0] === ofUnit[0] && report.fields.filter((f) => f.section === section && f.unit === p.unit).length === 1 ? ofUnit[0]! : null;
      const first = (led?.unit === p.unit ? led : null) ?? addsUp(ofUnit) ?? closes(text, ofUnit) ?? introduced(text, ofUnit) ?? lone;
      if (first === null) continue;
      if (already(p.field.id, first)) {
        anchor = first;
        mine.add(p.field.id);
      }
      // «Tổng cộng 02 lượt với 14 người. Chủ tịch UBND tỉnh tiếp định kỳ 01 lượt với 03 người; Phó Chủ tịch … 01 lượt
      // với 01 đoàn đông người (11 người)»: a wording that reads one member's line («Chủ tịch UBND tỉnh tiếp …») as the
      // level's found a share when the level's total adds up from it and the other members' numbers: the total is the
      // level's figure.
      const sum = partsOfSum(text, ofUnit);
      if (sum !== null && sum.total === first && !already(p.field.id, first) && sum.parts.some((c) => already(p.field.id, c)) && (sharing?.(p, first) ?? false)) {
        found.set(p.field.id, [first]);
        mine.add(p.field.id);
        anchor = first;
        continue;
      }
      if (!fits(p, first)) continue;
      found.set(p.field.id, [first]);
      mine.add(p.field.id);
      anchor = first;
    }
    if (anchor === null) continue;
    // «09 lượt, 11 người»: its partner in the same bracket, for the level's figure of the other unit left open; past
    // the bracket that splits the first («68 lượt (định kỳ 54 lượt, đột xuất 14 lượt) với 87 người»).
    for (const p of own) {
      if (found.has(p.field.id)) continue;
      const partner = region.find((c) => c.unit === p.unit && c.token.start > anchor.token.end);
      if (!partner || !/^\s*(?:[,/—–]|với|và)\s*$/u.test(text.slice(anchor.token.end, partner.token.start).replace(/^\s*\p{L}+/u, "").replace(/^\s*\([^()\n]*\)/u, ""))) continue;
      if (already(p.field.id, partner)) mine.add(p.field.id);
      else if (fits(p, partner)) {
        found.set(p.field.id, [partner]);
        mine.add(p.field.id);
      }
    }
    if (regions) {
      const starts = new Set(region.map((c) => c.token.start));
      for (const id of mine) regions.set(id, starts);
    }
  }
  return found;
}

/**
 * The first number when two or more of those right after it add up to it, else null; and null when it is itself the
 * start of parts that add up to a number written later («04 lượt; 03 lượt; 01 lượt; 02 lượt; cộng: 10 lượt», where
 * 03 + 01 happen to make 04).
 */
function addsUp(numbers: readonly Candidate[]): Candidate | null {
  const [first, ...rest] = numbers;
  if (!first) return null;
  const values = new Set(rest.map((c) => c.token.value));
  let run = first.token.value;
  for (let i = 0; i < rest.length - 1; i++) {
    run += rest[i]!.token.value;
    if (values.has(run)) return null;
  }
  let sum = 0;
  for (let i = 0; i < rest.length; i++) {
    sum += rest[i]!.token.value;
    if (i >= 1 && sum === first.token.value) return first;
    if (sum > first.token.value) return null;
  }
  return null;
}

/**
 * The total and the numbers adding up to it, by the arithmetic of addsUp() (the first number, those right after it) or
 * closes() (a sum word's number, those before it); null when neither holds.
 */
function partsOfSum(text: string, numbers: readonly Candidate[]): { total: Candidate; parts: Candidate[] } | null {
  const first = addsUp(numbers);
  if (first !== null) {
    let sum = 0;
    const parts: Candidate[] = [];
    for (const c of numbers.slice(1)) {
      if (sum >= first.token.value) break;
      sum += c.token.value;
      parts.push(c);
    }
    return { total: first, parts };
  }
  const last = closes(text, numbers);
  return last === null ? null : { total: last, parts: numbers.slice(0, numbers.indexOf(last)) };
}

/** «Kết quả:», «cộng:», «Tổng cộng», «cộng cấp xã:» right before a number: it sums what was listed before it. */
const SUM_WORD = /(?<![\p{L}])(?:kết quả|tổng cộng|tổng số|cộng|tổng)(?:\s+cấp\s+\p{L}+)?\s*:?\s*$/iu;

/**
 * The number introduced as a sum («Kết quả: 03 lượt/14 người» after «01 lượt/09 người», «02 lượt/05 người»; «cộng:
 * 10 lượt» after the offices' 04, 03, 01, 02) when all the numbers of its unit before it under the heading, two or
 * more, add up to it. Without the word, offices that happen to add up («02; 03; 05 lượt») are no total.
 */
function closes(text: string, numbers: readonly Candidate[]): Candidate | null {
  let sum = 0;
  for (let i = 0; i < numbers.length; i++) {
    const c = numbers[i]!;
    if (i >= 2 && sum === c.token.value && SUM_WORD.test(text.slice(Math.max(0, c.token.start - 24), c.token.start))) return c;
    sum += c.token.value;
  }
  return null;
}

/**
 * The first number a word of summing introduces («tổng cộng 53 lượt (định kỳ 44, đột xuất 09)» after «Phát sinh tại
 * 37/64 xã, phường;»): under a level's heading, the level's own figure, whatever the places listed after it add up to.
 */
function introduced(text: string, numbers: readonly Candidate[]): Candidate | null {
  return numbers.find((c) => SUM_WORD.test(text.slice(Math.max(0, c.token.start - 24), c.token.start))) ?? null;
}
