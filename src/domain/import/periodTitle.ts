/**
 * The period a monthly, half-year or annual report names in its title ("tháng 3 năm 2026", "6 tháng đầu năm 2026",
 * "năm 2026"); quarterly reports have their own, finer rules (quarters.ts). The first mention is the title's.
 */
import { makePeriod } from "../periodKinds";
import type { Period, PeriodKind } from "../types";

const PATTERNS: Record<Exclude<PeriodKind, "quarter">, RegExp> = {
  month: /tháng\s+(\d{1,2})\s*(?:năm|\/)\s*(\d{4})(?!\d)/iu,
  halfYear: /6\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})(?!\d)/iu,
  year: /(?:báo cáo|kết quả|tình hình)[^\n]{0,200}?năm\s+(\d{4})(?!\d)/iu,
};

/** How `--ky` is written for each kind. */
export const KY_EXAMPLE: Record<PeriodKind, string> = { month: "3/2026", quarter: "I/2026", halfYear: "1/2026", year: "2026" };

export function detectPeriodOfKind(text: string, kind: PeriodKind): Period | null {
  if (kind === "quarter") return null;
  const match = PATTERNS[kind].exec(text);
  if (!match) return null;
  if (kind === "month") {
    const month = Number(match[1]);
    return month >= 1 && month <= 12 ? makePeriod("month", Number(match[2]), month) : null;
  }
  if (kind === "halfYear") return makePeriod("halfYear", Number(match[2]), match[1]!.toLowerCase() === "đầu" ? 1 : 2);
  return makePeriod("year", Number(match[1]), 1);
}

/** Reads `--ky` for a form of this kind: "3/2026", "I/2026", "1/2026" (first half) or "2026". */
export function parsePeriodArg(arg: string, kind: PeriodKind): Period | null {
  if (kind === "year") return /^\d{4}$/.test(arg) ? makePeriod("year", Number(arg), 1) : null;
  const match = /^(IV|III|II|I|\d{1,2})\/(\d{4})$/.exec(arg);
  if (!match) return null;
  const roman = ["I", "II", "III", "IV"].indexOf(match[1]!) + 1;
  const index = roman > 0 ? roman : Number(match[1]);
  const max = kind === "month" ? 12 : kind === "quarter" ? 4 : 2;
  return index >= 1 && index <= max ? makePeriod(kind, Number(match[2]), index) : null;
}
