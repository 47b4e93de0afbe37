/** Year ranges ("giai đoạn 2026-2030", "nhiệm kỳ 2021 - 2026") whose end is not a plausible year after the start. */
import { lineAt, lineStarts } from "../text";
import type { TextProblem } from "../types";

/* Not preceded by a digit, "/" or "." so that symbols (59/2023/NĐ-CP) and dates are left alone. */
const RANGE = /(?<![\d/.,])((?:19|20)\d{2})\s*[-–—]\s*(\d+)(?![\d/])/gu;
const LONGEST_PLAUSIBLE = 50;

export function checkYearRanges(text: string): TextProblem[] {
  const starts = lineStarts(text);
  const problems: TextProblem[] = [];
  for (const match of text.matchAll(RANGE)) {
    const [raw, from, to] = [match[0], Number(match[1]), match[2]!];
    const end = Number(to);
    if (to.length === 4 && end >= from && end - from <= LONGEST_PLAUSIBLE) continue;
    problems.push({
      key: `range:${raw}`,
      severity: "error",
      message: `Khoảng năm «${raw}» không hợp lệ: năm kết thúc phải là năm có 4 chữ số, từ ${from} trở đi.`,
      lines: [lineAt(starts, match.index)],
    });
  }
  return problems;
}
