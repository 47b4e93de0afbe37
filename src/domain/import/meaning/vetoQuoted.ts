/**
 * Two kinds of numbers that sit where the form's figure would and belong to someone else:
 * - figures quoted from another report for comparison: «Số liệu chung của tỉnh (theo Báo cáo số 77/BC-VPUBND …, để
 *   so sánh): toàn tỉnh tiếp nhận 286.540 hồ sơ …». A department quoting the province beside its own figures says
 *   so in the paragraph's lead; everything after that lead in the paragraph is the quoted body's;
 * - people studying for a qualification: «Cao cấp 18; …; đang học Cao cấp lý luận chính trị 03» — the 03 are
 *   learners, not holders, though the qualification's words stand right before the number. A field that counts
 *   learners («đang học») is not judged so.
 */
const QUOTED = /(?<![\p{L}])để\s+(?:so sánh|đối chiếu|tham khảo)(?![\p{L}])/iu;

/** The number's paragraph, before it, says its figures are quoted for comparison. */
export function quotedForComparison(text: string, start: number): boolean {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  return QUOTED.test(text.slice(from, start));
}

const LEARNING = /(?<![\p{L}])(?:đang|được cử đi|cử đi)\s+(?:theo\s+)?học(?![\p{L}])/iu;

/** The field counts learners itself. */
export function countsLearners(label: string): boolean {
  return LEARNING.test(label) || /(?<![\p{L}])học(?![\p{L}])/iu.test(label);
}

/** The number's own stretch (no «,», «;», bracket or line between) opens with «đang học …». */
export function learnersBefore(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 100 && !/[,;()\n]/.test(text[from - 1]!) && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  return LEARNING.test(text.slice(from, start));
}
