/**
 * An act held by another body's head is that body's, whoever organised or served it. «Chủ tịch UBND tỉnh đối thoại 01
 * cuộc với các hộ dân …, ghi nhận 14 ý kiến», «Tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người dân (02
 * hội nghị; 18 ý kiến)» in a Văn phòng's report: the chairman's dialogue is the committee's, not one held by the
 * office's own head. Asked only of a field the form says is held by the body's own head (its hint names «người đứng
 * đầu»). The holder is the sentence's subject (an adverbial of time or place may open the sentence), the first party of
 * a meeting «giữa … với …», its agent «do …», or the one an office serves or advises in holding it («Ban phục vụ hội
 * nghị Chủ tịch UBND tỉnh đối thoại với 46 doanh nghiệp; hội nghị nhận được 19 ý kiến»: the office only served the
 * chairman's dialogue, so the chairman must hold it, «đối thoại» or «chủ trì» right after his name). Where the chairman's government is the body reported on (a People's
 * Committee reporting for itself) the act is its own. Language knowledge only: no field is named.
 */
import { GOVERNMENT_BODY, LEVEL, issuedByIt } from "./advisedAct";
import { normal } from "./vetoOwnAward";

/**
 * A government's head: «Chủ tịch UBND tỉnh», «Phó Chủ tịch Ủy ban nhân dân phường», or in shorthand «CT UBND tỉnh»,
 * «PCT UBND phường» (the short forms are only ever the chairman's before a government's name).
 */
const CHAIR = new RegExp(String.raw`(?<![\p{L}])(?:(?:Phó\s+)?Chủ tịch|P?CT)\s+(?<body>${GOVERNMENT_BODY}${LEVEL})`, "giu");
/**
 * What stands before a holder: the sentence's opening, after at most a label closed by a colon («Đối thoại:») and an
 * adverbial closed by a comma («ngày 22/5/2026,»); «giữa» or «do». An office serving his act («VP phục vụ CT UBND tỉnh
 * đối thoại với DN») is read by SERVED_BEFORE with HELD_AFTER below.
 */
const HOLDER_BEFORE = /(?:^[\s\-+•*]*(?:[^,;:()]{0,40}[,:]\s*){0,2}|(?<![\p{L}])(?:giữa|do)\s+)(?:(?:đồng chí|đ\/c|ông|bà)\s+)?$/iu;
/**
 * What stands before a head an office serves in an act he holds: a verb of serving, advising or organising, and the
 * meeting served («phục vụ hội nghị», «tham mưu tổ chức cuộc»). Asked only where his own act follows (HELD_AFTER): «tham
 * mưu Chủ tịch UBND tỉnh ban hành …» is advice on another act, not a dialogue he holds.
 */
const SERVED_BEFORE = /(?<![\p{L}])(?:phục vụ|tham mưu|giúp|(?:phối hợp\s+)?tổ chức)\s+(?:cho\s+)?(?:(?:(?:tổ chức\s+)?(?:hội nghị|buổi|cuộc)(?:\s+đối thoại)?\s+)(?:của\s+)?)?(?:(?:đồng chí|đ\/c|ông|bà)\s+)?$/iu;
/** The head's own act right after his name: he holds the dialogue or chairs the meeting. */
const HELD_AFTER = /^\s+(?:trực tiếp\s+)?(?:đối thoại|chủ trì)(?![\p{L}])/iu;
/** The words that say a field is held by the reporting body's own head. */
const OWN_HEAD = /(?<![\p{L}])người đứng đầu(?![\p{L}])/iu;

/** The form says the field is held by the reporting body's own head (its hint). */
export function heldByOwnHead(hint: string | undefined): boolean {
  return hint !== undefined && OWN_HEAD.test(hint);
}

/**
 * In the sentence from `from` to the number at `start`, the act is held by the head of a government that is not the
 * body reported on (`reported`, lower case: reportedBody.ts; null, no header: never).
 */
export function heldByOtherHead(text: string, from: number, start: number, reported: string | null): boolean {
  // A text with no header tells no reporting body: the chairman may be its own head.
  if (reported === null) return false;
  const before = text.slice(from, start).normalize("NFC");
  for (const m of before.matchAll(CHAIR)) {
    const ahead = before.slice(0, m.index);
    const holds = HOLDER_BEFORE.test(ahead) || (SERVED_BEFORE.test(ahead) && HELD_AFTER.test(before.slice(m.index + m[0].length)));
    if (holds && !issuedByIt(normal(m.groups!["body"]!), reported)) return true;
  }
  return false;
}
