/**
 * A qualification counted post by post: «Lý luận chính trị: cao cấp gồm Lãnh đạo Văn phòng 04, Trưởng phòng 05, Phó
 * Trưởng phòng 06». Each number is how many holders of what leads the list («cao cấp») hold that post: neither the
 * qualification's total (not written: the reader does not add it up) nor a count of the post itself («Bổ nhiệm
 * Trưởng phòng», «Số Phó Chánh Văn phòng»). A figure takes such a number only when its words name both the lead and
 * the post. A lead that is itself people or posts («Lãnh đạo Văn phòng gồm Chánh Văn phòng 01, Phó Chánh Văn phòng
 * 03», «Công chức hiện có gồm: …») is the posts' own breakdown and is left to the other rules; so are items that are
 * not posts («Trình độ: tiến sĩ 01, thạc sĩ 36»), and units («Phòng Nội chính 07»: unitParts.ts).
 * Language knowledge only: the posts are the words Vietnamese offices name their posts by.
 */
import { features, syllables } from "./words";

/** A post leading an item, as offices write them. */
const POST = /^(?:lãnh đạo(?:[ \t]+(?:văn phòng|sở|ban|trung tâm|phòng|ubnd[ \t]+\p{L}+))?|phó[ \t]+trưởng[ \t]+phòng|trưởng[ \t]+phòng|phó[ \t]+chánh[ \t]+văn[ \t]+phòng|chánh[ \t]+văn[ \t]+phòng|phó[ \t]+giám[ \t]+đốc|giám[ \t]+đốc|chuyên[ \t]+viên(?:[ \t]+(?:chính|cao[ \t]+cấp))?|công[ \t]+chức|viên[ \t]+chức|người[ \t]+lao[ \t]+động)$/iu;
/** A lead that counts people or posts: its items break those people down, not a qualification. */
const PEOPLE_LEAD = /(?<![\p{L}])(?:lãnh đạo|công chức|viên chức|biên chế|cán bộ|người|nhân sự|chánh|trưởng|giám đốc)(?![\p{L}])/iu;
/** «X gồm» / «X gồm:» with the lead's words since the clause's start. */
const LEAD = /(?:^|[:;.\n(])[ \t]*([^:;.\n()\d]{2,60}?)[ \t]+(?:bao gồm|gồm có|gồm)[ \t]*:?[ \t]*$/iu;
/** An item: a post's words then its number, up to a comma. */
const ITEM = /^[ \t]*([\p{L}][\p{L}\p{M} \t]{1,40}?)[ \t]+(\d{1,4})(?:[ \t]+(?:người|đồng chí))?[ \t]*(?=,|;|\.|$|\n)/u;

export interface PostPart {
  /** The list's lead («cao cấp») and the item's post («trưởng phòng»), as features. */
  lead: string[];
  post: string[];
}

/**
 * The lead and post of the number at [start, end), when it is an item of a list of two or more posts announced by
 * «gồm» after a lead that is not people; else null. Looks only at the number's line.
 */
export function postPartAt(text: string, start: number, end: number): PostPart | null {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const line = text.slice(lineFrom, lineEnd === -1 ? text.length : lineEnd);
  const at = start - lineFrom;
  // Find the «gồm» that opens the list holding the number: the last one before it on the line.
  const before = line.slice(0, at);
  const announced = [...before.matchAll(/(?<![\p{L}])(?:bao gồm|gồm có|gồm)(?![\p{L}])[ \t]*:?/giu)].at(-1);
  if (!announced) return null;
  const lead = LEAD.exec(line.slice(0, announced.index + announced[0].length));
  if (!lead || PEOPLE_LEAD.test(lead[1]!)) return null;
  // The items from the «gồm» on, each «post n», separated by commas, up to «;» or the sentence's end.
  let rest = line.slice(announced.index + announced[0].length);
  let offset = announced.index + announced[0].length;
  const items: Array<{ post: string; from: number; to: number }> = [];
  for (;;) {
    const m = ITEM.exec(rest);
    if (!m) break;
    const post = m[1]!.trim();
    if (!POST.test(post)) return null;
    const numberAt = offset + m[0].indexOf(m[2]!, m[1]!.length);
    items.push({ post, from: numberAt, to: numberAt + m[2]!.length });
    const after = rest.slice(m[0].length);
    if (!after.startsWith(",")) break;
    rest = after.slice(1);
    offset += m[0].length + 1;
  }
  if (items.length < 2) return null;
  const own = items.find((i) => i.from === at && i.to === end - lineFrom);
  if (!own) return null;
  return { lead: features(syllables(lead[1]!)).filter((f) => !f.includes(" ")), post: features(syllables(own.post)).filter((f) => !f.includes(" ")) };
}

/** The field, by its words, names both the lead and the post: the number may be its. */
export function namesPostPart(words: ReadonlySet<string>, part: PostPart): boolean {
  return part.lead.some((w) => words.has(w)) && part.post.every((w) => words.has(w));
}
