/**
 * «không có trường hợp điều động đi», «không phát sinh phản ánh, kiến nghị»: a negated count names its quantity by
 * the words right after the zero (past the verbs of having). A field whose form gives no zero words of its own takes
 * such a zero only when those words are its label's own, in the label's order: «điều động đi» is «Điều động, luân
 * chuyển đi» and not «Điều động đến và bổ nhiệm»; «phản ánh» opens «Phản ánh, kiến nghị đã tiếp nhận và xử lý».
 * One word («không có hồ sơ») names nothing. Scoring still decides between fields and against the floor.
 * Only a zero that says no case arose counts so: «không phát sinh», «không có trường hợp (nào)». «Sở không có xã được
 * phân công giúp đỡ» says what the office has not, «CVP không kiêm nhiệm Giám đốc» what one person does not do.
 */
import { POSTS } from "./score";
import { labelSyllables, syllables } from "./words";

/** Words that open a label without saying what is counted. */
const OPENERS = /^(?:các|những|tổng số|số lượng|số)\s+/iu;

/** The fewest words that name a quantity. */
const NAMED_AT_LEAST = 2;

/** Whether the zero, with the words between it and what it names, says that no case of it arose. */
export function arose(zero: string, skipped: readonly string[]): boolean {
  const said = [...syllables(zero), ...skipped].join(" ");
  return /(?:^| )phát sinh(?: |$)|(?:^| )có trường hợp(?: |$)/u.test(said);
}

/** Whether `named` (the words after the zero, up to a comma) are the label's words, in its order. */
export function namesLabel(label: string, named: readonly string[]): boolean {
  if (named.length < NAMED_AT_LEAST) return false;
  const own = labelSyllables(label.replace(OPENERS, ""));
  let at = 0;
  for (const w of named) {
    while (at < own.length && own[at] !== w) at++;
    if (at === own.length) return false;
    at++;
  }
  return true;
}

/** Keyed by the label's syllables as the document reads them (labelSyllables), so kept no longer than they are. */
const posts = new WeakMap<readonly string[], readonly string[][]>();

/**
 * «Trong quý không có trường hợp bổ nhiệm, luân chuyển» says no appointment was made; «Bổ nhiệm Trưởng phòng» asks
 * how many heads of division were appointed, a question of a post the body may not even have (a district office
 * with no divisions). A zero that names the act and not the post the label names answers whether the act happened,
 * not the label's count: the clerk fills it. `said`: every word the zero names, up to a comma.
 */
export function omitsPost(label: string, said: readonly string[]): boolean {
  const words = labelSyllables(label);
  let named = posts.get(words);
  if (!named) posts.set(words, (named = postsIn(words)));
  const written = ` ${said.join(" ")} `;
  return named.some((post) => !written.includes(` ${post.join(" ")} `));
}

/** The posts a label names («trưởng phòng», «phó trưởng phòng»), each once, the longest at its place. */
function postsIn(words: readonly string[]): string[][] {
  const found: string[][] = [];
  const units = [...POSTS].map((p) => p.split(" ")).sort((a, b) => b.length - a.length);
  for (let i = 0; i < words.length; i++) {
    const post = units.find((u) => u.every((w, k) => words[i + k] === w));
    if (!post) continue;
    found.push(post);
    i += post.length - 1;
  }
  return found;
}
