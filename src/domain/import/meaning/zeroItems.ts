/**
 * A zero written as an item's value is described by the item's label, not by the words around the zero: in
 * «- Nâng lương trước thời hạn: quý III không có trường hợp nào (9 tháng: 03 trường hợp)» the figure is «Nâng lương
 * trước thời hạn»; «quý III» says for which period (periodScope.ts weighs it) and «trường hợp nào» says «none of any
 * kind». A table row that answers an outline «15 | Xử lý vi phạm về tham nhũng | Không» is the same item with a tab
 * for its colon. Read so, such a zero scores by its label as a number would in «Nâng lương trước thời hạn: 03».
 *
 * Bounded to the item's own line: the label is looked for back to the line's start, the item's end forward to its line's
 * end (no scan through the text).
 */
import type { Candidate } from "./candidates";
import { features, syllables } from "./words";

/** Where an item's label starts: after a bullet, a row's number cell, a «;» or a sentence's end on its line. */
const LABEL_START = /(?:^|[;\n]|\.[ \t]|^[ \t]*[-+•*–][ \t]|\t)[ \t]*(?:\d{1,3}[.)]?\t)?(?=[^;\n\t]*$)/u;
/** How far back on its line an item's label may start. */
const LABEL_REACH = 160;
/** Counting words that say «none of any kind»: they are not the figure's unit. */
const ANY_KIND = new Set(["trường hợp"]);
/** What a value ends with: punctuation, a bracketed aside, a cell's end, the line's end. */
const VALUE_END = /[.;,(\t\n]/u;

/**
 * Gives a zero found as an item's value (`valueStart`: where the colon or the cell's tab is) the item's label as its
 * nearest words, and takes from it the words of its own phrase (a period named before it, «trường hợp nào» after).
 */
export function describeZeroItem(text: string, c: Candidate, valueStart: number): string[] {
  const lineStart = text.lastIndexOf("\n", valueStart - 1) + 1;
  const from = Math.max(lineStart, valueStart - LABEL_REACH);
  const before = text.slice(from, valueStart);
  const opened = LABEL_START.exec(before);
  const label = opened ? before.slice(opened.index + opened[0].length) : before;
  const labelWords = syllables(label);
  const labelFeatures = features(labelWords);
  if (labelFeatures.length === 0) return labelWords;
  // The zero's own phrase: from the colon to the zero, and from the zero to the value's end on its line.
  const lineEnd = text.indexOf("\n", c.token.end);
  const rest = text.slice(c.token.end, lineEnd < 0 ? Math.min(text.length, c.token.end + 200) : Math.min(lineEnd, c.token.end + 200));
  const endAt = rest.search(VALUE_END);
  const own = text.slice(valueStart + 1, c.token.start) + " " + (endAt < 0 ? rest : rest.slice(0, endAt));
  for (const f of features(syllables(own))) c.near.delete(f);
  for (const f of labelFeatures) c.near.set(f, 1);
  withoutAnyKind(c);
  return labelWords;
}

/**
 * An answer that is only a zero, under its question (questionAbove.ts): «Câu 7. Số cá nhân được đề nghị … tặng Bằng
 * khen?» over «Không có.» is the item «Số cá nhân …: Không có». The question is its label; the words of its own phrase
 * after it («(đã thực hiện trong quý I: 02 công chức)» is an aside past the value's end) are not.
 */
export function describeZeroAnswer(text: string, c: Candidate, question: readonly string[]): void {
  const lineEnd = text.indexOf("\n", c.token.end);
  const rest = text.slice(c.token.end, lineEnd < 0 ? Math.min(text.length, c.token.end + 200) : Math.min(lineEnd, c.token.end + 200));
  const endAt = rest.search(VALUE_END);
  for (const f of features(syllables(endAt < 0 ? rest : rest.slice(0, endAt)))) c.near.delete(f);
  for (const f of features([...question])) c.near.set(f, 1);
  withoutAnyKind(c);
}

/** «không có trường hợp nào bị xử lý»: «trường hợp» counts whatever follows it, people or files; it is no unit. */
export function withoutAnyKind(c: Candidate): void {
  if (c.unit !== null && ANY_KIND.has(c.unit)) c.unit = null;
}
