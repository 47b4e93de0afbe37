/**
 * «Tiếp nhận 11 đơn (07 đơn kiến nghị, 02 đơn khiếu nại, 01 đơn tố cáo)»: a number in a bracket opened right after a
 * count of the same thing (its first word after it the same: «11 đơn (… 02 đơn …») counts one kind of that count. A
 * figure whose label lists kinds («Đơn thư, khiếu nại, tố cáo nhận được») counts them all: it is the whole, never one
 * kind of it, whether or not the kinds add up to the whole (when they do not, they cannot say which number is wrong).
 * So too a «+» line under a «-» line that ends with such a count: «- Tiếp nhận 07 đơn:» over «+ Khiếu nại: 01 đơn;»
 * (792). Language only: no arithmetic, no field named.
 */
const WORD = /^[ \t]+(\p{L}+)([^,;()\n\d]*)/u;
const COUNT_BEFORE = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*[ \t]+(\p{L}+)([^()\n\d;:]{0,60})\([^()\n]*$/u;
/** Words of another period, which say a bracket splits the count by time, not by kind. */
const PERIOD_WORDS = /(?<![\p{L}])(?:quý|tháng|năm|kỳ|tuần)(?![\p{L}])/iu;

/** The word after the number ending at `end` and what follows it to the item's end: «02 đơn khiếu nại» → đơn, khiếu nại. */
const wordAfter = (text: string, end: number) => WORD.exec(text.slice(end, end + 30));

/** The count, on the number's own line, whose bracket the number at `start` stands in: «11 đơn (… ». */
function countBeforeBracket(text: string, start: number): RegExpExecArray | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  return COUNT_BEFORE.exec(text.slice(Math.max(lineStart, start - 200), start));
}

/** The label names two or more kinds, comma-separated. */
export function listsKinds(label: string): boolean {
  return label.split(",").filter((s) => s.trim().length > 0).length >= 2;
}

/**
 * The number at [start, end) is one kind in a bracket after a count of the same thing: a kind it names after the
 * shared word, other than the whole's («87 phản ánh, kiến nghị (quý II: 41 phản ánh, kiến nghị)» is a period's part).
 */
export function kindInBracket(text: string, start: number, end: number): boolean {
  const word = wordAfter(text, end);
  if (!word) return false;
  const before = countBeforeBracket(text, start);
  if (before === null || before[1]!.toLowerCase() !== word[1]!.toLowerCase()) return false;
  const kind = word[2]!.trim().toLowerCase();
  return kind.length > 0 && !before[2]!.trim().toLowerCase().startsWith(kind);
}

/** A «+» sub-item line with its kind as its label: «  + Khiếu nại: ». */
const SUB_LINE = /^[ \t]*\+[ \t]*(\p{L}[^\n:\d]{0,60}):[ \t]*$/u;
/** The line above ends with a count and its noun, then a colon: «- Tiếp nhận 07 đơn:». */
const PARENT_COUNT = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*[ \t]+(\p{L}+)[ \t]*:[ \t]*$/u;

/** The number at [start, end) stands on a «+» line, labelled by its kind, under a count of the same thing. */
export function kindUnderCount(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!SUB_LINE.test(text.slice(lineStart, start))) return false;
  const word = wordAfter(text, end);
  if (!word) return false;
  // The nearest line above that is no sibling «+» line.
  let to = lineStart - 1;
  while (to > 0) {
    const from = text.lastIndexOf("\n", to - 1) + 1;
    const line = text.slice(from, to);
    if (!/^[ \t]*\+/u.test(line)) {
      const parent = PARENT_COUNT.exec(line);
      return parent !== null && parent[1]!.toLowerCase() === word[1]!.toLowerCase();
    }
    to = from - 1;
  }
  return false;
}

/**
 * «nhận 11 đơn (khiếu nại 02, kiến nghị, phản ánh 09)», «nhận 03 đơn kiến nghị, phản ánh (không có đơn khiếu nại, tố
 * cáo)» (871, 872): a number with its kind written before it, or a none, in a bracket opened right after a count of
 * what the figure's label names («đơn»), is one kind of that count, never all of it.
 */
export function kindAfterCount(label: string, text: string, start: number, zero: boolean): boolean {
  const before = countBeforeBracket(text, start);
  if (before === null) return false;
  const unit = before[1]!.toLowerCase();
  if (!label.toLowerCase().split(/[\s,]+/u).includes(unit)) return false;
  const inside = before[0].slice(before[0].lastIndexOf("(") + 1);
  // «61 phản ánh, kiến nghị (quý II: 29 …)»: a bracket of another period's share, no kinds (95, 644).
  if (PERIOD_WORDS.test(inside)) return false;
  return zero ? inside.trim() === "" : /\p{L}/u.test(inside);
}

/**
 * «11 đơn (khiếu nại 02, kiến nghị, phản ánh 09)»: a bracket of kinds, each with its number, right after the count's
 * noun. After more words («09 đồng chí có trình độ lý luận chính trị (cao cấp 01, trung cấp 07)», 142) a bracket may
 * split a narrower thing than what the count counts.
 */
const KINDS_BRACKET = /^[ \t]+(\p{L}+)[ \t]*\(((?:[ \t]*\p{L}[\p{L} ,]*?[ \t]+\d{1,3}[ \t]*[,;]?)+)[ \t]*\)/u;

/**
 * The kinds a bracket right after the count ending at `end` splits it into, as words («khiếu nại kiến nghị phản
 * ánh»), or null: the count is all of them, and is described by them as its parts are.
 */
export function kindsAfterCount(text: string, end: number): string | null {
  const m = KINDS_BRACKET.exec(text.slice(end, end + 240));
  if (m === null || PERIOD_WORDS.test(m[2]!)) return null;
  return m[2]!.replace(/\d+/gu, " ").replace(/[,;]/gu, " ");
}
