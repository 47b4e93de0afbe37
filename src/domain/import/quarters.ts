/**
 * Quarters named in the text ("quý I", "quý II năm 2026", "quý I/2026", "quý I và quý IV năm 2026") against the
 * report's period. The rule (docs/import-and-check.md):
 * - the first quarter named (the title) is the report's quarter;
 * - a quarter named right after "nhiệm vụ trọng tâm" is the next quarter (the tasks section and the title's 2nd line);
 * - any other mention is the report's quarter or the next one; a list of quarters joined by "và", "," or "đến" is a
 *   schedule inside a plan and may name any quarter of the report's year;
 * - a quarter the text compares with («so với quý IV/2025», «cùng kỳ quý I/2025», «quý trước (quý IV/2025)»), or whose
 *   own figure it gives («(quý II: 32)»), is named on purpose;
 * - anything else (typically last quarter's words left over after a copy) is a warning.
 */
import { previousPeriod } from "../comparison/periods";
import { nextPeriod, quarterRoman } from "../period";
import type { Period } from "../types";
import { lineAt, lineStarts } from "./text";
import type { TextProblem } from "./types";

interface Mention {
  raw: string;
  quarter: Period["quarter"];
  /** The year written with it, or with the schedule it belongs to. */
  year?: number;
  start: number;
  end: number;
  /** Part of a schedule of several quarters. */
  inSchedule: boolean;
}

const MENTION = /quý\s+(IV|III|II|I)(?![\p{L}\d])(?:\s*(?:\/|năm)\s*(\d{4})(?!\d))?/giu;
const JOINER = /^\s*(?:,|và|hoặc|đến|-|–)\s*(?:quý\s*)?$/iu;
// «nhiệm vụ trọng tâm quý II», «phương hướng, nhiệm vụ quý IV»: the tasks of the quarter after the report's.
const NEXT_QUARTER_CUE = /(?:nhiệm vụ trọng tâm|phương hướng(?:\s*,\s*|\s+và\s+|\s+)nhiệm vụ(?:\s+trọng tâm)?)\s*$/iu;
const cuedNext = (text: string, m: Mention) => NEXT_QUARTER_CUE.test(text.slice(Math.max(0, m.start - 40), m.start));
const COMPARED = /(?<![\p{L}])(?:so với|so sánh với|đối chiếu với|cùng kỳ|quý trước|kỳ trước)(?![\p{L}])[^.;\n\d]{0,15}$/iu;
// «(quý II: 32)», «quý I: 108.420; quý II: 117.305»: that quarter's own figure, given beside this one's on purpose
// (walk51, 8: nine warnings for such comparisons buried the real ones).
const STATED_FOR = /^\s*:\s*\d/u;
const compared = (text: string, m: Mention) =>
  COMPARED.test(text.slice(Math.max(0, m.start - 40), m.start)) || STATED_FOR.test(text.slice(m.end, m.end + 6));

export function findQuarterMentions(text: string): Mention[] {
  const mentions: Mention[] = [...text.matchAll(MENTION)].map((m) => {
    const mention: Mention = {
      raw: m[0],
      quarter: (["I", "II", "III", "IV"].indexOf(m[1]!.toUpperCase()) + 1) as Period["quarter"],
      start: m.index,
      end: m.index + m[0].length,
      inSchedule: false,
    };
    if (m[2]) mention.year = Number(m[2]);
    return mention;
  });
  // Members of a schedule share the year written after its last member.
  for (let i = mentions.length - 1; i > 0; i--) {
    const [before, after] = [mentions[i - 1]!, mentions[i]!];
    if (!JOINER.test(text.slice(before.end, after.start))) continue;
    before.inSchedule = after.inSchedule = true;
    if (before.year === undefined && after.year !== undefined) before.year = after.year;
  }
  return mentions;
}

const same = (m: Mention, p: Period) => m.quarter === p.quarter && (m.year === undefined || m.year === p.year);
const show = (p: Period) => `quý ${quarterRoman(p.quarter)} năm ${p.year}`;

export function checkQuarters(text: string, period: Period): TextProblem[] {
  const starts = lineStarts(text);
  const next = nextPeriod(period);
  const problems: TextProblem[] = [];
  findQuarterMentions(text).forEach((m, index) => {
    const line = lineAt(starts, m.start);
    const add = (key: string, severity: TextProblem["severity"], message: string) =>
      problems.push({ key: `${key}:${line}`, severity, message, lines: [line] });
    const cued = cuedNext(text, m);
    if (index === 0 && !cued) {
      if (!same(m, period)) add("structure.quarter.title", "error", `Tiêu đề ghi «${m.raw}», nhưng báo cáo là của ${show(period)}.`);
    } else if (cued) {
      if (!same(m, next)) add("structure.quarter.next", "error", `Nhiệm vụ trọng tâm ghi cho «${m.raw}», nhưng quý tiếp theo là ${show(next)}.`);
    } else if (!same(m, period) && !same(m, next) && !(m.inSchedule && (m.year ?? period.year) === period.year) && !compared(text, m)) {
      add(
        "structure.quarter",
        "warning",
        `Văn bản nhắc «${m.raw}», không phải quý báo cáo (${show(period)}) hay quý tiếp theo (${show(next)}): có thể còn sót từ báo cáo kỳ trước.`,
      );
    }
  });
  return problems;
}

/**
 * The period a report is about, from its title: the first quarter named, with its own year, or the year of the
 * next-quarter line that follows it, or the year of the place-and-date line.
 */
export function detectPeriod(text: string): Period | null {
  const [first, second] = findQuarterMentions(text);
  if (!first) return null;
  // A title naming only the next quarter's tasks («… 9 tháng đầu năm 2026; phương hướng, nhiệm vụ quý IV năm 2026»)
  // reports on the quarter before it.
  if (cuedNext(text, first)) {
    const year = first.year ?? placeDateYear(text);
    return year === undefined ? null : previousPeriod({ quarter: first.quarter, year });
  }
  let year = first.year;
  if (year === undefined && second?.year !== undefined && second.quarter === nextPeriod({ quarter: first.quarter, year: 0 }).quarter) {
    year = first.quarter === 4 ? second.year - 1 : second.year;
  }
  year ??= placeDateYear(text);
  return year === undefined ? null : { quarter: first.quarter, year };
}

/** The year of the place-and-date line («Gia Lai, ngày 16 tháng 9 năm 2026»). */
function placeDateYear(text: string): number | undefined {
  return Number(/ngày[^\n]{0,12}tháng\s+\d{1,2}\s+năm\s+(\d{4})/iu.exec(text)?.[1]) || undefined;
}
