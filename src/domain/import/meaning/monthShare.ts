/**
 * A quarter told month by month: «tháng 01/2025: 02 cuộc, tháng 02/2025: 01 cuộc, tháng 3/2025: 02 cuộc, cộng quý:
 * 05 cuộc», «- Tháng 7 họp 04 cuộc;\n- Tháng 8 họp 05 cuộc;\n- Tháng 9 họp 04 cuộc». A number labelled by one month,
 * where the same passage labels another number by another month, or writes the whole period's total, is that month's
 * share: the form's figure for a longer period is the total (written or not), never one month's. A month opening a
 * clause labels each number of it («Tháng 7, quầy của Sở tiếp nhận 148 hồ sơ và giải quyết 145 hồ sơ; tháng 8 …»).
 * A month named alone («Trong tháng 3, Văn phòng tổ chức 02 cuộc đối thoại», «Trong quý I, tháng 3 tiếp nhận 02 công
 * chức») is the period's figure as the period rule reads it (periodScope.ts). Forms for a month are never judged. Language
 * knowledge only: no field is named.
 */
import type { PeriodKind } from "../../types";
import { lastIndexWithin } from "./lastIndexWithin";

/** «tháng 7», «Tháng 01/2025», «tháng 3-2025», «tháng 4 năm 2026» (not «ngày 15 tháng 3», a date, nor «3 tháng», a span). */
const MONTH = /(?<![\p{L}\d])tháng\s+(\d{1,2})(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?(?![\d/\p{L}])/giu;
/** The whole period's total written beside the months: «cộng quý», «cả quý», «tổng cộng: 05», «Cộng: 09 cuộc». */
const WHOLE = /(?<![\p{L}])(?:cộng|cả|tổng|toàn)\s+quý(?![\p{L}])|(?<![\p{L}])(?:tổng cộng|tổng số|cộng)\s*:?\s*\d/iu;
/** How far around the number its passage is read: a sentence, or a short list of lines. */
const REACH = 240;

/** The month that labels the number: named last before it in its item, with no other number between. */
function labelMonth(before: string): string | null {
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(MONTH)) last = m;
  if (last === null) return null;
  if (/ngày\s*(?:\d{1,2}\s*)?$/iu.test(before.slice(Math.max(0, last.index! - 10), last.index))) return null;
  const between = before.slice(last.index! + last[0].length);
  // «tháng 01/2025: 02 cuộc», «Tháng 8 họp 05 cuộc»: the label, maybe a verb, then the number.
  return /^[^\d;.\n]{0,30}$/u.test(between) && !/(?<![\p{L}])(?:quý|lũy kế|luỹ kế|cộng|tổng)(?![\p{L}])/iu.test(between) ? Number(last[1]).toString() : null;
}

/** «tháng 4 (04 cuộc), tháng 5 (05 cuộc)»: a bracket opened right after a month holds that month's figure. */
const MONTH_BRACKET = /(?<![\p{L}\d])tháng\s+(\d{1,2})(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?\s*\(\s*$/iu;

/** The month whose bracket the number opens, or null (not a date's «ngày 15 tháng 3 (…»). */
function bracketMonth(before: string): string | null {
  const m = MONTH_BRACKET.exec(before);
  if (m === null || /ngày\s*(?:\d{1,2}\s*)?$/iu.test(before.slice(Math.max(0, m.index - 10), m.index))) return null;
  return Number(m[1]).toString();
}

/** A month opening a clause: «Tháng 7, quầy của Sở tiếp nhận …», «; tháng 9 tiếp nhận …», «- Trong tháng 8, …». */
const OPENING_MONTH = /^\s*(?:[-+•*]\s*)?(?:(?:trong|riêng|sang|đến)\s+)?tháng\s+(\d{1,2})(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?(?![\d/\p{L}])/iu;
/** Words that turn a clause from one month to the whole period: «cộng quý», «lũy kế», «như vậy, tổng số …». */
const TO_WHOLE = /(?<![\p{L}])(?:quý|lũy kế|luỹ kế|cộng|tổng|như vậy)(?![\p{L}])/iu;
/** MONTH without its global flag, to test a text (a global regex's test would move its lastIndex). */
const ANOTHER_MONTH = new RegExp(MONTH.source, "iu");
/** How far back a number's clause is read for the month opening it. */
const CLAUSE_REACH = 200;

/**
 * The month opening the number's clause (up to the «;» or the sentence's end before it), when nothing in the clause
 * turns to another month or the whole period: «Tháng 7, quầy của Sở tiếp nhận 148 hồ sơ và giải quyết 145 hồ sơ»
 * tells July's figures, each of them, though only the first stands near the month.
 */
function clauseMonth(text: string, start: number, line: number): string | null {
  let from = start;
  while (from > line && start - from < CLAUSE_REACH && text[from - 1] !== ";" && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  const clause = text.slice(from, start);
  const opening = OPENING_MONTH.exec(clause);
  if (opening === null) return null;
  const rest = clause.slice(opening[0].length);
  if (ANOTHER_MONTH.test(rest) || TO_WHOLE.test(rest) || /[()]/.test(rest)) return null;
  return Number(opening[1]).toString();
}

/** The passage around [start, end): its paragraph, at most REACH characters each side. */
function passage(text: string, start: number, end: number): { from: number; to: number } {
  const para = lastIndexWithin(text, "\n\n", start, start - REACH);
  const from = Math.max(start - REACH, para === -1 ? 0 : para);
  const next = text.indexOf("\n\n", end);
  return { from, to: Math.min(end + REACH, next === -1 ? text.length : next) };
}

/** The number at [start, end) is one month's share of a longer period the form is for. */
export function monthShare(text: string, start: number, end: number, kind: PeriodKind): boolean {
  if (kind === "month") return false;
  const line = text.lastIndexOf("\n", start - 1) + 1;
  let from = start;
  while (from > line && start - from < 80 && !/[;,(]/.test(text[from - 1]!) && !(text[from - 1] === "." && /\s/.test(text[from] ?? ""))) from--;
  const own = labelMonth(text.slice(from, start)) ?? bracketMonth(text.slice(Math.max(line, start - 40), start)) ?? clauseMonth(text, start, line);
  if (own === null) return false;
  const around = passage(text, start, end);
  const rest = text.slice(around.from, around.to);
  if (WHOLE.test(rest)) return true;
  // Another month that labels a number of its own: the passage goes month by month.
  for (const m of rest.matchAll(MONTH)) {
    if (Number(m[1]).toString() === own) continue;
    if (/^[^\d;.\n]{0,30}\d/u.test(rest.slice(m.index! + m[0].length)) && labelMonth(rest.slice(0, m.index! + m[0].length + 1)) !== null) return true;
  }
  return false;
}
