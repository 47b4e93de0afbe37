/**
 * «Chủ tịch và 04 Phó Chủ tịch (trong đó 03 đồng chí Phó Chủ tịch kiêm người đứng đầu tổ chức chính trị - xã hội)»:
 * a count of leaders holding a second post names that post after «kiêm». A figure whose label names one («Lãnh đạo
 * kiêm nhiệm Giám đốc Trung tâm PVHCC») never takes a count of another; the post's title decides («giám đốc» against
 * «đứng đầu»), as clerks shorten the rest («kiêm GĐ TT»). A bare «kiêm nhiệm» names none and is left to the other
 * rules. Language knowledge only: the post comes from the label.
 */
import { syllables } from "./words";

const SECOND_POST = /(?<![\p{L}])kiêm(?:\s+nhiệm)?\s+(?!nhiệm(?![\p{L}]))([^,;.()\n]{2,80})/iu;
/** Words that name no post. */
const EMPTY = new Set(["của", "các", "và", "người", "đồng", "chí", "phụ", "trách", "chức", "vụ"]);

/** Each label's second post's title, read once: the veto asks for every count candidate of every count field. */
const labelTitles = new Map<string, readonly string[]>();

function labelTitle(label: string): readonly string[] {
  let title = labelTitles.get(label);
  if (title === undefined) {
    const own = SECOND_POST.exec(label);
    labelTitles.set(label, (title = own ? titleOf(own[1]!) : []));
  }
  return title;
}

/** The count ending at `end` is followed, in its clause, by a second post whose title the label's is not. */
export function otherConcurrentRole(label: string, text: string, end: number): boolean {
  const title = labelTitle(label);
  if (title.length === 0) return false;
  const clause = /^[^;.\n]{0,120}/u.exec(text.slice(end))![0];
  const written = SECOND_POST.exec(clause);
  if (!written) return false;
  const named = titleOf(written[1]!);
  return named.length > 0 && !named.some((w) => title.includes(w));
}

/** The first two words of a post, short forms spelled out («GĐ» → «giám đốc»). */
function titleOf(post: string): string[] {
  return syllables(post).filter((w) => !EMPTY.has(w)).slice(0, 2);
}
