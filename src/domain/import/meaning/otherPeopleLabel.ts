/**
 * «Giáo viên hợp đồng: 09» beside «Hợp đồng lao động: 04»: a label line opening with a noun of people of a trade
 * (teachers, doctors, students, workers) counts those people; «hợp đồng» after it only qualifies them. A figure whose
 * label names no such people is not theirs (742). Language knowledge only: the nouns, not any field.
 */
import { syllables } from "./words";

const TRADES = ["giáo viên", "giảng viên", "bác sĩ", "y sĩ", "y tá", "điều dưỡng", "học sinh", "sinh viên", "học viên", "công nhân"];

/** The label ending right before `start` («- Giáo viên hợp đồng: ») opens with a trade its figure's label lacks. */
export function otherPeopleLabel(label: string, text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lead = /^[ \t]*(?:[-+•*–][ \t]*)?([^\n:;.()\d]{2,60}):[ \t]*$/u.exec(text.slice(lineStart, start));
  if (!lead) return false;
  const words = ` ${syllables(lead[1]!).join(" ")} `;
  const own = ` ${syllables(label).join(" ")} `;
  return TRADES.some((t) => words.startsWith(` ${t} `) && !own.includes(` ${t} `));
}
