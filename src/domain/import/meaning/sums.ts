/**
 * Arithmetic as evidence between the numbers of one sentence: «nhận được 17 ý kiến, đã trả lời trực tiếp 15 ý kiến,
 * giao cơ quan chuyên môn trả lời 02 ý kiến», «khen thưởng 06 cá nhân (Bằng khen của Thủ tướng: 02; của Chủ tịch
 * UBND tỉnh: 04)». A count followed in its sentence by two to four counts of the same unit that add up to it is their
 * total. The parts are told apart by their own words (the pairs each has and its siblings have not): a figure that
 * names one part's own words is not the total («Thủ tướng» → 02, not 06); a figure that names none of them is not a
 * part («ý kiến nhận được» → 17, not 15). The numbers are all written; the sum only says which is which. A breakdown
 * announced right after its count («gồm», «trong đó», a bracket), in the count's unit, is its parts though they do
 * not add up (announcedParts).
 */
import { actOf, sameAct, type Act } from "./acts";
import { announcedLoneParts } from "./announcedPart";
import type { Candidate } from "./candidates";
import { clauseTail, sentenceAround } from "./vetoText";
import { features, isFunctionWord, PARTS_ANNOUNCED, syllables } from "./words";
import { isYear } from "./yearsAndRounded";

const MAX_PARTS = 4;

export interface Sum {
  total: Candidate;
  /** Each part with the pairs of words only it has among its siblings. */
  parts: Array<{ part: Candidate; own: readonly string[]; answers?: readonly string[] }>;
  /** The total's words name every part by that part's own words (findSums). */
  namesEach: boolean;
  /**
   * The parts stand in a bracket that opens right after the total: «13 cuộc (trong đó: 12 cuộc …; 01 cuộc …)»; or
   * they are a breakdown announced right after it that need not add up (announcedParts).
   */
  bracketed?: boolean;
  /** The pairs of words of the total's clause before it: what the total counts, no part's qualifier (namesPart). */
  stated?: ReadonlySet<string>;
  /**
   * The total's act («nhận được 08 ý kiến, đã trả lời tại hội nghị 06 ý kiến, 02 ý kiến trả lời bằng văn bản» →
   * «nhận»), when no part's clause says it again: a figure counting that act is the total, though it shares a
   * setting («tại hội nghị») with one part.
   */
  act?: Act;
}

/**
 * A part's pairs of words that may be its own. Not a pair of function words («trong đó», «đó đã»): it announces the
 * breakdown, it does not say what a part counts, and a figure whose wording reads «…, trong đó đã giải quyết {N}»
 * would otherwise refuse its own total.
 */
function pairs(c: Candidate): Set<string> {
  return new Set([...c.near].filter(([f, w]) => w >= 1 && f.includes(" ") && !f.split(" ").every(isFunctionWord)).map(([f]) => f));
}

export function countLike(c: Candidate): boolean {
  return c.token.kind === "count" && !c.yearLike && !c.change && !c.whole;
}

/** Between a total and its first part, the words that announce parts, or an opening bracket. */
const ANNOUNCED = new RegExp(`^[^;.\\n\\d]{0,30}?(?:(?<![\\p{L}])(?:${PARTS_ANNOUNCED})(?![\\p{L}])|\\()`, "iu");

export function partsAnnounced(between: string): boolean {
  return ANNOUNCED.test(between);
}

/**
 * A bracket opened after the total's words, its breakdown announced or not: «04 cá nhân (trong đó: 02 …; 02 …)»,
 * «08 ý kiến (05 …; 03 …)», the first part's own words before its number or not: «21 đơn thư (khiếu nại 04 đơn, tố
 * cáo 03 đơn, …)». `between` runs from the total to its first part, `through` to its last part: the bracket must not
 * close before the last part.
 */
const BRACKET_OPENED = new RegExp(`^[^();.\\n\\d]{0,30}\\(\\s*(?:(?:${PARTS_ANNOUNCED})\\s*:?\\s*)?[^();:.\\n\\d]{0,30}$`, "iu");

function inBracketAfter(between: string, through: string): boolean {
  return BRACKET_OPENED.test(between) && !through.slice(between.length).includes(")");
}

/** A year, told by its own word before it even where the words before it were given to the count before (sharedWords.ts). */
function datedBy(text: string, c: Candidate): boolean {
  return c.yearLike || (c.token.kind === "count" && isYear(c.token, syllables(text.slice(Math.max(0, c.token.start - 12), c.token.start)), text));
}

/** The syllables of `c`'s clause before it, up to 80 characters back. */
function clauseBefore(text: string, c: Candidate): string[] {
  return syllables(clauseTail(text, c.token.start, 80));
}

