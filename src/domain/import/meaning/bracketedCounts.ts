/**
 * Some clerks set a count in brackets inside the sentence: «và (11) hợp đồng lao động», «đề nghị khen thưởng (02) cá
 * nhân», «đã tổ chức (13) cuộc giao ban». The brackets hold the number only, they open no aside: the words on both
 * sides describe it as if they were not there. A count is read so only when it has two or three digits (an
 * enumeration «(1) dự toán; (2) kế hoạch» numbers items with one) and stands between lower-case words of one sentence
 * (a heading's «Tổ chức trực thuộc (05):» keeps its brackets, which candidates.ts reads as such).
 *
 * The text keeps its length, so every offset found in it is the document's.
 */
const BRACKETED = /(?<=\p{Ll}[ \t]+)\((\d{2,3})\)(?=[ \t]+\p{Ll})/gu;

export function unbracketCounts(text: string): string {
  return text.replace(BRACKETED, (_, digits: string) => ` ${digits} `);
}
