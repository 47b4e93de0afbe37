/**
 * «30 viên chức đang làm việc tại hai đơn vị sự nghiệp», «(chưa tổng hợp đủ từ hai đơn vị sự nghiệp)»: a number after
 * a preposition of place or source says where something else is or comes from, in passing; it is not the count a
 * figure asks for, unless what is done there is the figure's own business («Kiểm tra thực hiện dân chủ tại 02 đơn
 * vị» for the units to inspect): the words of the clause before the preposition must name some of the field's.
 */
import { syllables } from "./words";

const PLACE = /(?<![\p{L}])(tại|từ|ở|giữa|của)[ \u00a0]+$/iu;
const CLAUSE_START = /[,;:()\n]/g;

/** The number at `start` is the object of «tại / từ / ở / giữa / của», in a clause naming none of `subject`. */
export function mentionedInPassing(text: string, start: number, subject: readonly string[]): boolean {
  if (subject.length === 0) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  const place = PLACE.exec(before);
  if (!place) return false;
  const lead = before.slice(0, place.index);
  let from = 0;
  for (const m of lead.matchAll(CLAUSE_START)) from = m.index + 1;
  const words = new Set(syllables(lead.slice(from)));
  return !subject.some((w) => words.has(w));
}