function actOfTotal(text: string, total: Candidate, parts: readonly Candidate[]): Act | undefined {
  const act = actOf(clauseBefore(text, total));
  if (act === null) return undefined;
  const last = act.at(-1)!;
  return parts.some((p) => clauseBefore(text, p).includes(last)) ? undefined : act;
}

export function findSums(text: string, candidates: readonly Candidate[]): Sum[] {
  const sums: Sum[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const total = candidates[i]!;
    if (!countLike(total) || total.token.value <= 0) continue;
    const end = sentenceAround(text, total.token.start, total.token.end).to;
    const parts: Candidate[] = [];
    let sum = 0;
    const next = candidates[i + 1];
    // Parts announced («06 cá nhân, gồm 05 … năm 2025 và 01 …») are counted past the years they are dated by.
    const announced = next !== undefined && partsAnnounced(text.slice(total.token.end, next.token.start));
    for (let k = i + 1; k < candidates.length && parts.length < MAX_PARTS; k++) {
      const c = candidates[k]!;
      if (c.token.start >= end) break;
      // A percentage beside a count («7.766 (79,41%), gồm …») is no part, nor a year a part is dated by («05 cá nhân
      // có thành tích xuất sắc năm 2025 và 01 cá nhân …»).
      if (c.token.kind === "percent" || (announced && datedBy(text, c))) continue;
      if (!countLike(c) || (c.unit !== null && total.unit !== null && c.unit !== total.unit)) break;
      parts.push(c);
      sum += c.token.value as number;
      if (sum >= (total.token.value as number)) break;
    }
    if (parts.length < 2 || sum !== total.token.value) {
      const listed = announcedParts(text, candidates, i, end);
      if (listed) sums.push(listed);
      continue;
    }
    const bracketed = inBracketAfter(text.slice(total.token.end, parts[0]!.token.start), text.slice(total.token.end, parts.at(-1)!.token.start));
    sums.push(sumOf(text, total, parts, bracketed));
  }
  return [...sums, ...announcedLoneParts(text, candidates, sums)];
}

export function sumOf(text: string, total: Candidate, parts: readonly Candidate[], bracketed: boolean): Sum {
  // A part's own words are beside it; its siblings' words at any distance rule a word out, and so do the total's:
  // «tiếp nhận 97 hồ sơ (tiếp nhận mới 92 …, tồn kỳ trước 05 …)» — «tiếp nhận» says what all three count.
  const apart = (k: number) => [...pairs(parts[k]!)].filter((w) => parts.every((other, j) => j === k || !other.near.has(w)));
  // «… về Phòng Tổng hợp - Kinh tế: 07, gồm Phòng Tổng hợp: 03; Phòng Kinh tế: 04»: a total whose words name every
  // part by the words that part alone has names them each; those words still tell the parts apart. One part alone
  // («02 đồng chí, trong đó 01 đồng chí kiêm Giám đốc …») has no sibling to be told from: the words it shares with its
  // total say what both count, and only the others (its qualifier) are its own.
  const namesEach = parts.length >= 2 && parts.every((_, k) => apart(k).some((w) => total.near.has(w)));
  const own = (k: number) => apart(k).filter((w) => namesEach || !total.near.has(w));
  const act = actOfTotal(text, total, parts);
  return { total, parts: parts.map((part, k) => ({ part, own: own(k), answers: responsesAround(text, part) })), namesEach, bracketed, stated: statedBefore(text, total.token.start), ...(act ? { act } : {}) };
}

/** The pairs of words of the total's clause before it (from the sentence's «;», line or full stop). */
function statedBefore(text: string, start: number): Set<string> {
  const from = Math.max(text.lastIndexOf(";", start - 1), text.lastIndexOf("\n", start - 1), text.lastIndexOf(". ", start - 1), start - 200) + 1;
  return new Set(features(syllables(text.slice(from, start))).filter((f) => f.includes(" ")));
}

/** «gồm», «trong đó» right after the count's words, no bracket opened or closed before them. */
const ANNOUNCING_WORD = new RegExp(`^[^();.\\n\\d]{0,30}?(?<![\\p{L}])(?:${PARTS_ANNOUNCED})(?![\\p{L}])[^();.\\n\\d]{0,30}$`, "iu");

