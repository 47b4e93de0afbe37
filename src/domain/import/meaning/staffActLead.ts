/**
 * «(3) Bổ nhiệm: 02 Trưởng phòng và 05 Phó Trưởng phòng (…); 02 Phó Chánh Văn phòng HĐND và UBND xã.» (973): a
 * sentence opened by a staffing act and its colon lists what that act did, every item of it; «02 Phó Chánh Văn phòng»
 * there were appointed, not the office's deputies in post. A figure that names such an act itself, or any move or
 * receiving of staff («Tiếp nhận công chức», «… chuyển về phòng mới»), still takes them. Language knowledge only: no field is named.
 * So too a count the acts lead straight into, with no colon: «- Điều động, bổ nhiệm 01 đồng chí Phó Chánh Văn phòng
 * (nguyên Phó Giám đốc Sở Nội vụ)» counts the deputy moved in and appointed, not a deputy holding another post.
 */

/** Acts on staff that a list may be opened by. «Tiếp nhận» opens lists of dossiers as often, and is left out. */
const ACTS = String.raw`(?:bổ nhiệm(?:[ \u00a0]+lại)?|điều động|luân chuyển|biệt phái|tuyển dụng)`;
/** What a figure that counts acts on staff names: those acts, or any other move, receiving or change of a post. */
const FIGURE_ACT = new RegExp(`(?<![\\p{L}])(?:${ACTS}|tiếp nhận|chuyển|nghỉ hưu|thôi việc|nâng lương|nâng ngạch|chuyển ngạch)(?![\\p{L}])`, "iu");
/** The act opening its sentence, a list mark or an item number before it, its colon a few words after. */
const OPENED = new RegExp(`^[ \\t]*(?:\\(\\d{1,2}\\)|[-+•*–]|\\d{1,2}[.)]|[a-zđ][.)])?[ \\t]*${ACTS}[^:;.\\n]{0,40}:`, "iu");

/** Acts alone, joined by commas or «và», leading the number's clause: the number is what they did. */
const LED = new RegExp(`^[ \\t]*(?:[-+•*–]|\\d{1,2}[.)]|[a-zđ][.)])?[ \\t]*${ACTS}(?:[ \\t]*(?:,|và)[ \\t]*${ACTS})*[ \\t]+$`, "iu");

/** The figure's own words name a staffing act: it counts such acts. */
export function namesStaffAct(description: string): boolean {
  return FIGURE_ACT.test(description);
}

/** The number at `start` stands in a sentence a staffing act's colon opens, or its clause is the acts' alone. */
export function inStaffActList(text: string, start: number): boolean {
  const near = text.slice(Math.max(0, start - 300), start);
  const from = Math.max(near.lastIndexOf("\n"), near.search(/\.\s+\p{Lu}[^.]*$/u));
  const sentence = near.slice(from + 1);
  return OPENED.test(sentence) || LED.test(sentence.slice(sentence.lastIndexOf(";") + 1));
}
