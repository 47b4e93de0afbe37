/**
 * Recognition by meaning, after the exact wordings: every figure the exact wording did not find is looked for among
 * the numbers not yet taken, by the words that describe it (assign.ts). A percentage of a figure is first looked for
 * right after that figure ("77 hồ sơ, chiếm 95,06%", "7 766 hồ sơ (79,41 %)", a table's next cell): that is how
 * reports write them (attachPercents.ts).
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { Heading } from "../headings";
import { tokenIndex, type NumberToken } from "../numbers";
import type { PatternTable } from "../patterns";
import type { Recognition } from "../types";
import { describeRestatedWholes } from "./ratioOfCounted";
import { assign, FLOOR } from "./assign";
import { eligible, score } from "./score";
import { gridReading } from "./gridBind";
import { monthItems } from "./monthItems";
import { summedItems } from "./summedItems";
import { describeMonthTotals } from "./monthTotal";
import { findCandidates, type Candidate } from "./candidates";
import { describeBrackets } from "./brackets";
import { describeAsides } from "./bracketAside";
import { describeAcrossAsides } from "./labelAcrossAside";
import { describeCopulaSubjects } from "./copulaSubject";
import { describePeriodAsides } from "./periodAside";
import { percentOfOtherPart } from "./percentOwnCount";
import { readPeriodScope } from "./reportPeriod";
import { describeListTotals } from "./listTotals";
import { describeTrailingTotals } from "./trailingTotals";
import { describeRespective } from "./respectivePairs";
import { completeRanges, markFieldEnds, markRanges } from "./dateRange";
import { describeFractions, describeKindTotals, describeQuotaParts } from "./fractions";
import { describeUnitPairs } from "./unitPairs";
import { rangeTwin } from "./rangeTwins";
import { bracketedParts, findSums, partsYield, saidPairs, totalsNotMeant } from "./sums";
import { totalsOfSiblings } from "./siblingParts";
import { detailedSums } from "./detailSums";
import { markZeroFields, markZeros } from "./zeroWords";
import { partsByPercent } from "./percentEvidence";
import { chooseRanges } from "./rangeChoice";
import { statedTwice } from "./statedTwice";
import { addedBesides, besidesYields } from "./besidesClause";
import { arithmeticBounds } from "./arithmeticBounds";
import { restatedElsewhere } from "./restated";
import { inBreakdown, totalsOnly } from "./breakdown";
import { otherLabelsShare, otherShare } from "./labelledBreakdown";
import { profilesOnce, type BuiltProfiles, type FieldProfile } from "./profiles";
import { spelledCandidates } from "./spelledCandidates";
import { readLabelLines } from "./labelReading";
import { familyWords } from "./labelLevels";
import { againstParallelHeading } from "./parallelHeadings";
import { chooseJointly } from "./jointArithmetic";
import { againstLevelHeading, levelTotals } from "./levelHeadings";
import { withLevelLines } from "./levelLines";
import { attachPercents } from "./attachPercents";
import { refineShares } from "./finerShares";
import { nextPlanYields } from "./plannedHere";
import { repeatedNounYields } from "./repeatedNoun";
import { wholeOfKinds } from "./wholeOfKinds";
import { othersAmong } from "./othersAmong";

export interface MeaningInput {
  text: string;
  tokens: readonly NumberToken[];
  /** Every number of the text, those the precision layer dropped from `tokens` too (periodAside.ts reads them). */
  all?: readonly NumberToken[];
  headings: readonly Heading[];
  report: ReportDefinition;
  patterns: PatternTable;
  /** What the exact wordings found: bound and ambiguous fields are left as they are. */
  exact: ReadonlyMap<FieldId, Recognition>;
  /** The precision layer's judgement (vetoes.ts): the number at `at` is certainly not this figure's. */
  refused?: (field: FieldDef, at: { start: number; end: number }) => boolean;
  /** Of `refused`, those refused only because their passage names no organisation: a figure may be stated again there. */
  unnamed?: (field: FieldDef, at: { start: number; end: number }) => boolean;
  /** The form's profiles, when the caller has built them already (profilesOnce). */
  built?: () => BuiltProfiles;
}

export interface MeaningResult {
  bound: Map<FieldId, Candidate[]>;
  unclear: Map<FieldId, Candidate[]>;
  /** Figures the text states again with another value (statedTwice.ts): the clerk chooses, and their percentages are doubted. */
  doubted?: Map<FieldId, Candidate[]>;
  /** Shares written twice where one is not the other rounded (finerShares.ts): no arithmetic settles them. */
  slipped?: ReadonlySet<FieldId>;
}

