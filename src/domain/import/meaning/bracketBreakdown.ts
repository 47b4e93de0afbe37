/**
 * «tiếp nhận, xử lý 03 phản ánh, kiến nghị về quy định hành chính (thủ tục đăng ký đất đai lần đầu 02, hộ tịch 01)»:
 * a bracket whose numbers add up to the count written before it (in the same clause, words only between them) breaks
 * that count down by kind; each of its numbers counts what that count counts (phản ánh), whatever words name its
 * kind. Returns the end of the count broken down, or -1.
 */
const NUMBER = /(?<![\d\p{L}])\d{1,3}(?:\.\d{3})*(?![\d\p{L}]|[.,]\d)/gu;
const REACH = 160;

function valueOf(written: string): number {
  return Number(written.replace(/\./g, ""));
}

export function brokenDownCountEnd(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - REACH), start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const open = line.lastIndexOf("(");
  if (open === -1 || line.lastIndexOf(")") > open) return -1;
  const openAt = start - (line.length - open);
  const close = text.indexOf(")", start);
  const lineEnd = text.indexOf("\n", start);
  if (close === -1 || (lineEnd !== -1 && lineEnd < close)) return -1;
  const parts = [...text.slice(openAt + 1, close).matchAll(NUMBER)].map((m) => valueOf(m[0]));
  if (parts.length < 2) return -1;
  // The count before the bracket: the last number of the line before it, with no clause break but commas of its label.
  const lead = line.slice(0, open);
  const counts = [...lead.matchAll(NUMBER)];
  const last = counts[counts.length - 1];
  if (!last || /[;:()]/.test(lead.slice(last.index + last[0].length))) return -1;
  const total = valueOf(last[0]);
  if (total === 0 || parts.reduce((a, b) => a + b, 0) !== total) return -1;
  return openAt - (lead.length - last.index - last[0].length);
}

/**
 * «Điều động đến và bổ nhiệm 02 đồng chí: 01 Phó Chánh Văn phòng (…), 01 Phó Trưởng phòng Nội chính (…).»: a count
 * right before a colon (its unit at most three words) whose list after the colon, to the clause's end, adds up to it is
 * broken down by that list as by a bracket. Returns the end of the count broken down, or -1.
 */
export function listedCountEnd(text: string, start: number): number {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const before = text.slice(Math.max(lineFrom, start - REACH), start);
  const colon = before.lastIndexOf(":");
  if (colon === -1 || /[;.]\s/u.test(before.slice(colon)) || before.lastIndexOf("(") > before.lastIndexOf(")")) return -1;
  const lead = /(?<![\d\p{L}])(\d{1,3}(?:\.\d{3})*)[ \u00a0]+(?:[\p{L}]+[ \u00a0]*){1,3}$/u.exec(before.slice(0, colon));
  if (!lead) return -1;
  const lineEnd = text.indexOf("\n", start);
  const rest = text.slice(start - (before.length - colon - 1), lineEnd === -1 ? text.length : lineEnd);
  const clause = rest.split(/[;]|\.(?:\s|$)/u)[0]!.replace(/\([^()]*\)/gu, " ");
  const parts = [...clause.matchAll(NUMBER)].map((m) => valueOf(m[0]));
  const total = valueOf(lead[1]!);
  if (parts.length < 2 || total === 0 || parts.reduce((a, b) => a + b, 0) !== total) return -1;
  return start - before.length + lead.index + lead[1]!.length;
}
