/**
 * Feedback about how people are served is not feedback about administrative rules. Under the control of
 * administrative procedures, «phản ánh, kiến nghị» are those of citizens and businesses on the rules and procedures
 * themselves (a figure the form words so: its section or label names «thủ tục hành chính» or «quy định hành chính»).
 * «Trung tâm tiếp nhận 14 phản ánh, kiến nghị về thái độ phục vụ, thời gian chờ và hẹn trả kết quả» is feedback on
 * the service and its staff, gathered by a hotline and survey forms: no figure of the rules' feedback. Told by what
 * the number's sentence says the feedback is about («về …»): the service's conduct named, and no rule or procedure.
 */

/** The form's figure counts feedback on administrative rules: a count of feedback whose label or section's title names them. */
export function countsRulesFeedback(label: string, sectionTitle: string): boolean {
  return /phản ánh|kiến nghị/iu.test(label) && /thủ tục hành chính|quy định hành chính/iu.test(`${label} ; ${sectionTitle}`);
}

/** What feedback about being served names: the staff's manner and the waiting. */
const SERVICE = /(?<![\p{L}\p{M}])(?:thái độ|tác phong|ứng xử|tinh thần phục vụ|chất lượng phục vụ|văn hóa công sở|văn hoá công sở|thời gian chờ)(?![\p{L}\p{M}])/iu;

/** What feedback about the rules names. */
const RULES = /(?<![\p{L}\p{M}])(?:quy định|thủ tục|tthc|hành chính|văn bản quy phạm|chính sách)(?![\p{L}\p{M}])/iu;

/**
 * The number's sentence says its feedback is about the service («về thái độ phục vụ …»), naming no rule or procedure.
 * The sentence, not the clause: «…, tiếp nhận 14 phản ánh, kiến nghị về thái độ phục vụ …; đã trả lời, xử lý 14/14
 * phản ánh» tells what the feedback is about once, for both of its numbers.
 */
export function aboutService(text: string, sentence: { from: number; to: number }): boolean {
  const words = text.slice(sentence.from, sentence.to);
  const about = /(?<![\p{L}\p{M}])về(?![\p{L}\p{M}])/iu.exec(words);
  if (!about) return false;
  const topic = words.slice(about.index);
  return SERVICE.test(topic) && !RULES.test(topic);
}
