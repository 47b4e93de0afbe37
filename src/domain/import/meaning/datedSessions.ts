/**
 * A paragraph that tells a period's sessions one by one, each sentence opened by its day («Lãnh đạo UBND tỉnh: ngày
 * 15/4/2026, Chủ tịch UBND tỉnh … tiếp 01 lượt với 03 người. Ngày 07/5/2026, Phó Chủ tịch … tiếp 01 đoàn 11 người»),
 * gives each count for its day only: none of them is the period's figure, which the report states elsewhere (a table
 * row, a total) or not at all. A single dated sentence is not judged: it may be the period's only session; nor is a
 * dated sentence of another body's session counted («Ngày 22/5/2026, Chủ tịch UBND Thành phố đối thoại … nêu 05 ý
 * kiến» beside the ward chairman's own dialogue): `another` says so of its first number.
 */

/** A sentence (or the clause after a level's «Tên cấp:» lead) opened by a day «ngày 15/4», «Ngày 07/5/2026». */
const DATED = /(?:^|[.;]\s+|^[^.:;\n]{1,80}:\s+)(?:[-+•]\s*)?(?:vào\s+|trong\s+)?ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?(?![\d/])/giu;

/** The count at `start` stands in a sentence opened by a day, in a paragraph telling two days or more. */
export function datedSession(text: string, start: number, another: (at: { start: number; end: number }) => boolean = () => false): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  let to = text.indexOf("\n", start);
  if (to === -1) to = text.length;
  const line = text.slice(from, to);
  const at = start - from;
  if (DAY_ITEM.test(line) && neighbourDated(text, from, to)) return true;
  const opens = [...line.matchAll(DATED)].map((m) => m.index + m[0].length).filter((o) => o <= at || !anotherBodys(line, o, from, another));
  if (opens.length < 2) return false;
  // The last dated opening before the number, with no sentence end between it and the number.
  const opened = opens.filter((o) => o <= at).at(-1);
  return opened !== undefined && !/[.;]\s/u.test(line.slice(opened, at));
}

/** The first count of the dated sentence opened at `open` (in `line`, which starts at `from`) is another body's. */
function anotherBodys(line: string, open: number, from: number, another: (at: { start: number; end: number }) => boolean): boolean {
  const sentence = line.slice(open).split(/[.;]\s/u)[0]!;
  const count = /(?<![\d/,.])\d+(?:\.\d{3})*(?![\d/])/u.exec(sentence);
  return count !== null && another({ start: from + open + count.index, end: from + open + count.index + count[0].length });
}

/**
 * An item of a list of days: «4. Thứ Năm, ngày 02/7/2026 (tiếp định kỳ): … tiếp 04 lượt, 05 người», «- Ngày 15/4/2026:
 * …». With an item above or below it opened so and telling a count, the list tells the sessions one by one, as a
 * paragraph of dated sentences does. Only items, marked as such: two paragraphs opened by their days («Ngày 18/7/2026,
 * Giám đốc Ban tổ chức hội nghị đối thoại …» then «Ngày 07/8/2026, Chủ tịch UBND xã …») tell two different events.
 */
const DAY_ITEM = /^[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*|[-+•][ \t]*)(?:(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[ \t]+nhật)[ \t]*,?[ \t]*)?(?:vào[ \t]+)?ngày[ \t]+\d{1,2}\/\d{1,2}(?![\d])/iu;

/** The nearest non-blank line above or below the line [from, to) is a day's item too. */
function neighbourDated(text: string, from: number, to: number): boolean {
  const above = text.slice(0, Math.max(0, from - 1)).replace(/\n+$/u, "");
  const previous = above.slice(above.lastIndexOf("\n") + 1);
  const below = text.slice(to + 1).replace(/^\n+/u, "");
  const next = below.slice(0, below.indexOf("\n") === -1 ? below.length : below.indexOf("\n"));
  return [previous, next].some((line) => DAY_ITEM.test(line) && COUNTED.test(line.replace(DATES, " ")));
}

/** A day's item telling a session has a count in it («tiếp 02 lượt»); a postponed one has only dates. */
const COUNTED = /(?<![\d/.,])\d+(?:\.\d{3})*(?![\d/])\s+\p{L}/u;
const DATES = /\d{1,2}\/\d{1,2}(?:\/\d{2,4})?/gu;