/**
 * «tổ chức 13 cuộc giao ban, gồm: 9 cuộc giao ban tuần, 3 cuộc giao ban tháng và 2 cuộc giao ban đột xuất», «13 cuộc
 * giao ban trong quý (giao ban tuần 11 cuộc, giao ban tháng 03 cuộc)»: a breakdown announced right after a count (gồm,
 * trong đó, a bracket opened) whose numbers each count what the count counts, by the same unit, is that count's, though
 * they do not add up to it: a clerk lists some kinds and leaves others out, or slips. The words say it, not the sum, so
 * the parts stop where the bracket closes or the clause ends, and any other number there (another unit, a part larger
 * than its total) leaves the count alone. Such a breakdown stands right after its total: the total takes its parts'
 * first place (bracketedParts).
 */
function announcedParts(text: string, candidates: readonly Candidate[], i: number, end: number): Sum | null {
  const total = candidates[i]!;
  const first = candidates[i + 1];
  if (total.unit === null || !first) return null;
  const between = text.slice(total.token.end, first.token.start);
  const bracket = BRACKET_OPENED.test(between);
  if (!bracket && !ANNOUNCING_WORD.test(between)) return null;
  const close = bracket ? text.indexOf(")", total.token.end + between.indexOf("(")) : text.indexOf(";", total.token.end);
  const stop = close === -1 ? end : Math.min(close, end);
  if (bracket && close === -1) return null;
  const parts: Candidate[] = [];
  for (let k = i + 1; k < candidates.length && candidates[k]!.token.start < stop; k++) {
    const c = candidates[k]!;
    if (c.token.kind === "percent") continue;
    if (!countLike(c) || c.unit !== total.unit || c.token.value >= total.token.value || parts.length === MAX_PARTS) return null;
    parts.push(c);
  }
  return parts.length >= 2 ? sumOf(text, total, parts, true) : null;
}

/** What a figure says of itself besides its own words: its label's words (kindsTogether) and the acts it counts (acts.ts). */
export interface FigureSelf {
  label?: ReadonlySet<string>;
  /** The pairs of syllables the figure's label and wordings say side by side (chancePair). */
  said?: ReadonlySet<string>;
  acts?: readonly Act[];
}

/**
 * For a figure described by `own` words: the totals it is not, because it names one of their parts' own words. Of a
 * total that names every part, a figure naming them all is the total's («Đơn khiếu nại, tố cáo: 05 (03 khiếu nại,
 * 02 tố cáo)» for the letters received), one naming some of them a part's.
 */
export function totalsNotMeant(sums: readonly Sum[], own: ReadonlySet<string>, self: FigureSelf = {}): Set<Candidate> {
  const not = new Set<Candidate>();
  for (const s of sums) if (namesPart(s, own, self)) not.add(s.total);
  return not;
}

function namesPart(s: Sum, own: ReadonlySet<string>, self: FigureSelf = {}): boolean {
  if (self.label && kindsTogether(s, self.label)) return false;
  if (s.act !== undefined && self.acts?.some((a) => sameAct(a, s.act!))) return false;
  // A lone part is named by its qualifier, words the figure and the part share apart from the total, two pairs at
  // least («kiêm nhiệm, giám đốc»): one pair («sơ tiếp» of «16.041 hồ sơ tiếp nhận mới») is word order's chance.
  const least = s.parts.length === 1 ? 2 : 1;
  // «bổ nhiệm 01/02 Trưởng phòng và 02/04 Phó Trưởng phòng (quý III: 01 …, 01 …)»: a part may read the words before
  // its total through a lead-in («bổ nhiệm»), but they say what the total counts and name no part (held-out 1014,
  // where they made the appointments' figure refuse its own total); unless the total names its parts each by them.
  const qualifier = (w: string) => own.has(w) && (s.namesEach || !s.stated?.has(w));
  const named = s.parts.filter((p) => p.own.filter((w) => qualifier(w) && !chancePair(w, p.own, own, self.said)).length >= least && !answersOtherwise(p.answers, self.label)).length;
  return named > 0 && !(s.namesEach && named === s.parts.length);
}

/** The pairs of neighbouring syllables of a figure's label and wordings, none skipped (FigureSelf.said). */
export function saidPairs(field: { label: string; wording?: readonly string[] }): Set<string> {
  const said = new Set<string>();
  for (const words of [field.label, ...(field.wording ?? [])]) {
    const sylls = syllables(words);
    for (let i = 1; i < sylls.length; i++) said.add(`${sylls[i - 1]} ${sylls[i]}`);
  }
  return said;
}

/**
 * «02 Phó Trưởng phòng Bổ trợ tư pháp» and «Phó Trưởng phòng được bổ nhiệm» share «phòng bổ» only because the figure's
 * words are read over «được» (words.ts features): «bổ» begins «bổ trợ» in the one and «bổ nhiệm» in the other, two
 * words. A pair the figure never says side by side, which the part goes on from otherwise than the figure does, is
 * chance and names no part; «thủ tướng», said so by the figure, names its part whatever follows it.
 */
