/**
 * «Lãnh đạo UBND tỉnh tiếp công dân … (02 lượt, 17 người): Chủ tịch UBND tỉnh … (01 lượt, 03 người); Phó Chủ tịch …
 * (01 lượt, 14 người)»: a figure stated before a colon, then the same count for each member listed after it, the
 * members' figures adding up to it. Each member's figure is that member's share. A field whose own words name the
 * subject of the total (the province's leaders) is the total's: a member's share is not it, even where the form's
 * wording names that member («Chủ tịch UBND tỉnh tiếp {N} lượt», written for offices where the chairman alone
 * receives). The arithmetic is the evidence: without it a colon may open anything.
 */
import { sentenceAround } from "./vetoText";
import { syllables } from "./words";

export interface MemberShare {
  /** The words of the sentence before the total: whose total it is. */
  totalLead: string;
  /** The words before the member's figure, back to the list's previous separator: whose share it is. */
  memberLead: string;
}

const NUMBER = /(?<![\d.,/])(\d{1,6})(?![\d/]|[.,]\d)\s*([\p{L}]+)/gu;

/** The last `mark` in text[from, to), or -1: searched within the sentence only, so each number costs its sentence. */
const lastWithin = (text: string, mark: string, from: number, to: number): number => {
  const at = text.slice(from, to).lastIndexOf(mark);
  return at < 0 ? -1 : from + at;
};

/** The number at start..end is one member's share of a total stated before a colon in its sentence, or null. */
export function memberShare(text: string, start: number, end: number): MemberShare | null {
  const sentence = sentenceAround(text, start, end);
  const colon = lastWithin(text, ":", sentence.from, start);
  if (colon < 0) return null;
  const noun = /^\s*([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
  if (!noun) return null;
  const counts = (from: number, to: number) =>
    [...text.slice(from, to).matchAll(NUMBER)].filter((m) => m[2]!.toLowerCase() === noun).map((m) => ({ at: from + m.index, value: Number(m[1]) }));
  const items = counts(colon + 1, sentence.to);
  if (items.length < 2 || !items.some((i) => i.at === start)) return null;
  const sum = items.reduce((s, i) => s + i.value, 0);
  const total = counts(sentence.from, colon).find((t) => t.value === sum);
  if (!total) return null;
  // The member is named before its figure, outside the figure's own bracket: back to the list's last separator.
  const open = lastWithin(text, "(", colon, start);
  const inBracket = open > colon && !text.slice(open, start).includes(")");
  const before = inBracket ? open : start;
  const separator = Math.max(colon, lastWithin(text, ";", colon, before), lastWithin(text, "),", colon, before) + 1);
  return { totalLead: text.slice(sentence.from, total.at), memberLead: text.slice(separator + 1, before) };
}

/** The field's subject words (`subject`) all name the total's subject and not the member's: the share is not the field's. */
export function shareOfNamedTotal(share: MemberShare | null, subject: readonly string[]): boolean {
  if (!share || subject.length === 0) return false;
  const total = new Set(syllables(share.totalLead));
  const member = new Set(syllables(share.memberLead));
  return subject.every((w) => total.has(w)) && !subject.every((w) => member.has(w));
}

/** A label's subject words: its syllables less what it counts and the words that only join. */
export function labelSubject(label: string, nouns: readonly string[]): string[] {
  const counted = new Set(nouns.flatMap((n) => n.split(" ")));
  return syllables(label).filter((w) => !counted.has(w) && !JOINING.has(w));
}

const JOINING = new Set(["của", "các", "số", "được", "và", "về", "tại", "cho", "trong", "tổng"]);
