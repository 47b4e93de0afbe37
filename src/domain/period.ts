/**
 * Reporting periods and dates as Nghị định 30/2020/NĐ-CP writes them, and the quarterly data cut-off of
 * Nghị định 09/2019/NĐ-CP: from the 15th of the month before the quarter to the 14th of its last month.
 */
import { cutoffOf, followingPeriod, indexOf, kindOf, periodName } from "./periodKinds";
import type { Period, PeriodPart } from "./types";

const ROMAN = ["I", "II", "III", "IV"] as const;

export function quarterRoman(quarter: Period["quarter"]): string {
  return ROMAN[quarter - 1]!;
}

/** The period after this one, of the same kind: Q4 of a year is followed by Q1 of the next. */
export function nextPeriod(period: Period): Period {
  return followingPeriod(period);
}

/** ISO dates (yyyy-mm-dd) of the first and last day of the period's data (its kind's cut-off, see periodKinds.ts). */
export function quarterCutoff(period: Period): { start: string; end: string } {
  return cutoffOf(period);
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * dd/mm/yyyy with Nghị định 30/2020's padding: days under 10 and months 1 and 2 take a leading zero,
 * other months do not (03/3/2026, 09/02/2026, 15/12/2025).
 */
export function formatDateVn(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `${pad2(d)}/${month}/${y}`;
}

/** "Sơn La, ngày 05 tháng 3 năm 2026" */
export function placeDateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `${place}, ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Parses d/m/yyyy (also with - or .) into an ISO date, or says why not. */
export function parseDateVn(raw: string): { ok: true; iso: string } | { ok: false; message: string } {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw.trim());
  if (!match) return { ok: false, message: "Ngày phải viết dạng ngày/tháng/năm, ví dụ 14/3/2026." };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2100) return { ok: false, message: "Năm phải trong khoảng 2000–2100." };
  if (!isValidDate(year, month, day)) {
    return { ok: false, message: `Không có ngày ${day}/${month}/${year}.` };
  }
  return { ok: true, iso: iso(year, month, day) };
}

/** The text of each period part, as the report writes it. */
export function periodText(period: Period, part: PeriodPart): string {
  const next = nextPeriod(period);
  switch (part) {
    case "quarterRoman":
      return quarterRoman(period.quarter);
    case "year":
      return String(period.year);
    case "nextQuarterRoman":
      return quarterRoman(next.quarter);
    case "nextQuarterYear":
      return String(next.year);
    case "cutoffStart":
      return formatDateVn(quarterCutoff(period).start);
    case "cutoffEnd":
      return formatDateVn(quarterCutoff(period).end);
    case "month":
      return kindOf(period) === "month" ? String(indexOf(period)) : String(period.quarter * 3);
    case "name":
      return periodName(period);
    case "nextName":
      return periodName(next);
    case "nextYear":
      return String(next.year);
  }
}
