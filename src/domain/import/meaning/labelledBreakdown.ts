/**
 * Shares of a breakdown (a bracket whose numbers add up to the count before it, bracketBreakdown.ts) count what their
 * total counts, whatever their own words share with another figure's:
 * - under a label line («- Khen thưởng đợt thi đua …: 03 cá nhân (02 chuyên viên Phòng Tổng hợp, 01 chuyên viên …)»)
 *   people counted by their post are the people the label names (those awarded): a figure none of whose pairs of
 *   words the label says («luân chuyển», «bổ nhiệm») is not one of them;
 * - shares written alike, each saying which ones after the same unit («04 Phó Chánh Văn phòng (02 đồng chí làm việc
 *   tại trụ sở chính, 02 đồng chí luân phiên tại bộ phận thường trực)»), split the total by that: a figure none of
 *   whose pairs of words a share says («kiêm nhiệm Giám đốc Trung tâm») is no such share.
 */
import { brokenDownCountEnd } from "./bracketBreakdown";
import { POSTS } from "./score";
import { features, syllables } from "./words";

/** A bullet or number before a label line's words. */
const MARKER = /^[ \t]*(?:[-+•*–—·][ \t]*|\d{1,2}[.)][ \t]+|[a-zđ]\)[ \t]+)?/u;
/** The label right before the total: its words, a colon, then the count. */
const LABEL_BEFORE = /:[ \t]*$/u;

/** The pairs of words of the label line whose value the bracket holding `start` breaks down, or null. */
export function breakdownLabel(text: string, start: number): ReadonlySet<string> | null {
  const countEnd = brokenDownCountEnd(text, start);
  if (countEnd === -1) return null;
  const lineFrom = text.lastIndexOf("\n", countEnd - 1) + 1;
  const before = text.slice(lineFrom, countEnd).replace(/[\d.]+$/u, "");
  if (!LABEL_BEFORE.test(before)) return null;
  const label = before.slice(MARKER.exec(before)![0].length).replace(LABEL_BEFORE, "");
  // A label with a sentence before it («…; Khen thưởng: 03») names from its last clause.
  const own = label.slice(Math.max(label.lastIndexOf(";"), label.lastIndexOf(". ")) + 1);
  return new Set(features(syllables(own)).filter((f) => f.includes(" ")));
}

/**
 * `unit` is a post («chuyên viên»), and `own` (a figure's words) shares no pair of words with the label of the breakdown
 * holding `start`. Only people counted by their post: «Trình độ chuyên môn: 49 người (02 tiến sĩ, …)» names the kind
 * of which each share is one, and the shares are those figures.
 */
export function otherLabelsShare(text: string, start: number, unit: string | null, own: ReadonlySet<string>): boolean {
  if (unit === null || !POSTS.has(unit)) return false;
  const label = breakdownLabel(text, start);
  return label !== null && label.size > 0 && ![...label].some((f) => own.has(f));
}

/**
 * «04 Phó Chánh Văn phòng (02 đồng chí làm việc tại trụ sở chính, 02 đồng chí luân phiên tại bộ phận thường trực)»:
 * shares of a breakdown that say after their unit which ones they are split the total by that; a figure none of whose
 * pairs of words the share says («kiêm nhiệm Giám đốc Trung tâm») is no such share. `unit` is the share's own unit,
 * which says who, not which ones.
 */
export function otherShare(text: string, start: number, end: number, unit: string | null, own: ReadonlySet<string>): boolean {
  if (unit === null || brokenDownCountEnd(text, start) === -1) return false;
  const open = text.lastIndexOf("(", start);
  const close = text.indexOf(")", end);
  // Shares written alike: each a number, the same unit, then which ones («02 đồng chí làm việc tại …, 02 đồng chí luân
  // phiên tại …»). Shares of mixed kinds («quý I: 01 đồng chí Phó Chánh Văn phòng; quý II: 01 công chức từ Sở …») are
  // each their own figure's, read by the other rules.
  const shares = text.slice(open + 1, close).split(/[,;]/u).map((part) => /^\s*\d+\s+(.*)$/su.exec(part)?.[1]);
  if (shares.length < 2 || shares.some((rest) => rest === undefined || !qualifies(rest, unit))) return false;
  const pairs = features(qualifier(/^[^,;()\n]*/u.exec(text.slice(end))![0], unit)).filter((f) => f.includes(" "));
  return pairs.length > 0 && !pairs.some((f) => own.has(f));
}

/** The words after a share's unit. */
function qualifier(rest: string, unit: string): string[] {
  const words = syllables(rest);
  const unitWords = unit.split(" ");
  return unitWords.every((w, i) => words[i] === w) ? words.slice(unitWords.length) : [];
}

/** The share counts `unit` and says which ones in three syllables or more. */
function qualifies(rest: string, unit: string): boolean {
  return qualifier(rest, unit).length >= 3;
}
