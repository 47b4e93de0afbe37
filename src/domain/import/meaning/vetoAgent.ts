/**
 * Whose figure a number is, by who does what it counts. «UBND huyện phân công 16 cơ quan, đơn vị giúp đỡ 08 xã»: the
 * communes are helped by sixteen agencies the reporting body assigned, not by the reporting body; «Văn phòng được
 * phân công giúp đỡ 01 xã» is the office's own. A count of several bodies written just before the verb that leads
 * to the number is that verb's doer, so the number is those bodies' work. Language knowledge only: no field is named.
 */

/** Bodies that act in reports: «cơ quan», «đơn vị», «sở, ngành», «doanh nghiệp»… (one or several, joined). */
const BODY = String.raw`(?:cơ quan(?: chuyên môn)?|đơn vị|sở|ban|ngành|tổ chức|doanh nghiệp|địa phương|phòng(?:, ban)?)`;
/**
 * «16 cơ quan, đơn vị», «05 sở, ngành», «03 doanh nghiệp»: a count of two or more bodies, ending the match. A row's
 * number before its label's cell («5⇥Phòng chuyên môn⇥phòng⇥03») counts nothing: the count and its bodies share a cell.
 */
const COUNTED_BODIES = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,4})[ \u00a0]+${BODY}(?:\s*(?:,|và|hoặc)\s*${BODY})*\s+((?:[\p{L}]+\s+){1,4})$`,
  "iu",
);
/** Words that join, not act: «12 cơ quan chuyên môn và 04 đơn vị», «với 03 sở, ngành tổ chức 02 hội nghị». */
const NOT_A_VERB = /(?<![\p{L}])(?:và|với|cùng|gồm|có|trong|của|là|thuộc|trực|tại|được)(?![\p{L}])/iu;
/** The reporting body acting together with the counted ones: «phối hợp với 03 sở, ngành tổ chức 02 hội nghị». */
const TOGETHER = /(?<![\p{L}])(?:với|cùng|và)\s*$/iu;
/** How far back the doer may stand: a verb and its doer are written together. */
const REACH = 80;

/** The number at `start` is the work of a count of other bodies written as the doer of the verb before it. */
export function otherAgents(text: string, start: number): boolean {
  const from = Math.max(0, start - REACH);
  let before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf("("), before.lastIndexOf(". "));
  if (cut !== -1) before = before.slice(cut + 1);
  const m = COUNTED_BODIES.exec(before.normalize("NFC"));
  if (!m || Number(m[1]) < 2) return false;
  if (NOT_A_VERB.test(m[2]!)) return false;
  return !TOGETHER.test(before.slice(0, m.index));
}
