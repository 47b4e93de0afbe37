/**
 * «tổ chức 12 cuộc giao ban tuần và 02 cuộc giao ban tháng, tổng cộng 13 cuộc»: a total written after its parts,
 * announced by «tổng cộng», «tổng số», «cả thảy», «tất cả». The counts right before it in its sentence are its parts
 * whether or not they add up (the clerk's sum may be wrong; the checks say so), so a figure whose words name none of
 * a part's own words («tuần») is not that part: it is the total's.
 */
import { numberClause } from "./numberClause";
import { sentenceAround } from "./vetoText";
import { syllables } from "./words";

const MAX_PARTS = 4;
/** The words right before a total that follows its parts: «, tổng cộng 13», «; tổng số là 14», «cả thảy: 13». */
const TOTAL_LEAD = /[,;]\s*(?:(?:tổng cộng|tổng số|cả thảy|tất cả)(?:\s+(?:là|có|được))?\s*:?|tổng\s*:)\s*$/iu;

/** A written count (not a date's day or month, not a decimal). */
const COUNT = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*(?![\d,/]|\.\d)/gu;

/**
 * When the number at [start, end) is a part of a total written after it in its sentence («12 cuộc giao ban tuần và
 * 02 cuộc giao ban tháng, tổng cộng 13 cuộc»): the syllables that tell this part from its siblings and its total
 * («tuần»). Null when it is none.
 */
export function laterTotalPartWords(text: string, start: number, end: number): string[] | null {
  const sentence = sentenceAround(text, start, end);
  const counts = [...text.slice(sentence.from, sentence.to).matchAll(COUNT)].map((m) => ({ at: sentence.from + m.index, end: sentence.from + m.index + m[0].length }));
  const self = counts.findIndex((c) => c.at === start);
  if (self === -1) return null;
  const total = counts.findIndex((c, k) => k > self && TOTAL_LEAD.test(text.slice(Math.max(0, c.at - 24), c.at)));
  // The parts are the counts right before the total in its clause: this number among them, two at least, four at most.
  if (total === -1 || total - self > MAX_PARTS - 1) return null;
  // The total's clause (numberClause.ts): a «;» outside brackets cuts the counts before it off, one inside them
  // («12 cuộc (tuần; đột xuất) và 02 cuộc …») does not.
  const clauseFrom = numberClause(text, counts[total]!.at, counts[total]!.end).from;
  if (start < clauseFrom) return null;
  const first = Math.max(0, total - MAX_PARTS, counts.findIndex((c) => c.at >= clauseFrom));
  if (total - first < 2) return null;
  // Each count's own words: from it to the next count, a mark or «và»; the part's own are those no other count has.
  const phrase = (k: number) => new Set(syllables(text.slice(counts[k]!.end, counts[k + 1]?.at ?? sentence.to).split(/[,;()]|(?<![\p{L}])và(?![\p{L}])/u)[0] ?? ""));
  const mine = phrase(self);
  const others = counts.slice(first, total + 1).map((_, j) => first + j).filter((k) => k !== self).map(phrase);
  const apart = [...mine].filter((w) => others.every((o) => !o.has(w)));
  return apart.length > 0 ? apart : null;
}

/** The part's own words (laterTotalPartWords) are none of the figure's (`own`): the figure is the total's. */
export function partOfLaterTotal(apart: readonly string[] | null, own: ReadonlySet<string>): boolean {
  return apart !== null && !apart.some((w) => own.has(w));
}
