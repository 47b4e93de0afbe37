/**
 * Deputies are counted by their post, and a post names its body: «03 Phó Chánh Thanh tra», «02 Phó Giám đốc Sở»,
 * «Phó Chủ tịch UBND xã: 04» are another body's deputies, not the «Phó Chánh Văn phòng» a form asks for. A figure
 * whose label names a deputy's post takes no number written with another post, or with the same post of a body whose
 * name starts otherwise («Phó Chánh Văn phòng» against «Phó Chánh Thanh tra»). A post said alone («04 Phó Chánh»),
 * or the body shortened to its initials («Phó Chánh VP»), is not refused. Language knowledge only: no field is named.
 */
import { kindOf, normal } from "./vetoOwnAward";

const TITLES = "chánh án|chánh|tổng giám đốc|phó giám đốc|giám đốc|chủ tịch|trưởng ban|trưởng phòng|hiệu trưởng|viện trưởng|chi cục trưởng|cục trưởng|vụ trưởng|thủ trưởng|bí thư|trưởng";
/** «Phó <title> <Body…>»: the title, then the body's first word as written (a capital opens a body's name). */
const POST = new RegExp(`(?<![\\p{L}\\p{M}])([Pp]hó[ \\u00a0]+)?(${TITLES.split("|").map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`).join("|")})(?![\\p{L}\\p{M}])(?:[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}]*))?`, "u");

const POST_FIRST = new RegExp(`^(?:[Pp]hó[ \\u00a0]+)?(?:${TITLES.split("|").map((t) => `[${t[0]}${t[0]!.toUpperCase()}]${t.slice(1)}`).join("|")})(?![\\p{L}\\p{M}])`, "u");

/** `written` opens with a post's title («Phó Chủ tịch UBND phường», «Giám đốc Trung tâm»). */
export function startsWithPost(written: string): boolean {
  return POST_FIRST.test(written);
}

export interface Post {
  deputy: boolean;
  title: string;
  body: string | null;
}

const posts = new Map<string, Post | null>();

export function postIn(written: string): Post | null {
  const m = POST.exec(written);
  return m ? { deputy: m[1] !== undefined, title: m[2]!.toLowerCase(), body: m[3] ?? null } : null;
}

/** The deputy's post a field's label names («Số Phó Chánh Văn phòng»), read once per label. */
function postOf(label: string): Post | null {
  if (!posts.has(label)) posts.set(label, postIn(label));
  return posts.get(label)!;
}

/**
 * The post the number at [start, end) counts: written right after it, past a closing bracket («ba (03) Phó Chánh …»,
 * «02 (hai) Phó Trưởng ban», the bracket blanked by then) and «đồng chí»; or right before it, as a label with «:».
 */
function postCounted(text: string, start: number, end: number): Post | null {
  const after = /^[ \u00a0]*\)?[ \u00a0]*(?:(?:đồng chí|đ\/c)[ \u00a0]+)?(\p{L}[^,;.:()\n\t]{0,60})/iu.exec(text.slice(end, end + 80));
  // «Phó Trưởng phòng: 02», and a head's post as the label too, «- Bổ nhiệm Trưởng phòng: 01» (held-out 1211).
  const before = /([^,;.:()\n\t]{0,60}):[ \u00a0]*$/iu.exec(text.slice(Math.max(0, start - 70), start));
  const written = after && POST_FIRST.test(after[1]!) ? after[1] : before && POST.test(before[1]!) ? before[1] : undefined;
  return written ? postIn(written) : null;
}

/**
 * The number at [start, end) counts deputies of another post or body than the field's label names; or, for a label
 * naming a head's post («Bổ nhiệm Trưởng phòng»), deputies of that rank («bổ nhiệm 02 (hai) Phó Trưởng ban»).
 */
export function otherBodysDeputy(label: string, text: string, start: number, end: number): boolean {
  const own = postOf(label);
  if (!own) return false;
  const post = postCounted(text, start, end);
  if (!own.deputy) return post?.deputy === true && sameRank(post, own);
  if (!post) return false;
  // «01 Chánh Văn phòng» is the head, not a deputy.
  if (!post.deputy || post.title !== own.title) return true;
  return !samePostBody(post, own);
}

/**
 * A deputy's post of the head's rank: the same title, or a division's head by another name («Phó Trưởng ban» for
 * «Trưởng phòng»). «01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm» is no deputy for a director's figure.
 */
function sameRank(post: Post, own: Post): boolean {
  return post.title === own.title || (/^trưởng/u.test(post.title) && /^trưởng/u.test(own.title));
}

/** Two posts name the same body, or one names none. */
export function samePostBody(post: Post, own: Post): boolean {
  if (!post.body || !own.body) return true;
  // «Phó Chánh VP» is the office's own: initials that start as the body's name does.
  if (/^\p{Lu}{2,}$/u.test(post.body)) return post.body[0]!.toLowerCase() === own.body[0]!.toLowerCase();
  return post.body.toLowerCase() === own.body.toLowerCase();
}

/** People's bodies whose office is of the form's kind: their header may stand over the office's own report. */
const PEOPLES_BODIES = new Set(["ủy ban nhân dân", "hội đồng nhân dân"]);

const ROOM = "phòng";

const postKinds = new Map<string, string | null>();

/** The kind of body the post a label names heads («Số Phó Chánh Văn phòng»: «văn phòng»), or null. */
function postKindOf(label: string): string | null {
  if (!postKinds.has(label)) {
    const m = POST.exec(label);
    const body = m?.[3] === undefined ? null : label.slice(m.index + m[0].length - m[3].length);
    postKinds.set(label, body === null ? null : kindOf(normal(body)));
  }
  return postKinds.get(label)!;
}

/**
 * A body of another kind than the office the form is written for (a department, a board, a centre) is led by a head and deputies of its own (Giám đốc, Trưởng ban). The posts of the form's kind of
 * office its report names are its own room's («Văn phòng Sở có Chánh Văn phòng và 02 Phó Chánh Văn phòng») or its
 * parent's («Giám đốc Trung tâm do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm»): never the office's leadership a
 * figure labelled with that post counts. A People's Committee or Council over the report is no such body: its office
 * writes under its name («ỦY BAN NHÂN DÂN / HUYỆN …» over «Văn phòng HĐND và UBND huyện có … 01 Phó Chánh Văn phòng»).
 */
export function officePostElsewhere(label: string, ownBody: string | null, ownerKinds: ReadonlySet<string>): boolean {
  // Asked of the issuing body's own kind, not of `anotherKind`: a centre under the office writes for the office
  // (vetoProvinceBody.ts), and its parent's deputy who heads it is still no deputy it counts. A room of the office
  // («PHÒNG TỔ CHỨC - HÀNH CHÍNH» under «VĂN PHÒNG UBND TỈNH») writes the office's report, its leadership included.
  if (ownBody === null) return false;
  const issuer = kindOf(ownBody);
  if (issuer === null || issuer === ROOM || PEOPLES_BODIES.has(issuer) || ownerKinds.has(issuer)) return false;
  const post = postKindOf(label);
  return post !== null && ownerKinds.has(post);
}
