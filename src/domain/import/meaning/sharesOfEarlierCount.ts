/**
 * «Ban Tiếp công dân tỉnh tiếp thường xuyên 37 lượt/52 người tại 02 cơ sở (Quảng Ngãi 24 lượt, Kon Tum 13 lượt)»: a
 * bracket whose numbers, each followed by one same unit, add up to a number of that unit written before it in the same
 * sentence breaks that number down (by site, unit or kind). Each of them is a share of it, never a figure of the same
 * unit stated again elsewhere (statedTwice.ts). bracketBreakdown.ts reads only the count right before the bracket;
 * here other counts may stand between («/52 người tại 02 cơ sở»), the unit saying which the bracket breaks down.
 * Read within the number's line: no scan of the text.
 */

/** A count and the word after it: «24 lượt», «2.311 hồ sơ». */
const COUNTED = /(?<![\d\p{L}.,])(\d{1,3}(?:\.\d{3})*)(?![\d]|[.,]\d)[ \t\u00a0]+([\p{L}\p{M}]+)/gu;
/** Any number: every number of the bracket must be one of its counted shares. */
const NUMBER = /(?<![\d\p{L}.,])\d{1,3}(?:\.\d{3})*(?![\d]|[.,]\d)/gu;

/** How far a bracket and the sentence before it may reach from the number, either way. */
const REACH = 300;

function valueOf(written: string): number {
  return Number(written.replace(/\./gu, ""));
}

export function shareOfEarlierCount(text: string, start: number): boolean {
  // Bounded both ways: a bracket and its sentence are short, and a text without brackets is never scanned whole.
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  const lineStart = from + before.lastIndexOf("\n") + 1;
  const open = from + before.lastIndexOf("(");
  if (open < lineStart || text.slice(open, start).includes(")")) return false;
  const after = text.slice(start, start + REACH);
  const closeAt = after.search(/[()\n]/u);
  if (closeAt === -1 || after[closeAt] !== ")") return false;
  const close = start + closeAt;
  const inside = text.slice(open + 1, close);
  const shares = [...inside.matchAll(COUNTED)];
  const units = new Set(shares.map((m) => m[2]!.toLowerCase()));
  if (shares.length < 2 || units.size !== 1 || shares.length !== [...inside.matchAll(NUMBER)].length) return false;
  if (!shares.some((m) => open + 1 + m.index === start)) return false;
  const unit = [...units][0]!;
  const total = shares.reduce((sum, m) => sum + valueOf(m[1]!), 0);
  // The sentence before the bracket: from its last full stop on the line.
  const lead = text.slice(lineStart, open);
  const stop = Math.max(lead.lastIndexOf(". "), lead.lastIndexOf("; "));
  const sentence = stop === -1 ? lead : lead.slice(stop + 2);
  return [...sentence.matchAll(COUNTED)].some((m) => m[2]!.toLowerCase() === unit && valueOf(m[1]!) === total);
}
