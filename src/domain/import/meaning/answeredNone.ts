/**
 * A questionnaire answered «Câu 15. Đơn thư khiếu nại, tố cáo đối với công chức, viên chức của cơ quan?» then «Trả
 * lời: Không có. Trong quý, Sở tiếp nhận 27 đơn đề nghị, …, đang xem xét 06 đơn.»: the answer to the question is its
 * first word, none; what the answer goes on to count is something else the clerk adds. A number after such an answer
 * never takes a figure the question asks (its words share two with the figure's). Language knowledge only.
 */
import { featureSet } from "./words";

/** «Trả lời: Không có.», «TL: Không phát sinh.»: a bare none answering the question above. */
const NONE_ANSWER = /^[ \t]*(?:trả lời|tl)[ \t]*:[ \t]*(?:không có|không phát sinh|không)[ \t]*[.;][ \t]/iu;

/** The number at `start` follows a bare none answering the question line above it, a question sharing `words`. */
export function afterNoneAnswer(text: string, start: number, words: ReadonlySet<string>): boolean {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  if (!NONE_ANSWER.test(text.slice(lineFrom, start))) return false;
  const above = text.slice(0, Math.max(0, lineFrom - 1)).replace(/\n+$/u, "");
  const question = above.slice(above.lastIndexOf("\n") + 1);
  if (!/\?[ \t]*$/u.test(question)) return false;
  let shared = 0;
  for (const f of featureSet(question)) if (words.has(f) && ++shared >= 2) return true;
  return false;
}
