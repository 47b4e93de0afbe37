/**
 * A part written over its whole in words, as a fraction is with «/»: «đã giải quyết 27.538 trên tổng số 28.436 hồ
 * sơ», «22 công chức trên tổng số 24 biên chế được giao», «đạt 63,64% trên tổng số 22 công chức», «120 hồ sơ trong
 * tổng số 300 hồ sơ». The number after «trên / trong tổng số» is the whole the number before it is taken out of: a
 * total, never a part (candidates.ts reads it as the whole of «27.538/28.436»). The words between the two are the
 * part's unit only, and the whole is described by the words after it.
 */

/** Between the part and its whole: the part's unit (three syllables at most), then «trên / trong tổng (số)». */
const OVER = /^[ \u00a0]*(?:[\p{L}\p{M}]+[ \u00a0]+){0,3}?(?:trên|trong)[ \u00a0]+tổng(?:[ \u00a0]+số)?[ \u00a0]+$/iu;

/**
 * «cán bộ, công chức 71 người trên 76 biên chế được giao»: «trên» alone joins a part to its whole when the part's
 * unit is written between them and the whole is followed by what it counts, no age or time («05 người trên 60 tuổi»
 * is people over sixty, «trên 76» alone is «over 76», a rounded number).
 */
const BARE_OVER = /^[ \u00a0]*(?:[\p{L}\p{M}]+[ \u00a0]+){1,3}?trên[ \u00a0]+$/iu;
const WHOLE_NAMED = /^[ \u00a0]+(?!(?:tuổi|năm|tháng|ngày|giờ|phút|lần|%)(?![\p{L}\p{M}]))[\p{L}\p{M}]/iu;

/**
 * Where «trên / trong tổng (số)» (or a bare «trên», see BARE_OVER) starts in `between`, when it joins a part to its
 * whole; else -1. `after`: the text right after the whole.
 */
export function overTotalAt(between: string, after = ""): number {
  if (OVER.test(between)) return /(?<![\p{L}\p{M}])(?:trên|trong)[ \u00a0]+tổng/iu.exec(between)!.index;
  if (BARE_OVER.test(between) && WHOLE_NAMED.test(after)) return /(?<![\p{L}\p{M}])trên[ \u00a0]+$/iu.exec(between)!.index;
  return -1;
}

/** The number at `start` is the whole of a bare «N người trên M …» (BARE_OVER): not rounded, whatever «trên» says. */
export function bareWholeAt(text: string, start: number, end: number): boolean {
  const before = /(?<![\d.,/])\d{1,3}(?:\.\d{3})*([ \u00a0]*(?:[\p{L}\p{M}]+[ \u00a0]+){1,3}?trên[ \u00a0]+)$/u.exec(text.slice(Math.max(0, start - 60), start));
  return before !== null && overTotalAt(before[1]!, text.slice(end, end + 30)) !== -1;
}

/**
 * The share's base named after a percentage: «chiếm 18,13% trên tổng số hồ sơ đã giải quyết», «chiếm 0,26% số hồ sơ
 * đã giải quyết», «2,91% trên tổng số hồ sơ tiếp nhận». Those words say what the share is taken of, not what it is a
 * share of: the percentage is described by the words before it. Returns where the base starts in `right` (the words
 * right after the percentage), or -1.
 */
const BASE = /^[ \u00a0]*(?:(?:trên|so với|của)[ \u00a0]+)?(?:tổng[ \u00a0]+)?số(?![\p{L}\p{M}])/iu;

export function percentBaseAt(right: string): number {
  return BASE.test(right) ? 0 : -1;
}

/**
 * The share's base named before a percentage, in the words that lead to it: «Tỷ lệ hồ sơ trước hạn và đúng hạn trên
 * tổng số hồ sơ đã giải quyết đạt 99,21%». What follows «trên (tổng) số» is what the share is taken of; the words
 * before «trên» say what it is a share of. Returns `left` with the base's words left out.
 */
const BASE_BEFORE = /(?<![\p{L}\p{M}])(?:tính[ \u00a0]+)?trên[ \u00a0]+(?:tổng[ \u00a0]+)?số(?![\p{L}\p{M}])[^,;:()\d%]*?(?=[ \u00a0]*(?:(?:đạt|là|bằng|chiếm)[ \u00a0]*)?:?[ \u00a0]*$)/iu;

export function withoutBaseBefore(left: string): string {
  return left.replace(BASE_BEFORE, " ");
}
