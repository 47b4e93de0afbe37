/**
 * A wording with a gap between its label and its figure («viên chức … nhà khách[^:]{0,100}?: {N}») may read past the
 * sentence its label ends: «viên chức hai nhà khách tự chủ tài chính 44 người. Tổng số người làm việc: 162 người».
 * The label's sentence gave its own figure and ended (a number, at most two words of its unit, a stop, a capital), and
 * the next sentence opens with a label of its own up to a colon right before the number («Tổng số người làm việc:»):
 * that number is the next label's (here the office's headcount), never the first one's. A sentence going on about
 * the same subject with no label of its own («Trung tâm tiếp nhận 56.830 hồ sơ. Riêng quý II (từ ngày …)») is read
 * as before, as is a gap that crosses no such end (a dotted thousands figure, «TP. Huế»). Language only: no field.
 */

/**
 * A number, up to two words (its unit), a full stop, a space, then the next sentence's words from its capital to a
 * colon that the figure follows.
 */
const ENDED_ON_FIGURE = /\d[^\S\n]*(?:[\p{L}\p{M}]+[^\S\n]*){0,2}\.[^\S\n]+\p{Lu}[^\d\n.:;]*:[^\S\n]*$/u;

/** The wording's text up to its figure crosses a sentence that ended on its own figure into the next one's label. */
export function readsPastEndedSentence(text: string, matchStart: number, valueStart: number): boolean {
  if (valueStart - matchStart < 8) return false;
  return ENDED_ON_FIGURE.test(text.slice(matchStart, valueStart));
}
