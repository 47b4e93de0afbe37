/**
 * A post held concurrently is named after «kiêm (nhiệm)», and its rank is part of it: «01 đồng chí Phó Chánh Văn
 * phòng kiêm Phó Giám đốc Trung tâm» is a deputy director, not the «kiêm nhiệm Giám đốc Trung tâm» a form asks for;
 * «kiêm Trưởng Ban Tiếp công dân» is another post. A figure whose label names the post held concurrently takes no
 * number whose own «kiêm …» names another rank (a «Phó» more or less), another title, or another body. The posts are
 * read as vetoDeputy.ts reads them. Language knowledge only: no field is named.
 */
import { postIn, samePostBody, type Post } from "./vetoDeputy";

/** «kiêm», «kiêm nhiệm», then the post. */
const CONCURRENT = /(?<![\p{L}\p{M}])kiêm(?:[ \u00a0]+nhiệm)?[ \u00a0]+/iu;

const labels = new Map<string, Post | null>();

/** The post after «kiêm» in `written`, when it opens right there. */
function concurrentPost(written: string): Post | null {
  const m = CONCURRENT.exec(written);
  if (m === null) return null;
  const rest = written.slice(m.index + m[0].length);
  const post = postIn(rest);
  // The post must be what is held: right after «kiêm», not a title further on.
  return post !== null && /^(?:[Pp]hó[ \u00a0]+)?\p{L}/u.test(rest) && rest.toLowerCase().replace(/^phó[ \u00a0]+/u, "").startsWith(post.title) ? post : null;
}

/** The number at [start, end) counts holders of another concurrent post than the field's label names. */
export function otherConcurrentPost(label: string, text: string, start: number, end: number): boolean {
  if (!labels.has(label)) labels.set(label, concurrentPost(label));
  const own = labels.get(label)!;
  if (own === null) return false;
  // The number's clause after it («01 đồng chí … kiêm Phó Giám đốc Trung tâm, …»), or its label before a colon.
  const after = /^[^,;.()\n\t]{0,100}/u.exec(text.slice(end, end + 100))![0];
  const before = /([^,;.()\n\t]{0,100}):[ \u00a0]*$/u.exec(text.slice(Math.max(0, start - 100), start))?.[1] ?? "";
  const post = concurrentPost(after) ?? concurrentPost(before);
  if (post === null) return false;
  return post.deputy !== own.deputy || post.title !== own.title || !samePostBody(post, own);
}

/** Staff counted as staff: «ba công chức», «02 viên chức» (a leader is counted as «đồng chí» or by the post). */
const STAFF_COUNTED = /^[ \u00a0]*\)?[ \u00a0]*(?:công chức|viên chức|người lao động|nhân viên)(?![\p{L}\p{M}])/iu;

/**
 * «Giám đốc Trung tâm … do đồng chí Phó Chủ tịch kiêm nhiệm, Văn phòng cử ba công chức làm việc tại Trung tâm»: staff
 * sent to work at the post's body, counted as staff and with no «kiêm» in their own clause, hold no post
 * concurrently. A figure whose label names a post held concurrently takes no such number.
 */
export function staffNotConcurrent(label: string, text: string, start: number, end: number): boolean {
  if (!labels.has(label)) labels.set(label, concurrentPost(label));
  if (labels.get(label) === null) return false;
  if (!STAFF_COUNTED.test(text.slice(end, end + 30))) return false;
  const after = /^[^,;.()\n\t]{0,120}/u.exec(text.slice(end, end + 120))![0];
  const before = /[^,;.()\n\t]{0,120}$/u.exec(text.slice(Math.max(0, start - 120), start))![0];
  return !CONCURRENT.test(`${before} ${after}`);
}

/** A move of staff between rooms or bodies, in a figure's label or a sentence: «chuyển», «luân chuyển», «điều động». */
const MOVED = /(?<![\p{L}\p{M}])(?:chuyển|điều động)(?![\p{L}\p{M}])/iu;
/**
 * Staff sent to work somewhere: «(được) cử (ra/đến/sang)», «cử … làm việc tại». «cử» of voters, graduates and
 * elections («cử tri», «cử nhân», «bầu cử», «ứng cử», «đề cử») is another word.
 */
const SENT = /(?<![\p{L}\p{M}])(?<!(?:bầu|ứng|đề|tuyển)[ \u00a0])cử(?![\p{L}\p{M}])(?![ \u00a0]+(?:tri|nhân|hành|chỉ|tọa|toạ)(?![\p{L}\p{M}]))/iu;

/**
 * «Công chức làm việc tại Trung tâm: 07 đ/c, do các phòng chuyên môn … cử ra (Văn phòng 02, Phòng Kinh tế 03, …)»:
 * staff the rooms send to work at a body, by room, are no moves out of those rooms. A figure whose label names a
 * move (a rotation, a transfer) takes no number of a sentence that says staff were sent and names no move
 * (`before`: the sentence up to the number; `sentence`: all of it).
 */
export function sentNotMoved(label: string, before: string, sentence: string): boolean {
  return MOVED.test(label) && SENT.test(before) && !MOVED.test(sentence);
}