/**
 * Recognition by meaning scores every figure against every number: it runs on texts of up to this many numbers (a
 * 60-page report has about 1 500), so its cost stays bounded; past it only the exact wordings are used, and
 * checkReport says so.
 */
export const MAX_MEANING_NUMBERS = 4000;

export function recognizeByMeaning(input: MeaningInput): MeaningResult {
  const { text, tokens, report, exact } = input;
  if (tokens.length > MAX_MEANING_NUMBERS) return { bound: new Map(), unclear: new Map() };
  const { profiles, vocab } = (input.built ?? profilesOnce(report, input.patterns))();
  // Any count may be written «: không» (zeroWords.ts).
  const withZeros = profiles.some((p) => p.kind === "count");
  const period = readPeriodScope(text, report.periodKind);
  const candidates = findCandidates(text, tokens, input.headings, withZeros, period);
  markFieldEnds(profiles, input.patterns);
  markRanges(text, candidates);
  markZeroFields(profiles, input.patterns);
  markZeros(text, candidates);
  describeFractions(text, candidates);
  // «37 ý kiến, … trả lời 37/37»: a bare ratio whose whole restates a count is of its unit (ratioOfCounted.ts).
  describeRestatedWholes(text, candidates);
  // «cán bộ, công chức 71 người trên 76 biên chế được giao»: who fills a quota now, and the quota (fractions.ts).
  describeQuotaParts(text, candidates);
  // «nhận 11 đơn (khiếu nại 02, kiến nghị, phản ánh 09)»: the count is all the kinds its bracket names (fractions.ts).
  describeKindTotals(text, candidates);
  describeUnitPairs(text, candidates);
  describeBrackets(text, candidates);
  describeAsides(text, candidates);
  // «Biên chế … (Quyết định số … ngày 26/12/2025): 92»: the label before an aside is the figure's (labelAcrossAside.ts).
  describeAcrossAsides(text, candidates);
  // «số công chức thực có, sau khi …, tính đến ngày … là 90 người»: the subject before an aside (copulaSubject.ts).
  describeCopulaSubjects(text, candidates);
  describePeriodAsides(text, input.all ?? tokens, candidates, input.headings, period);
  describeListTotals(text, candidates);
  describeTrailingTotals(text, candidates);
  describeMonthTotals(text, candidates);
  // «A và B lần lượt là 84 và 77»: each figure by its own label (respectivePairs.ts).
  describeRespective(text, candidates);
  const taken = new Set<number>();
  const sums = findSums(text, candidates);
  // Summary counts the items under them break down (detailSums.ts): only a sibling figure's total is read from them.
  const detailed = detailedSums(text, candidates);
  const fitsAbove = (q: FieldProfile, c: Candidate) => {
    if (!eligible(q, c)) return 0;
    const s = score(q, c, vocab);
    return s >= FLOOR ? s : 0;
  };
  const bySums = new Map<FieldProfile, { not: Set<Candidate>; yields: Map<Candidate, Set<Candidate>>; totalOf: Map<Candidate, Candidate>; unnamed: Set<Candidate> }>();
  const sumsFor = (p: FieldProfile) => {
    let found = bySums.get(p);
    if (!found) {
      // A total whose parts are two figures of this one's section is neither (siblingParts.ts).
      const own = vocab.own.get(p)!;
      const self = { label: p.descriptions.at(-1), acts: p.acts, said: saidPairs(p.field) };
      const not = totalsNotMeant(sums, own, self);
      for (const t of totalsOfSiblings(text, sums, p, profiles, fitsAbove, detailed)) not.add(t);
      bySums.set(p, (found = { not, yields: partsYield(sums, own, self), ...bracketedParts(sums, own, self) }));
    }
    return found;
  };
  const notBySum = (p: FieldProfile, c: Candidate) => sumsFor(p).not.has(c);
  const totals = totalsOnly(report);
  const breakdown = new Map<Candidate, boolean>();
  const partOfBreakdown = (c: Candidate) => breakdown.get(c) ?? breakdown.set(c, inBreakdown(text, c)).get(c)!;
  // Under headings that part a document body by body, a figure of another body is no candidate (labelLevels.ts).
  const family = familyWords(report, profiles, vocab);
  const against = againstParallelHeading(text, candidates, input.headings, report, vocab, family);
  // Under a heading naming one level of the form's sums, a number is not another level's nor the total's (levelHeadings.ts).
  // Lines each led by a level's name («Lãnh đạo UBND tỉnh — 01 lượt — …») are such headings too (levelLines.ts).
  const levelHeads = withLevelLines(text, input.headings);
  const otherLevel = againstLevelHeading(candidates, levelHeads, report, vocab);
  // A table read as a grid gives a figure one cell: its other cells are not the figure's (gridBind.ts).
  const grid = gridReading(text, report, profiles, vocab);
  // The refusals of this layer; then the precision layer's (vetoes.ts), which an annex's restatement is judged without.
  const refusedBelow = (p: FieldProfile, c: Candidate) => otherLevel(p, c) || notBySum(p, c) || (totals.has(p.field.id) && partOfBreakdown(c));
  const vetoed = (p: FieldProfile, c: Candidate) => refusedBelow(p, c) || (input.refused?.(p.field, c.token) ?? false);
  const monthItem = monthItems(text);
  // «…: 1 lượt, 6 người; …: 1 lượt, 3 người. Cộng: 2 lượt, 9 người»: an item with only its unit beside it is a part (summedItems.ts).
  const summedItem = summedItems(text, candidates, vocab);
  const monthPart = (p: FieldProfile, c: Candidate) => monthItem(p, c) || summedItem(p, c);
  // «1.187 bộ, đạt tỷ lệ 95,26%»: a percentage is the share of the count right before it (percentOwnCount.ts).
  const shareOfOther = percentOfOtherPart(text, candidates, profiles, vocab);
  const refusedByPlace = (p: FieldProfile, c: Candidate) => grid.refuses(p, c) || monthPart(p, c) || shareOfOther(p, c);
  const refusedHere = (p: FieldProfile, c: Candidate) => vetoed(p, c) || refusedByPlace(p, c);
  // Whose a figure is, by the heading, decides which figure takes a number; a figure stated twice is doubted as before.
  // A figure planned for this period, stated in the body, takes nothing from the next period's tasks (plannedHere.ts).
  const nextPlan = nextPlanYields(text, candidates, (p, c) => (eligible(p, c) ? score(p, c, vocab) : -1), (p, c) => against(p, c) || refusedHere(p, c));
  // «27 nhiệm vụ khoa học và công nghệ …, nghiệm thu 6 nhiệm vụ»: the bare count is of the things just qualified (repeatedNoun.ts).
  const repeated = repeatedNounYields(text, candidates, profiles, (p, c) => (eligible(p, c) ? score(p, c, vocab) : -1));
  // «… 12 cuộc giao ban …. Ngoài ra, … 11 cuộc họp giao ban của Thường trực UBND tỉnh»: something besides (besidesClause.ts).
  const besides = besidesYields(text, candidates, (p, c) => (eligible(p, c) ? score(p, c, vocab) : -1));
  // «trong 61 công chức có một tiến sĩ, 24 thạc sĩ»: the whole of the kinds named after it (wholeOfKinds.ts).
  const whole = wholeOfKinds(text);
  // «Trong số 31 trưởng thôn, bản có 09 người …»: another group's counts (othersAmong.ts).
  const others = othersAmong(text);
  // «Khen thưởng …: 03 cá nhân (02 chuyên viên Phòng Tổng hợp, …)», «04 Phó Chánh Văn phòng (02 đồng chí làm việc tại
  // trụ sở chính, …)»: shares of a breakdown that say which ones they are (labelledBreakdown.ts).
  const otherLabel = (p: FieldProfile, c: Candidate) => c.token.kind === "count" && (otherLabelsShare(text, c.token.start, c.unit, vocab.own.get(p)!) || otherShare(text, c.token.start, c.token.end, c.unit, vocab.own.get(p)!));
  const refused = (p: FieldProfile, c: Candidate) => against(p, c) || refusedHere(p, c) || nextPlan(p, c) || repeated(p, c) || besides(p, c) || whole(p, c) || others(p, c) || otherLabel(p, c);
  // A part read twice (a count in words is a token and a rival in words, spelledCandidates.ts) yields as one number.
  // A count «ngoài ra» adds after one of the same thing is something besides it (besidesClause.ts).
  const yields = (p: FieldProfile, top: Candidate, other: Candidate) => {
    const parts = sumsFor(p).yields.get(top);
    return (parts !== undefined && (parts.has(other) || [...parts].some((x) => x.token.start === other.token.start))) || addedBesides(text, top, other);
  };
  const totalOf = (p: FieldProfile, part: Candidate) => sumsFor(p).totalOf.get(part);
  const unnamedPart = (p: FieldProfile, part: Candidate) => sumsFor(p).unnamed.has(part);
  const spans = new Map<FieldId, ReadonlyArray<{ start: number; end: number }>>();
  const judged = { refused, yields, totalOf, unnamedPart, paragraphs: paragraphsOf(text, candidates), restated: restatedElsewhere(profiles, candidates, vocab, spans, refused), spelled: spelledCandidates(text, tokens, input.headings) };
  for (const [id, r] of exact) {
    if (r.state === "bound") {
      spans.set(id, r.occurrences);
      for (const o of r.occurrences) taken.add(o.start);
    }
    // A number an exact wording claims, even for a figure left unclear, is that wording's: never another figure's.
    if (r.state === "ambiguous") for (const o of r.candidates) taken.add(o.start);
  }
  const settled = (id: FieldId) => exact.get(id)?.state === "bound" || exact.get(id)?.state === "ambiguous";
  const open = profiles.filter((p) => !settled(p.field.id));
  const byGrid = grid.bindings(open, candidates, (p, c) => !taken.has(c.token.start) && eligible(p, c) && !vetoed(p, c));
  for (const [id, places] of byGrid) {
    spans.set(id, places.map((c) => c.token));
    for (const c of places) taken.add(c.token.start);
  }
  // «- Nhãn: số» lines read by their label and what it stands under (labelReading.ts), before any number is guessed.
  const labelled = readLabelLines({ text, candidates, headings: input.headings, profiles: open.filter((p) => !byGrid.has(p.field.id)), vocab, taken, judged: { refused, yields }, family });
  for (const [id, places] of labelled) {
    spans.set(id, places.map((c) => c.token));
    for (const c of places) taken.add(c.token.start);
  }
  // A level's own total under its heading, told by the numbers after it that add up to it (levelHeadings.ts).
  const unplaced = open.filter((p) => !byGrid.has(p.field.id) && !labelled.has(p.field.id));
  const levelRegions = new Map<FieldId, ReadonlySet<number>>();
  const leveled = levelTotals(text, candidates, levelHeads, report, vocab, (p, c) => unplaced.includes(p) && !taken.has(c.token.start) && eligible(p, c) && !refused(p, c), profiles, (id, c) => {
    const r = exact.get(id);
    return r?.state === "bound" && r.occurrences.some((o) => o.start === c.token.start);
  }, levelRegions, (p, c) => !taken.has(c.token.start) && eligible(p, c) && !refused(p, c));
  for (const [id, places] of leveled) {
    spans.set(id, places.map((c) => c.token));
    for (const c of places) taken.add(c.token.start);
  }
  // Percentages of a figure wait until their figure is placed: they are found beside it.
  const first = assign(unplaced.filter((p) => p.field.formula?.op !== "percentOf" && !leveled.has(p.field.id)), candidates, vocab, taken, judged);
  for (const [id, places] of first.bound) spans.set(id, places.map((c) => c.token));

  const bound = new Map([...byGrid, ...labelled, ...leveled, ...first.bound]);
  for (const [id, c] of attachPercents(input, candidates, spans, taken)) {
    bound.set(id, [c]);
    spans.set(id, [c.token]);
  }
  const open2 = open.filter((p) => !bound.has(p.field.id));
  for (const [id, c] of partsByPercent(text, report, open2, candidates, vocab, spans, tokenIndex(tokens), taken)) bound.set(id, [c]);
  const rest = open.filter((p) => !bound.has(p.field.id));
  const second = assign(rest, candidates, vocab, taken, judged);
  for (const [id, places] of second.bound) bound.set(id, places);
  const unclear = second.unclear;
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  const placed = new Map<FieldId, Candidate[]>(bound);
  for (const [id, places] of spans) if (!placed.has(id)) placed.set(id, places.flatMap((o) => byStart.get(o.start) ?? []));
  const still = new Set(open.filter((p) => !bound.has(p.field.id)).map((p) => p.field.id));
  for (const [id, places] of completeRanges(profiles, placed, still, taken, candidates)) {
    bound.set(id, places);
    unclear.delete(id);
  }
  const all = new Map<FieldId, ReadonlyArray<{ start: number }>>(spans);
  for (const [id, places] of bound) all.set(id, places.map((c) => c.token));
  const open3 = new Set(open.filter((p) => !bound.has(p.field.id)).map((p) => p.field.id));
  const ranges = chooseRanges(text, report, profiles, candidates, all, bound, open3, taken, (p, c) => score(p, c, vocab) >= FLOOR);
  for (const [id, places] of ranges.bound) {
    bound.set(id, places);
    unclear.delete(id);
  }
  for (const [id, places] of ranges.unclear) {
    bound.delete(id);
    unclear.set(id, places);
  }
  // A count in words («Riêng hai đơn vị …») says a small number loosely, often of a part: it never doubts a figure
  // found in digits, it only stands as a candidate where none is (spelledNumbers.ts).
  const inDigits = candidates.filter((c) => !/\p{L}/u.test(c.token.text));
  // A number the form's arithmetic rules out for a figure (arithmeticBounds.ts) is no second statement of it.
  const impossible = arithmeticBounds(report, candidates, { exact, meaning: bound });
  // A level's figure found under its heading is not doubted by its members' numbers there (levelHeadings.ts).
  const ownRegion = (p: FieldProfile, c: Candidate) => levelRegions.get(p.field.id)?.has(c.token.start) ?? false;
  // An annex under no organisation's name («IV | THỦ TỤC HÀNH CHÍNH | … | Hồ sơ tiếp nhận | hồ sơ | 124») is no place
  // of the desk's figure, but where the body binds it (142) a count of the same unit there may be that figure stated
  // again: the clerk sees both. Not a number with no unit («(2) Trung tâm …» numbers a remark).
  const unnamedOnly = (p: FieldProfile, c: Candidate) => c.unit !== null && (input.unnamed?.(p.field, c.token) ?? false);
  const refusedRestating = (p: FieldProfile, c: Candidate) =>
    (refusedHere(p, c) && (!unnamedOnly(p, c) || refusedBelow(p, c) || refusedByPlace(p, c))) || impossible(p, c) || ownRegion(p, c);
  const doubted = statedTwice(text, profiles, inDigits, vocab, { exact, meaning: bound }, taken, refusedRestating);
  for (const [id, places] of doubted) {
    if (!bound.has(id)) continue;
    bound.delete(id);
    unclear.set(id, places);
  }
  // Rounding to the bound share is evidence of its own: half the floor's words are enough beside it.
  const slipped = refineShares(profiles, candidates, { bound, unclear, doubted, taken }, (p, c) => eligible(p, c) && score(p, c, vocab) >= FLOOR / 2 && !refused(p, c));
  for (const [id, places] of bound) {
    if (ranges.singled.has(id) || !places.some((c) => rangeTwin(c, candidates))) continue;
    bound.delete(id);
    unclear.set(id, places);
  }
  // The form's sums choose among the figures together, once each was scored alone (jointArithmetic.ts).
  // The form's sums outweigh the words of one sentence's sum (sums.ts) but no veto: those say whose a number is.
  const vetoedOnly = (p: FieldProfile, c: Candidate) => against(p, c) || otherLevel(p, c) || (totals.has(p.field.id) && partOfBreakdown(c)) || (input.refused?.(p.field, c.token) ?? false) || grid.refuses(p, c) || monthPart(p, c);
  const beforeSums = new Set(bound.keys());
  chooseJointly({ report, profiles, candidates, vocab, exact, bound, unclear, taken, refused: vetoedOnly, doubted: new Set(doubted.keys()) });
  // A share written right after a figure the sums just placed is that figure's, as it is after one placed by its
  // words («trễ hạn 88 hồ sơ, chiếm 0,52%»): looked for beside the newly placed figures only.
  const placedBySums = [...bound.keys()].filter((id) => !beforeSums.has(id));
  if (placedBySums.length > 0) {
    const beside = new Map<FieldId, ReadonlyArray<{ start: number; end: number }>>();
    for (const id of placedBySums) beside.set(id, bound.get(id)!.map((c) => c.token));
    for (const id of [...bound.keys(), ...doubted.keys()]) if (!beside.has(id)) beside.set(id, []);
    for (const [id, c] of attachPercents(input, candidates, beside, taken)) {
      bound.set(id, [c]);
      unclear.delete(id);
    }
  }
  return { bound, unclear, doubted, slipped };
}

/** The paragraph (line) each candidate stands in, in one pass: candidates are in text order. */
function paragraphsOf(text: string, candidates: readonly Candidate[]): number[] {
  let line = 0;
  let at = 0;
  return candidates.map((c) => {
    for (let nl = text.indexOf("\n", at); nl !== -1 && nl < c.token.start; nl = text.indexOf("\n", at)) {
      line++;
      at = nl + 1;
    }
    return line;
  });
}
