/**
 * Reporting periods of every kind a form may have, and their data cut-off (Nghị định 09/2019/NĐ-CP, Điều 12, as
 * DESIGN.md quotes it): a month runs from the 15th of the month before to the 14th of the month; a quarter from the
 * 15th of the month before it to the 14th of its last month; the first six months and the year from 15/12 of the year
 * before to 14/6 and 14/12. The decree names no second half-year: here it runs 15/6–14/12, the year's data less the
 * first half's.
 */
import type { Period, PeriodKind } from "./types";

const ROMAN = ["I", "II", "III", "IV"] as const;

export function kindOf(period: Period): PeriodKind {
  return period.kind ?? "quarter";
}

/** A period of this kind; `month` for monthly ones, `quarter` the one the period ends in otherwise. */
export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  switch (kind) {
    case "month":
      return { kind, year, month: index, quarter: Math.ceil(index / 3) as Period["quarter"] };
    case "quarter":
      return { year, quarter: index as Period["quarter"] };
    case "halfYear":
      return { kind, year, quarter: index === 1 ? 2 : 4 };
    case "year":
      return { kind, year, quarter: 4 };
  }
}

/** Which period of its year (month 1–12, quarter 1–4, half 1–2, year 1). */
export function indexOf(period: Period): number {
  switch (kindOf(period)) {
    case "month":
      return period.month ?? period.quarter * 3;
    case "quarter":
      return period.quarter;
    case "halfYear":
      return period.quarter <= 2 ? 1 : 2;
    case "year":
      return 1;
  }
}

const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, halfYear: 2, year: 1 };

export function periodsPerYear(kind: PeriodKind): number {
  return PER_YEAR[kind];
}

/** The period of this kind that holds a calendar date (the reporting period "now"). */
export function periodAt(kind: PeriodKind, date: Date): Period {
  const month = date.getMonth() + 1;
  const index = kind === "month" ? month : kind === "quarter" ? Math.ceil(month / 3) : kind === "halfYear" ? (month <= 6 ? 1 : 2) : 1;
  return makePeriod(kind, date.getFullYear(), index);
}

/** The same time of year as another kind sees it (a form of another kind replaces the one in use). */
export function asKind(period: Period, kind: PeriodKind): Period {
  const lastMonth = kindOf(period) === "month" ? indexOf(period) : period.quarter * 3;
  return periodAt(kind, new Date(period.year, lastMonth - 1, 1));
}

export function followingPeriod(period: Period): Period {
  const kind = kindOf(period);
  const index = indexOf(period);
  return index >= periodsPerYear(kind) ? makePeriod(kind, period.year + 1, 1) : makePeriod(kind, period.year, index + 1);
}

/** ISO dates of the first and last day of the period's data. */
export function cutoffOf(period: Period): { start: string; end: string } {
  const kind = kindOf(period);
  const y = period.year;
  switch (kind) {
    case "month": {
      const m = indexOf(period);
      return { start: m === 1 ? iso(y - 1, 12, 15) : iso(y, m - 1, 15), end: iso(y, m, 14) };
    }
    case "quarter": {
      const last = period.quarter * 3;
      return { start: last === 3 ? iso(y - 1, 12, 15) : iso(y, last - 3, 15), end: iso(y, last, 14) };
    }
    case "halfYear":
      return indexOf(period) === 1 ? { start: iso(y - 1, 12, 15), end: iso(y, 6, 14) } : { start: iso(y, 6, 15), end: iso(y, 12, 14) };
    case "year":
      return { start: iso(y - 1, 12, 15), end: iso(y, 12, 14) };
  }
}

/** How a report names another period in passing: "11/2020", "I/2026", "6 tháng đầu năm 2026", "2026". */
export function periodShortName(period: Period): string {
  switch (kindOf(period)) {
    case "month":
      return `${indexOf(period)}/${period.year}`;
    case "quarter":
      return `${ROMAN[period.quarter - 1]}/${period.year}`;
    case "halfYear":
      return `6 tháng ${indexOf(period) === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "year":
      return `${period.year}`;
  }
}

/** "tháng 3 năm 2026", "quý I năm 2026", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "năm 2026". */
export function periodName(period: Period): string {
  switch (kindOf(period)) {
    case "month":
      return `tháng ${indexOf(period)} năm ${period.year}`;
    case "quarter":
      return `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`;
    case "halfYear":
      return `6 tháng ${indexOf(period) === 1 ? "đầu" : "cuối"} năm ${period.year}`;
    case "year":
      return `năm ${period.year}`;
  }
}

/** What a clerk picks: "Tháng 3", "Quý I", "6 tháng đầu năm", "Cả năm". */
export function periodChoices(kind: PeriodKind): Array<{ index: number; label: string }> {
  return Array.from({ length: periodsPerYear(kind) }, (_, i) => ({ index: i + 1, label: choiceLabel(kind, i + 1) }));
}

function choiceLabel(kind: PeriodKind, index: number): string {
  switch (kind) {
    case "month":
      return `Tháng ${index}`;
    case "quarter":
      return `Quý ${ROMAN[index - 1]}`;
    case "halfYear":
      return index === 1 ? "6 tháng đầu năm" : "6 tháng cuối năm";
    case "year":
      return "Cả năm";
  }
}

export const KIND_LABELS: Record<PeriodKind, string> = { month: "Tháng", quarter: "Quý", halfYear: "6 tháng", year: "Năm" };

/** The word for a period in running text: "chuyển sang quý sau", "chưa cập nhật cho tháng mới". */
export const KIND_WORDS: Record<PeriodKind, string> = { month: "tháng", quarter: "quý", halfYear: "kỳ", year: "năm" };

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The same period of the same kind (a month is not its quarter). */
export function samePeriod(a: Period, b: Period): boolean {
  return kindOf(a) === kindOf(b) && a.year === b.year && a.quarter === b.quarter && (a.month ?? 0) === (b.month ?? 0);
}
