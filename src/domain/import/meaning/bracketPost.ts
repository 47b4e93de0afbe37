/**
 * A breakdown in brackets counts what its total counts: «bổ nhiệm 03 Phó Trưởng phòng (Phòng Tổng hợp 02 đồng chí,
 * Phòng Khoa giáo - Văn xã 01 đồng chí)» — the «02 đồng chí» are two of the deputies, whatever room they are in. A
 * number in such a bracket, counted only as people («đồng chí», «người», or nothing), counts the post written right
 * before the bracket; a figure counting another post («chuyên viên … phòng Tổng hợp») is not it.
 */
import { ANYONE, POSTS } from "./score";
import { syllables, unitAt } from "./words";

const POST_LIST: readonly string[] = [...POSTS];
const COUNTED_AS: readonly string[] = [...POSTS, ...ANYONE];
/** How far back the bracket may open: a breakdown names a few rooms. */
const REACH = 160;

/** The post the bracket holding `start` breaks down («03 Phó Trưởng phòng (…»), or null. */
function bracketPost(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - REACH), start);
  const open = before.lastIndexOf("(");
  if (open === -1 || /[()\n;]/.test(before.slice(open + 1))) return null;
  const leadAt = Math.max(0, open - 60);
  const lead = /(?<![\p{L}\d])\d{1,4}[ \u00a0]+([\p{L} ]{2,40}?)[ \u00a0]*$/u.exec(before.slice(leadAt, open));
  if (!lead) return null;
  const words = syllables(lead[1]!);
  // «Bổ nhiệm Phó Trưởng phòng: 04 đồng chí (Phòng Tổng hợp 01, …)»: a total counted only as people takes its post from
  // the label it is the value of, so its breakdown counts that post as well.
  if (ANYONE.has(words.join(" "))) return labelPost(before.slice(0, leadAt + lead.index));
  const post = unitAt(words, POST_LIST);
  // The whole lead-in is the post («Phó Trưởng phòng»), not a post inside a longer name.
  return post !== null && post.split(" ").length === words.length ? post : null;
}

/** The post a label ends with, right before its colon: «Bổ nhiệm Phó Trưởng phòng:», or null. */
function labelPost(before: string): string | null {
  const label = /([\p{L} ]{2,60}?)[ \u00a0]*:[ \u00a0]*$/u.exec(before);
  if (!label) return null;
  const words = syllables(label[1]!);
  for (let k = Math.max(0, words.length - 3); k < words.length; k++) {
    const post = unitAt(words.slice(k), POST_LIST);
    if (post !== null && post.split(" ").length === words.length - k) return post;
  }
  return null;
}

/** The number at [start, end) is a part of a bracketed breakdown of another post than the field's `unit`. */
export function otherPostsPart(unit: string | null, text: string, start: number, end: number): boolean {
  if (unit === null || !POSTS.has(unit)) return false;
  const post = bracketPost(text, start);
  if (post === null || post === unit) return false;
  // Counted by its own post («(01 Trưởng phòng, 02 chuyên viên)»), the number says what it is: other rules read it.
  const own = unitAt(syllables((text.slice(end, end + 30).split(/[,;.:()\n\t]/)[0] ?? "").replace(/(?<![\p{L}])đ\/c(?![\p{L}])/giu, "đồng chí")), COUNTED_AS);
  return own === null || ANYONE.has(own);
}
