/**
 * «Lý luận chính trị: 47 cao cấp, 40 trung cấp, 04 cử nhân, tổng cộng 93 đồng chí»: a total announced by «tổng cộng»,
 * «tổng số», «cả thảy» after a list of counts each naming its kind is the whole of those kinds, never one of them,
 * whether or not the parts add up to it (the clerk's sum may be wrong; the checks say so). So a figure whose label
 * names one part's kind («Trung cấp lý luận chính trị») is that part's, not the total's: the total's lead-in («Lý luận
 * chính trị:») names every part's figure alike. Language knowledge only: no field is named.
 */
import { sentenceAround } from "./vetoText";
import { labelSyllables, syllables } from "./words";

/** The words right before a total that follows its parts: «, tổng cộng 93», «; tổng số là 14», «, cả thảy: 13». */
const TOTAL_LEAD = /[,;]\s*(?:tổng cộng|tổng số|cả thảy|tất cả)(?:\s+(?:là|có|được))?\s*:?\s*$/iu;
/** One part: a count and the kind it counts («40 trung cấp»), or the kind then its count («trung cấp 40»). */
const COUNT_FIRST = /^\s*\d{1,3}(?:\.\d{3})*\s+([\p{L}][\p{L}\s-]{0,40}?)\s*$/u;
const KIND_FIRST = /^\s*([\p{L}][\p{L}\s-]{0,40}?)\s*:?\s*\d{1,3}(?:\.\d{3})*\s*$/u;

/**
 * The kinds (as syllables) the parts before the total at `start` name, two parts at least, each of its own words; null
 * when the number is no such total.
 */
export function partKindsBeforeTotal(text: string, start: number, end: number): string[][] | null {
  const lead = TOTAL_LEAD.exec(text.slice(Math.max(0, start - 24), start));
  if (lead === null) return null;
  const { from } = sentenceAround(text, start, end);
  const before = text.slice(from, start - lead[0].length);
  // The list opens after its lead-in's colon («Lý luận chính trị: …») or at the sentence's start.
  const items = before.slice(before.lastIndexOf(":") + 1).split(/[,;]/u);
  const kinds: string[][] = [];
  for (const item of items.reverse()) {
    const m = COUNT_FIRST.exec(item) ?? KIND_FIRST.exec(item);
    if (m === null) break;
    kinds.push(syllables(m[1]!));
  }
  return kinds.length >= 2 ? kinds : null;
}

/** One of the parts' kinds, of two syllables at least, stands in the figure's label word for word. */
export function labelNamesPart(label: string, kinds: readonly (readonly string[])[]): boolean {
  const words = labelSyllables(label);
  return kinds.some((kind) => kind.length >= 2 && words.some((_, i) => kind.every((w, k) => words[i + k] === w)));
}