function chancePair(pair: string, partOwn: readonly string[], figure: ReadonlySet<string>, said: ReadonlySet<string> | undefined): boolean {
  if (said === undefined || said.has(pair)) return false;
  const last = `${pair.slice(pair.lastIndexOf(" ") + 1)} `;
  const onPart = partOwn.filter((w) => w.startsWith(last));
  if (onPart.length === 0 || onPart.some((w) => figure.has(w))) return false;
  for (const w of figure) if (w.startsWith(last)) return true;
  return false;
}

/** Verbs of dealing with things received (answeredPart.ts): a part that says one counts what was done with them. */
const RESPONSES = ["trả lời", "giải quyết", "xử lí", "xử lý", "giải trình", "tiếp thu"];

/** The verbs of RESPONSES in a part's own clause: from the «,», «;» or «(» before it to the next one after it. */
function responsesAround(text: string, part: Candidate): string[] {
  const before = text.slice(Math.max(0, part.token.start - 80), part.token.start);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("("));
  const after = /^[^,;.()\n]{0,100}/u.exec(text.slice(part.token.end))![0];
  const clause = `${before.slice(from + 1)} ${after}`.toLowerCase();
  return RESPONSES.filter((verb) => new RegExp(`(?<![\\p{L}\\p{M}])${verb}(?![\\p{L}\\p{M}])`, "u").test(clause));
}

/**
 * «có 14 ý kiến, trong đó trả lời trực tiếp tại hội nghị 11 ý kiến» for «Ý kiến … nhận được tại hội nghị»: the part
 * shares the setting («tại hội nghị») but says what was done with the opinions, which the figure's label does not:
 * the setting names no part of what the figure counts (721).
 */
function answersOtherwise(answers: readonly string[] | undefined, label: ReadonlySet<string> | undefined): boolean {
  if (!label || !answers) return false;
  return answers.some((verb) => !syllables(verb).every((w) => label.has(w)));
}

/**
 * A figure whose label names the own words of two or more parts counts those kinds together: «Đơn thư, khiếu nại, tố
 * cáo nhận được» is the letters received, not the complaints nor the denunciations of «tiếp nhận 21 đơn thư (khiếu
 * nại 04 đơn, tố cáo 03 đơn, kiến nghị, phản ánh 14 đơn)». Only the label says so: a wording is one clerk's sentence
 * and names a sibling figure beside this one («{n} tập thể và {N} cá nhân»).
 */
function kindsTogether(s: Sum, label: ReadonlySet<string>): boolean {
  return s.parts.filter((p) => p.own.some((w) => label.has(w))).length >= 2;
}

/**
 * For a figure that names none of a sum's parts' own words, the parts are no rivals of their total: it may take the
 * total without the margin over them. They stay its candidates (their words may still fit it best): pairs of words
 * are too brittle a test to rule a part out.
 */
export function partsYield(sums: readonly Sum[], own: ReadonlySet<string>, self: FigureSelf = {}): Map<Candidate, Set<Candidate>> {
  const yields = new Map<Candidate, Set<Candidate>>();
  for (const s of sums) {
    if (namesPart(s, own, self)) continue;
    yields.set(s.total, new Set(s.parts.map((p) => p.part)));
  }
  return yields;
}

/**
 * For a figure that names none of a sum's parts' own words, each part in a bracket after its total (`bracketed`) →
 * that total (`totalOf`). The bracket says what the total is made of: a specialist reads the figure at the total,
 * though one part's words may fit the figure's a little better («13 cuộc (trong đó: 12 cuộc giao ban tuần; 01 cuộc
 * giao ban quý III)» for the quarter's meetings). Those parts that share not one pair of words with the figure
 * (`unnamed`: «thực hiện 13 cuộc …, trong đó 01 cuộc giao ban mở rộng» for the quarter's meetings) are never the
 * figure, whether or not their total is.
 */
export function bracketedParts(sums: readonly Sum[], own: ReadonlySet<string>, self: FigureSelf = {}): { totalOf: Map<Candidate, Candidate>; unnamed: Set<Candidate> } {
  const totalOf = new Map<Candidate, Candidate>();
  const unnamed = new Set<Candidate>();
  for (const s of sums) {
    if (!s.bracketed || namesPart(s, own, self)) continue;
    for (const p of s.parts) {
      if (!totalOf.has(p.part)) totalOf.set(p.part, s.total);
      if (!p.own.some((w) => own.has(w))) unnamed.add(p.part);
    }
  }
  return { totalOf, unnamed };
}
