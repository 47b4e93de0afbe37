/**
 * «bổ nhiệm lại hai Trưởng phòng hết thời hạn giữ chức vụ», «tái bổ nhiệm 01 Phó Giám đốc»: a post renewed for the
 * person who holds it is no appointment to it (Nghị định 138/2020/NĐ-CP tells «bổ nhiệm» and «bổ nhiệm lại» apart).
 * A figure of appointments never takes the count of renewals; a form that keeps renewals says so in its label.
 */

/** The words right before a number that make it a count of renewals. */
const RENEWAL_BEFORE = /(?<![\p{L}])(?:bổ nhiệm lại|tái bổ nhiệm|kéo dài thời gian giữ chức vụ)(?:\s+(?:cho|đối với))?\s*$/iu;
/**
 * «- Bổ nhiệm lại: 01 Trưởng phòng …» (1002): a line led by the renewal, its colon before the number; or a sentence
 * led by it with the post it renews before the colon, «… Phòng Nội chính 01). Bổ nhiệm lại TP: 01.»: the post's
 * few words (no number, no stop) belong to the renewal as much as the bare renewal does.
 */
const RENEWAL_LEAD = /(?:^|\n|[.;][ \t])[ \t]*[-+•*]?[ \t]*(?:bổ nhiệm lại|tái bổ nhiệm)(?:[ \t]+[^\d\n.;:,()]{1,30})?[ \t]*:[ \t]*$/iu;
const APPOINTMENT = /(?<![\p{L}])bổ nhiệm(?![\p{L}])/iu;
const RENEWAL = /(?<![\p{L}])(?:bổ nhiệm lại|tái bổ nhiệm)(?![\p{L}])/iu;

/**
 * The figure counts appointments (its label says «bổ nhiệm», not a renewal) and the number is written as renewals.
 * `before`: the number's clause before it, read only for a figure of appointments (asked per figure × number);
 * `lineHead`: the text before it on its line (bounded), for a list line led by the renewal.
 */
export function renewalForAppointment(label: string, before: string | (() => string), lineHead: () => string = () => ""): boolean {
  if (!APPOINTMENT.test(label) || RENEWAL.test(label)) return false;
  return RENEWAL_BEFORE.test(typeof before === "string" ? before : before()) || RENEWAL_LEAD.test(lineHead());
}
