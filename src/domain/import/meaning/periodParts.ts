/**
 * A report for a longer span sent as the quarter's («Báo cáo … năm 2025 (Gửi kèm báo cáo quý IV/2025)», «… 6 tháng
 * đầu năm», «… 9 tháng đầu năm»): its parts are headed in capitals by the period they are written for («II. KẾT QUẢ
 * THỰC HIỆN NĂM 2025», «PHỤ LỤC: SỐ LIỆU RIÊNG QUÝ IV/2025»). A number naming no period of its own in its sentence is
 * its part's: under the longer span's heading it is the year's (or the half year's) and not the quarter's, under the
 * quarter's heading the quarter's; a part naming no period («I. ĐẶC ĐIỂM, TÌNH HÌNH») says nothing. Only such
 * reports are read this way (reportPeriod.ts `longer`): in a quarter's own report a heading «TÌNH HÌNH NĂM 2025»
 * is a topic, not a span. The parts are read once per document. Language knowledge only: no field is named.
 */
import { MARKER, markerScope, type Scope } from "./periodMarkers";
import type { PeriodScope } from "./reportPeriod";
import { oncePerTextAndScope } from "./scopeMemo";

/** A part of the report: from its heading's offset, whether its heading names only another period (null: none). */
export interface Part {
  from: number;
  other: boolean | null;
  /** The longest span its heading names in months («9 THÁNG»: 9, «NĂM 2025»: 12), or null. */
  months: number | null;
}

/**
 * A part's heading: a line in capitals opening with a Roman numeral or naming a part («II. KẾT QUẢ THỰC HIỆN NĂM
 * 2025», «PHỤ LỤC: …», «PHẦN …»). Not «1. BAN HÀNH VĂN BẢN» (a heading inside a part, which does not end it), nor a
 * line of a text copied all in capitals.
 */
const CAPITALS = /^[ \t]*(?:[IVX]+\.[ \t]|PHỤ LỤC|PHẦN[ \t])[^\p{Ll}\n]*$/gmu;
/** What a year dates rather than names («quý I năm 2026», «tháng 9 năm 2026», «6 tháng đầu năm 2026»). */
const DATED = /(?:quý\s+(?:IV|III|II|I)|tháng\s+\d{1,2}|đầu|cuối|tháng)\s*$/iu;

/** Whether a year named in a title or a heading stands for itself, the whole year, not dating a shorter period. */
export function wholeYear(m: RegExpMatchArray, text: string): boolean {
  return /^năm/iu.test(m[0]) && m[7] === undefined && !DATED.test(text.slice(Math.max(0, m.index! - 20), m.index));
}

/** The scope of a period named in a heading: the whole year named alone is twelve months. */
function headingScope(m: RegExpMatchArray, text: string): Scope | null {
  return wholeYear(m, text) ? { months: 12 } : markerScope(m, text);
}

/** The report's parts, read once per document and period. */
const partsOf = oncePerTextAndScope((text: string, _ctx: PeriodScope, judge: (scope: Scope) => boolean | null): Part[] => {
  const parts: Part[] = [];
  for (const line of text.matchAll(CAPITALS)) {
    const verdicts = new Set<boolean>();
    let months: number | null = null;
    for (const m of line[0].matchAll(MARKER)) {
      const scope = headingScope(m, line[0]);
      const v = scope === null ? null : judge(scope);
      if (v !== null) verdicts.add(v);
      if (scope !== null && typeof scope === "object" && "months" in scope && scope.months !== null) months = Math.max(months ?? 0, scope.months);
    }
    parts.push({ from: line.index!, other: verdicts.size === 1 ? [...verdicts][0]! : null, months });
  }
  return parts;
});

/**
 * Whether the part of a longer span's report holding `start` is headed by another period than the form's (true), by
 * the form's own (false), or names none (null). `judge` is periodScope.ts's verdict of one period named.
 */
export function partPeriod(text: string, start: number, ctx: PeriodScope, judge: (scope: Scope) => boolean | null): Part | null {
  if (!ctx.longer) return null;
  let found: Part | null = null;
  for (const p of partsOf(text, ctx, judge)) {
    if (p.from > start) break;
    found = p;
  }
  return found;
}

/** A date written in figures («ngày 21/5/2026», «Ngày 05/9/2026»). */
const DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;
/** A state kept up («tiếp tục giúp đỡ 01 xã») rather than something done in the span. */
const KEPT_UP = /(?<![\p{L}])tiếp tục(?![\p{L}])/iu;
/** A span opened and not closed after the number («giúp đỡ 01 xã … từ tháng 8/2025»): it runs to the report's date. */
const OPEN_SPAN = /(?<![\p{L}])từ\s+(?:ngày|tháng)\s+\d/iu;
const CLOSED = /(?<![\p{L}])(?:đến|tới)(?![\p{L}])/iu;

/**
 * Whether a number in a part headed by the longer span still speaks of the form's quarter, its sentence (`before`
 * it, `after` it) saying so though it names no period: a date inside the quarter before it («ngày 21/5/2026 Văn
 * phòng đề nghị … 04 cá nhân» in quý II), a state kept up to the report's date («tiếp tục giúp đỡ 01 xã», «giúp đỡ 01
 * xã … từ tháng 8/2025»), or none over the span («không có», «chưa»), which leaves none in the quarter it holds.
 */
export function holdsInQuarter(number: string, before: string, after: string, part: Part, ctx: PeriodScope): boolean {
  if (/^(?:không|chưa)/iu.test(number)) return true;
  if (KEPT_UP.test(before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(".")) + 1))) return true;
  const open = OPEN_SPAN.exec(after);
  if (open !== null && !CLOSED.test(after.slice(open.index))) return true;
  // The quarter sent with a longer span's report is the span's last («9 tháng»: quý III), whatever else the title names.
  const quarter = part.months !== null && part.months % 3 === 0 && part.months > 3 ? part.months / 3 : ctx.index;
  if (ctx.kind !== "quarter" || quarter === null || ctx.year === null) return false;
  let last: RegExpMatchArray | null = null;
  for (const m of before.matchAll(DATE)) last = m;
  if (last === null) return false;
  const month = Number(last[2]);
  return Number(last[3]) === ctx.year && Math.ceil(month / 3) === quarter;
}
