/**
 * The words that name a period in prose, and what each names: «lũy kế», «cộng dồn», «từ đầu năm», «cả năm», «N tháng»
 * (a span of months), «quý III» (a quarter, with whether it opens its clause), «tháng 9», «trong tháng» (a month),
 * «năm 2025», «giai đoạn 2021 - 2025» (years). Whose period that is, the report's or another, is judged apart
 * (periodScope.ts, reportPeriod.ts).
 */
import type { PeriodKind } from "../../types";

/** How many months a period of each short kind spans: «3 tháng» is a quarter, «1 tháng» a month. */
export const MONTHS: Partial<Record<PeriodKind, number>> = { month: 1, quarter: 3 };

const NUMBERS_IN_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, "mười hai": 12 };

/** A cumulative span's words, then «đến (hết)»/«tới»: «lũy kế từ đầu năm đến hết », «cộng dồn đến ». */
const CUMULATIVE_TO = /(?<![\p{L}])(?:lũy kế|luỹ kế|cộng dồn|từ đầu năm)(?![\p{L}])[^,;:()\n]{0,40}?(?<![\p{L}])(?:đến|tới)(?:\s+hết)?\s+$/iu;

/**
 * A period named in prose. Cumulative: «lũy kế», «cộng dồn», «từ đầu năm», «cả năm», «N tháng» (digits or words).
 * A quarter: «quý», «quý III», «trong quý», «Q.IV/2024» (clerks' short «Q.» with its numeral). A month: «tháng 9», «trong tháng», «tháng này» (not «ngày 15 tháng 9»,
 * a date, nor «tháng trước», a comparison the comparison rule weighs).
 */
export const MARKER =
  /(?<![\p{L}\d])(?:(lũy kế|luỹ kế|cộng dồn|từ đầu năm|cả năm)|(\d{1,2}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười hai|mười)\s+tháng|(quý(?![\p{L}])|q(?=\.(?:IV|III|II|I)(?![\p{L}])))(?!\s+(?:trước|tới|sau|tiếp))|(tháng)\s+(?:\d{1,2}(?:\s*[/-]\s*\d{4})?(?![\d/])|này)|(năm|giai đoạn|nhiệm kỳ)\s+(\d{4})(?:\s*[-–]\s*(\d{4}))?)(?![\p{L}\d])/giu;


/** MARKER without the global flag, for one search from a text's start. */
export const MARKER_FIRST = new RegExp(MARKER.source, "iu");

/** A quarter's `topic`: it opens its clause («Quý IV năm 2025, …», «(quý III: 73)»), not a comparison's basis. */
export type Quarter = { quarter: number | null; year: number | null; topic: boolean };
/** Years named as a clause's topic («Năm 2025, …», «Giai đoạn 2021 - 2025, …»): `last` is the last year named. */
export type Years = { last: number; topic: boolean };
export type Scope = "month" | Quarter | Years | { months: number | null };

/**
 * What stands before a period opening its clause (its `topic`): a stop or «trong», «riêng», «vào», …, or a list item's
 * bullet at its line's start («- Quý IV/2024 nhận 15.102 hồ sơ»: the item is about that quarter), or a footnote's mark
 * at its line's start («² Quý II/2025 (hai tỉnh cộng lại): 11 cuộc giao ban»: the note is about that quarter).
 */
export const TOPIC_BEFORE = /(?:^|[;,:(\n.]|(?:^|\n)[^\S\n]*(?:[-+•*–]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,2}\])|(?<![\p{L}])(?:trong|riêng|vào|của|tại|và))\s*$/iu;
/** A plan's name up to a period in it: «Kế hoạch», «Chương trình», «Đề án» and its subject's words, nothing else. */
const PLAN_NAME = /(?<![\p{L}])(?:Kế hoạch|Chương trình|Đề án)(?:\s+[\p{L}]+){0,10}\s+$/u;
/**
 * After the span, up to what is asked about: the rest of the plan's name (and its decision in brackets), then what it
 * holds («với», «gồm», «có») and its counts so far («với 07 nhóm công việc và 28 nhiệm vụ cụ thể:», the list of its
 * groups after it), in one clause. Asked of the text before a number or a list (periodScope.ts).
 */
const PLAN_HOLDS = /^[^\S\n]*(?:(?:đầu|cuối)[^\S\n]+năm(?:[^\S\n]+\d{4})?)?[^\S\n]*(?:\([^()\n]{0,80}\))?[^\S\n]*,?[^\S\n]*(?:với|gồm(?:[^\S\n]+có)?|có)(?![\p{L}])[^;.!?\n]{0,100}:?\s*$/u;
// «quý IV», and «Q.IV» (the abbreviation's stop, no space).
const ROMAN_AFTER = /^(?:\s+|\.)(IV|III|II|I)(?![\p{L}])(?:\s*(?:\/|năm)\s*(\d{4}))?/u;

export function markerScope(m: RegExpMatchArray, text: string): Scope | null {
  // «cả năm» is the whole year; «lũy kế», «từ đầu năm» run to the report's date.
  if (m[1]) return { months: /^cả/iu.test(m[1]) ? 12 : null };
  // «ngày 15 tháng 9»: a date in words, not a period.
  if ((m[2] || m[4]) && /ngày\s+(?:\d{1,2}\s*)?$/iu.test(text.slice(Math.max(0, m.index! - 12), m.index))) return null;
  // «lũy kế từ đầu năm đến hết tháng 9/2026»: the month that closes a cumulative span is its end, not a period of its own.
  if (m[4] && CUMULATIVE_TO.test(text.slice(Math.max(0, m.index! - 60), m.index))) return null;
  // «Kế hoạch kiểm soát TTHC 6 tháng cuối năm 2025 với 07 nhóm công việc»: a span in a plan's name is the plan's own,
  // whose groups and tasks are counted right after it, and names no period of the clauses after the plan's («…; tham
  // mưu … ban hành 44 quyết định»). What was done over the span in the plan's own clause («Kế hoạch … 6 tháng cuối năm
  // 2025 … đã hoàn thành 27 nhiệm vụ») is still that span's.
  if (m[2] && PLAN_NAME.test(text.slice(Math.max(0, m.index! - 70), m.index))) {
    const after = text.slice(m.index! + m[0].length);
    if (PLAN_HOLDS.test(after) || after.includes(";")) return null;
  }
  if (m[2]) {
    const n = /^\d+$/.test(m[2]) ? Number(m[2]) : NUMBERS_IN_WORDS[m[2].toLowerCase()] ?? null;
    return { months: n };
  }
  if (m[5]) return { last: Number(m[7] ?? m[6]), topic: TOPIC_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index)) };
  if (!m[3]) return "month";
  const named = ROMAN_AFTER.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16));
  // «So với quý II: công chức có mặt 87»: a quarter that labels what follows its colon states that quarter's figures,
  // even named as a comparison's basis; so does one that «là» equates with them («Số cuộc giao ban quý I là 10 cuộc,
  // quý II 12 cuộc, quý III 13 cuộc»: each quarter's own, not a basis).
  const after = m.index! + m[0].length + (named?.[0].length ?? 0);
  const labels = named !== null && /^[ \t]*(?::|là(?![\p{L}]))/u.test(text.slice(after, after + 5));
  return {
    quarter: named ? ["I", "II", "III", "IV"].indexOf(named[1]!) + 1 : null,
    year: named?.[2] ? Number(named[2]) : null,
    topic: labels || TOPIC_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index)),
  };
}
