/**
 * A plan set beside what was done: «Kế hoạch: 13 cuộc/quý (giao ban tuần). Thực hiện: 11 cuộc», «tổ chức 12 cuộc
 * giao ban (kế hoạch 13 cuộc)», «KH quý: 06 đơn vị; TH: 05 đơn vị». A number that «kế hoạch» labels (right before it,
 * or as a label ending in a colon with a few words after) is what was planned, not what was done: a figure that is
 * no plan is not it. «Kế hoạch số 19/KH-VP», «theo kế hoạch, đã kiểm tra 03 đơn vị», «Kế hoạch kiểm soát TTHC gồm
 * 05 nhóm công việc» (the plan's content, which the form asks for) are no labels. Language knowledge only.
 */

/** «kế hoạch» or «KH», then maybe its period («năm 2025», «quý II»), maybe «đề ra»/«giao»/«là». */
const PLAN = /(?<![\p{L}])(?:kế hoạch|kh)(?![\p{L}])/giu;
const LABEL_TAIL =
  /^(?:\s+(?:năm|quý|tháng)(?:\s+(?:\d{1,4}(?:\/\d{4})?|I|II|III|IV))?)?(?:\s+(?:đề ra|đặt ra|được giao|giao|là))?(?:\s*:\s*[^\d:;,.()\n]{0,40}|\s*)$/u;
/** Words of what was done: after them the number is a result. */
const DONE = /(?<![\p{L}])(?:đã|thực hiện|thực tế|hoàn thành|đạt)(?![\p{L}])/iu;
/**
 * «Kế hoạch năm đề ra tỷ lệ hồ sơ giải quyết đúng hạn đạt 86,71%»: a plan that sets («đề ra», «đặt ra») what is to be
 * reached. All it sets, up to the clause's end, is planned: its «đạt» is the target's, not a result. A result after it
 * says so («…, đã thực hiện 11 cuộc»).
 */
const SETS = /^(?:\s+(?:năm|quý|tháng)(?:\s+(?:\d{1,4}(?:\/\d{4})?|I|II|III|IV))?)?\s+(?:đề ra|đặt ra)(?![\p{L}])/iu;
const DONE_AFTER_SET = /(?<![\p{L}])(?:đã|thực hiện|thực tế|hoàn thành|kết quả)(?![\p{L}])/iu;
/** What makes «kế hoạch» a reference or a basis, not a label: «theo kế hoạch», «so với kế hoạch». */
const NOT_LABEL = /(?<![\p{L}])(?:theo|với|của|tại|trong)\s*$/iu;

/** The number at `start` is labelled as planned by the clause before it. */
export function planLabelled(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 100 && !/[;\n]/.test(text[from - 1]!) && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  const before = text.slice(from, start).normalize("NFC");
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(PLAN)) last = m;
  if (last === null) return false;
  // «KH» only as a label of its own («KH: 06»), never inside a document's number («19/KH-VP»).
  const tail = before.slice(last.index! + last[0].length);
  if (last[0].length === 2 && !/^\s*(?:năm|quý|tháng)?[^:\-/]{0,12}:/u.test(tail)) return false;
  if (NOT_LABEL.test(before.slice(0, last.index))) return false;
  const sets = SETS.exec(tail);
  if (sets) return !DONE_AFTER_SET.test(tail.slice(sets[0].length));
  return LABEL_TAIL.test(tail) && !DONE.test(tail);
}
