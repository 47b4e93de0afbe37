/**
 * A request is not the fact. «Trình xin biệt phái viên chức: 01» asks that one employee be seconded; «Viên chức biệt
 * phái: 02» is who is seconded. A number whose own phrase opens with a request verb («xin», «trình xin», «dự kiến») is
 * no figure of a field the form words as a fact: the words after the verb («biệt phái viên chức») say what is asked
 * for, not what was done. Written as a rule of the language, not in the form's wording: a wording's words become its
 * field's vocabulary, and a lookbehind there would cost the fact's bindings everywhere.
 * «đề nghị» is not one: an office reports the acts its superior decides as its proposals («đã đề nghị nâng bậc lương
 * trước thời hạn cho 01 công chức», «đề nghị … tặng Bằng khen»), and those are the facts the form counts (the corpus's
 * truths, 142, 181, 281, 283); «ý kiến, đề nghị» is a noun besides.
 *
 * The phrase is the number's own: from the last comma, «;», «(», «và» or «đồng thời» before it (a request earlier in
 * the sentence asked for something else: «xin ý kiến …, bổ nhiệm 02 Trưởng phòng»), through the colon of a label line
 * written right before it («Trình xin biệt phái viên chức: 01»). A field that the form itself words as a request
 * («Viên chức trình xin biệt phái», «Số đơn vị dự kiến kiểm tra») counts requests and is not asked (vetoFormWords.ts
 * `requests`).
 */

/**
 * The request verbs: asking for it, planning it; and a proposal for more of something («đề nghị bổ sung 61 biên chế»,
 * «kiến nghị giao thêm 02 biên chế», «đề xuất tăng thêm …»): what is proposed to be added is not yet there, whatever
 * the superior decides, unlike an award or a raise proposed (the fact the form counts). Not «xin rút»: «hồ sơ mà tổ
 * chức, cá nhân xin rút» are files withdrawn, a fact the form counts, whoever asked.
 */
export const REQUEST = /(?<![\p{L}\p{M}])(?:xin(?![ \t]+rút(?![\p{L}\p{M}]))|dự kiến|(?:đề nghị|kiến nghị|đề xuất)\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:bổ sung|giao thêm|tăng thêm|cấp thêm|bố trí thêm|tuyển thêm))(?![\p{L}\p{M}])/iu;

/** What ends the number's phrase going back: a clause's mark or a conjunction joining another act. */
const PHRASE_MARK = /[,;:(]|(?<![\p{L}\p{M}])(?:và|đồng thời)(?![\p{L}\p{M}])/giu;

/** The number's own phrase before it, from `from` (its sentence's start) to `start`: a label's colon right before it is read through. */
export function ownPhrase(text: string, from: number, start: number): string {
  let lead = text.slice(from, start);
  // «Trình xin biệt phái viên chức: 01»: the label before the colon is the number's description.
  const label = /:\s*$/u.exec(lead);
  if (label) lead = lead.slice(0, label.index);
  let opens = 0;
  for (const m of lead.matchAll(PHRASE_MARK)) opens = m.index + m[0].length;
  return lead.slice(opens);
}

/** The number's own phrase opens with a request («Trình xin biệt phái viên chức: 01», «đề nghị bổ nhiệm 02 …»). */
export function requestedOnly(text: string, from: number, start: number): boolean {
  return REQUEST.test(ownPhrase(text, from, start));
}
