/**
 * «Tiếp nhận 11 đơn (07 đơn kiến nghị, 02 đơn khiếu nại, 01 đơn tố cáo)»: a number in a bracket opened right after a
 * count of the same thing (its first word after it the same: «11 đơn (… 02 đơn …») counts one kind of that count. A
 * figure whose label lists kinds («Đơn thư, khiếu nại, tố cáo nhận được») counts them all: it is the whole, never one
 * kind of it, whether or not the kinds add up to the whole (when they do not, they cannot say which number is wrong).
 * Language only: no arithmetic, no field named.
 */
const WORD = /^[ \t]+(\p{L}+)([^,;()\n\d]*)/u;
const COUNT_BEFORE = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*[ \t]+(\p{L}+)([^()\n\d;:]{0,60})\([^()\n]*$/u;

/** The label names two or more kinds, comma-separated. */
export function listsKinds(label: string): boolean {
  return label.split(",").filter((s) => s.trim().length > 0).length >= 2;
}

/**
 * The number at [start, end) is one kind in a bracket after a count of the same thing: a kind it names after the
 * shared word, other than the whole's («87 phản ánh, kiến nghị (quý II: 41 phản ánh, kiến nghị)» is a period's part).
 */
export function kindInBracket(text: string, start: number, end: number): boolean {
  const word = WORD.exec(text.slice(end, end + 30));
  if (!word) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const before = COUNT_BEFORE.exec(text.slice(Math.max(lineStart, start - 200), start));
  if (before === null || before[1]!.toLowerCase() !== word[1]!.toLowerCase()) return false;
  const kind = word[2]!.trim().toLowerCase();
  return kind.length > 0 && !before[2]!.trim().toLowerCase().startsWith(kind);
}
