/**
 * Dates as offices write them besides 15/12/2025: «15-12-2025», «15.12.2025» and in words, «15 tháng 12 năm 2025».
 * Each is one token (numbers.ts), so that its day, month and year are never read as three counts, and a date field
 * gets the whole date whatever its style. Only real calendar days are dates: «31 tháng 2 năm 2026» is not one.
 */
import { isValidDate } from "../period";

/** dd-mm-yyyy and dd.mm.yyyy: one separator throughout, a four-digit year not followed by another digit or group. */
const SEPARATED = /^(\d{1,2})([-.])(\d{1,2})\2(\d{4})(?![\d-]|\.\d)/;
/** «15 tháng 12 năm 2025», «15 tháng 12, năm 2025». */
const IN_WORDS = /^(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})(?!\d)/iu;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** The end of a date written at `start` in one of the other styles, or null. */
export function writtenDateEnd(text: string, start: number): number | null {
  const head = text.slice(start, start + 32);
  const m = SEPARATED.exec(head) ?? IN_WORDS.exec(head);
  if (!m) return null;
  const [day, month, year] = m[2] === "-" || m[2] === "." ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  return isValidDate(Number(year), Number(month), Number(day)) ? start + m[0].length : null;
}

/** Day, month and year of a date token's text in any accepted style. */
export function dateParts(text: string): { day: number; month: number; year: number } | null {
  const m = SLASHED.exec(text) ?? SEPARATED.exec(text) ?? IN_WORDS.exec(text);
  if (!m) return null;
  const parts = m[2] === "-" || m[2] === "." ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  return { day: Number(parts[0]), month: Number(parts[1]), year: Number(parts[2]) };
}

/** What a clerk types for a date token: «15/12/2025» as written, the other styles as day/month/year. */
export function dateInput(text: string): string {
  if (SLASHED.test(text)) return text;
  const parts = dateParts(text);
  return parts ? `${parts.day}/${parts.month}/${parts.year}` : text;
}

/** One key per calendar day: «15/12/2025», «15-12-2025» and «15 tháng 12 năm 2025» are the same date. */
export function dateKey(text: string): string {
  const parts = dateParts(text);
  return parts ? `${parts.year}-${parts.month}-${parts.day}` : text;
}
