/**
 * An outline answered point by point: the office copies each of its superior's requests above its answer, marked as
 * the outline's rather than numbered as a question — «(Mục III.1.g Đề cương: Số cán bộ, công chức, viên chức bị xử lý
 * vì hành vi tham nhũng.)», «Câu 13. (Yêu cầu: Phòng, chống tham nhũng, tiêu cực; số người bị xử lý.)», «[Yêu cầu: Số
 * phòng, đơn vị đã kiểm tra …]», «* Mục 3.4 - Phòng, chống tham nhũng (Đề cương: «Số người bị xử lý»)», «Yêu cầu 3.4:
 * Phòng, chống tham nhũng; số người bị xử lý.» — then answers it: «Trả lời: không.», «Kết quả: Không phát sinh …»,
 * «→ Không có.». A person reads the request as the answer's label, as a numbered question (questionAbove.ts).
 *
 * Only the shape decides. A request line quotes the outline by its words «Yêu cầu:» / «Đề cương:» (after a «Mục …»,
 * «Câu … -» or «Nội dung …» reference) inside a bracket that closes the line, or opens with «Yêu cầu 1.2:». Its
 * answer may stand after one blank line when the answer says so by its mark («Trả lời», «Kết quả», «→»); without
 * the mark a paragraph after a blank line is the report's own.
 */

/** «(Mục II.4 Đề cương: …)», «[Yêu cầu: …]», «Câu 7. (Yêu cầu: …).», «* Mục 3.4 - … (Đề cương: «…»)»: the whole line. */
const BRACKETED = /^[^\n]*?[([][ \t]*(?:(?:mục|câu|nội[ \t]+dung)[ \t]+[^\n:()[\]]{0,24}?[ \t-]*)?(?:yêu[ \t]+cầu|đề[ \t]+cương)[ \t]*:[^\n]*[)\]][ \t.]*$/gimu;
/** «Yêu cầu 1.2: …», «Yêu cầu 2.1 và 2.2: …»: a line that opens with the request's own number. */
const NUMBERED = /^[ \t]*yêu[ \t]+cầu[ \t]+\d[\d.]*(?:[ \t]+và[ \t]+\d[\d.]*)?[ \t]*:[^\n]*$/gimu;
/** An answer that says it is one: «Trả lời:», «- Trả lời chung:», «Kết quả:», «TL:», «→». */
export const ANSWER_MARK = /^[ \t]*(?:[-+*•–][ \t]*)?(?:(?:trả[ \t]+lời|kết[ \t]+quả|tl)(?:[ \t]+chung)?[ \t]*:|→)/iu;

/** The starts of the document's request lines, each with its text, in one pass per shape. */
export function requestLines(text: string): Map<number, string> {
  const found = new Map<number, string>();
  if (!/yêu[ \t]+cầu|đề[ \t]+cương/iu.test(text)) return found;
  for (const shape of [BRACKETED, NUMBERED]) for (const m of text.matchAll(shape)) found.set(m.index, m[0]);
  return found;
}
