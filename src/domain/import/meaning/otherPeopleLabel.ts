/**
 * «Giáo viên hợp đồng: 09» beside «Hợp đồng lao động: 04»: a label line opening with a noun of people of a trade
 * (teachers, doctors, students, workers) counts those people; «hợp đồng» after it only qualifies them. A figure whose
 * label names no such people is not theirs (742). Language knowledge only: the nouns, not any field.
 */
import { syllables } from "./words";

const TRADES = ["giáo viên", "giảng viên", "bác sĩ", "y sĩ", "y tá", "điều dưỡng", "học sinh", "sinh viên", "học viên", "công nhân"];
/** Who a body serves, not who works there: «hiện có 3.460 học sinh, sinh viên», «điều trị 1.250 người bệnh». */
const SERVED = ["học sinh", "sinh viên", "học viên", "người học", "bệnh nhân", "người bệnh", "trẻ em", "hội viên", "đoàn viên"];

/** The label ending right before `start` («- Giáo viên hợp đồng: ») opens with a trade its figure's label lacks. */
export function otherPeopleLabel(label: string, text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lead = /^[ \t]*(?:[-+•*–][ \t]*)?([^\n:;.()\d]{2,60}):[ \t]*$/u.exec(text.slice(lineStart, start));
  if (!lead) return false;
  const words = ` ${syllables(lead[1]!).join(" ")} `;
  const own = ` ${syllables(label).join(" ")} `;
  return TRADES.some((t) => words.startsWith(` ${t} `) && !own.includes(` ${t} `));
}

/** The noun right after the number at `end` names people a body serves, whom the figure's label does not name. */
export function servedPeopleAfter(label: string, text: string, end: number): boolean {
  const after = /^[ \t\u00a0]+([^\n:;.,()\d]{2,30})/u.exec(text.slice(end, end + 40));
  if (!after) return false;
  const words = ` ${syllables(after[1]!).join(" ")} `;
  const own = ` ${syllables(label).join(" ")} `;
  return SERVED.some((t) => words.startsWith(` ${t} `) && !own.includes(` ${t} `));
}
