/**
 * Which period a number is written for. A quarterly report often gives the cumulative figures beside the quarter's
 * («quý III và 9 tháng»): «Quý III, … 13 cuộc; lũy kế 9 tháng 37 cuộc», «03 Phó Trưởng phòng (9 tháng: 05)»,
 * «lũy kế 9 tháng tiếp nhận 24.718 hồ sơ …; trong đó quý III tiếp nhận 8.236 hồ sơ». The nearest period named before
 * the number in its sentence, brackets closed before it left out, says whose it is (a month of an earlier quarter
 * opening its clause too: «Tháng 02/2026, …» in quý II, periodMonths.ts), unless the report's own period's figure
 * stands beside it (periodAside.ts); failing that, a bracket right after it («236 hồ sơ (lũy kế)»), another period
 * closing the sentence with no figure after the number («…, đều ban hành trong quý I»), or the line introducing its
 * list; failing all, the report's title («Báo cáo … 6
 * tháng đầu năm» has no quarter's figures; reportPeriod.ts). A form for a month or a quarter binds only its own
 * period's figures; a report that names no other period is untouched. Language knowledge only: no field is named.
 */
import { withoutCarriedInto } from "./carriedInto";
import { earlierMonth } from "./periodMonths";
import { inEarlierPart } from "./earlierPart";
import { MARKER, MARKER_FIRST, markerScope, MONTHS, type Quarter, type Scope } from "./periodMarkers";
import { ownPeriodAsideAt } from "./periodAside";
import { holdsInQuarter, partPeriod } from "./periodParts";
import { otherYearColumn } from "./periodColumns";
import type { PeriodScope } from "./reportPeriod";
import { tableCell } from "./tableGrid";
import { sentenceAround } from "./vetoText";
import { fractionLegend } from "./vetoPlace";
import { inTasksPart } from "./planPlaces";
import { periodsJoined } from "./periodsJoined";
import { yearThenOwnQuarter } from "./yearThenQuarter";
import { yearTopicSentence } from "./yearTopic";
import { noneOverOwnSpan } from "./noneOverSpan";
import { paragraphOwnTopic } from "./paragraphTopic";

/** Whether a period named is the form's own (a quarter for a quarterly form, «3 tháng» too) or another. */
function isOwn(scope: Scope, ctx: PeriodScope): boolean {
  const { kind, index } = ctx;
  // A later quarter opening its clause in a report's body («- Kế hoạch quý III: … luân chuyển 03 công chức»,
  // «(quý III cử 02 đồng chí)» in quý II's report) is the plan's, not what the quarter did (asked for figures not
  // planned: `laterOther`).
  if (typeof scope === "object" && "quarter" in scope) return kind === "quarter" && !earlierQuarter(scope, ctx) && !(scope.topic && ctx.laterOther === true && laterQuarter(scope, ctx));
  // «Trong tháng 3, …» in a quarterly report is part of the quarter, unless the report gives the month apart.
  if (scope === "month") return kind === "month" || (kind === "quarter" && !ctx.monthsAreOther);
  if ("last" in scope) return ctx.year === null || scope.last >= ctx.year;
  // From the start of the year to the end of the first quarter (or of January) is that period itself.
  if (scope.months === null || scope.months === MONTHS[kind]) return scope.months === MONTHS[kind] || (index === 1 && !ctx.cumulativeOther);
  return false;
}

/** «Quý IV năm 2025» in a report for quý I/2026: an earlier quarter (a later one is the plan's, not judged here). */
function earlierQuarter(q: Quarter, ctx: PeriodScope): boolean {
  if (q.year !== null && ctx.year !== null && q.year !== ctx.year) return q.year < ctx.year;
  return q.quarter !== null && ctx.index !== null && q.quarter < ctx.index;
}

/** «Quý III» named in a report for quý II/2026, «quý I/2027» in one for quý IV/2026: a later quarter. */
function laterQuarter(q: Quarter, ctx: PeriodScope): boolean {
  if (q.year !== null && ctx.year !== null && q.year !== ctx.year) return q.year > ctx.year;
  return q.quarter !== null && ctx.index !== null && q.quarter > ctx.index;
}

/** The sentence before the number with brackets closed before it blanked out (their periods are their own). */
function visibleBefore(text: string, from: number, start: number): string {
  // Without a closing bracket nothing is blanked (asked for every number: the loop below builds a string by characters).
  if (!text.slice(from, start).includes(")")) return text.slice(from, start);
  let depth = 0;
  const kept: string[] = [];
  for (let i = start - 1; i >= from; i--) {
    const ch = text[i]!;
    if (ch === ")") depth++;
    else if (ch === "(" && depth > 0) {
      depth--;
      kept.push(" ");
      continue;
    }
    kept.push(depth > 0 ? " " : ch);
  }
  return kept.reverse().join("");
}

/**
 * Where `head` opens by naming exactly the report's own period, the end of that name; else -1 (periodAside.ts). The
 * report's quarter («quý II», «trong quý») for a quarterly form, its month («tháng 10», «trong tháng») for a monthly
 * one; a month inside a quarter, or an earlier quarter, is not what the form's own figures are written for.
 */
export function ownPeriodOpening(head: string, ctx: PeriodScope): number {
  const m = MARKER_FIRST.exec(head);
  if (m === null || m.index > 0) return -1;
  const scope = markerScope(m, head);
  if (scope === null || verdict(scope, ctx) !== false) return -1;
  let own = false;
  if (ctx.kind === "quarter") own = typeof scope === "object" && "quarter" in scope && (scope.quarter === null || ctx.index === null || scope.quarter === ctx.index);
  else if (ctx.kind === "month" && scope === "month") {
    const month = /^tháng\s+(\d{1,2})/iu.exec(m[0]);
    own = month === null || ctx.index === null || Number(month[1]) === ctx.index;
  }
  if (!own) return -1;
  // «quý II» is read with its numeral and year («quý II/2026», «quý II năm 2026»).
  const named = /^\s+(?:IV|III|II|I)(?![\p{L}])(?:\s*(?:\/|năm)\s*\d{4})?/u.exec(head.slice(m[0].length));
  return m[0].length + (named?.[0].length ?? 0);
}

/** The verdict of the periods a text names: the last one named, or null when none is. */
/** A bracket opened right after another quarter of the report's year: «… quý I (05 ý kiến)». */
const QUARTER_BRACKET = /(?<![\p{L}])quý[ \t]+(IV|III|II|I)(?:[ \t]*(?:\/|năm)[ \t]*(\d{4}))?[ \t]*\([ \t]*$/iu;

function bracketOfQuarter(before: string, ctx: PeriodScope): boolean {
  const m = QUARTER_BRACKET.exec(before);
  if (!m || ctx.kind !== "quarter" || ctx.index === null) return false;
  const year = m[2] === undefined ? ctx.year : Number(m[2]);
  return ["I", "II", "III", "IV"].indexOf(m[1]!.toUpperCase()) + 1 !== ctx.index || year !== ctx.year;
}

function lastNamed(text: string, ctx: PeriodScope): boolean | null {
  let last: boolean | null = null;
  // The last period that said something, and where its name ended: «Quý II và 6 tháng, …» names both (periodsJoined.ts).
  let said: { verdict: boolean; end: number } | null = null;
  for (const m of text.matchAll(MARKER)) {
    if (closedPart(text, m.index!)) continue;
    const verdict = judged(m, text, ctx);
    if (verdict === null) continue;
    const gap = said === null ? "" : text.slice(said.end, m.index!);
    // One name in several markers («lũy kế từ đầu năm», «lũy kế 6 tháng») reads as its first.
    const continued = said !== null && said.verdict === verdict && /^\s*$/u.test(gap);
    const joined = said !== null && said.verdict !== verdict && periodsJoined(gap);
    said = { verdict, end: m.index! + m[0].length };
    if (!continued) last = joined ? null : verdict;
  }
  return last;
}

/**
 * A period named inside a part a «;» has closed since («9 tháng, … 84 quyết định, trong đó quý III ban hành 29; tiếp
 * nhận 118 phản ánh»): the part («, trong đó …», «, riêng …») splits the figure of its clause, and the sentence's own
 * period goes on after it. A part opening a clause of its own («…; trong đó quý III tiếp nhận 8.236 hồ sơ; trễ hạn 23
 * hồ sơ») is the sentence's new period, and reaches on.
 */
function closedPart(text: string, at: number): boolean {
  if (!text.includes(";", at)) return false;
  const open = text.lastIndexOf(";", at) + 1;
  return /,\s*(?:trong đó|riêng)(?![\p{L}])/iu.test(text.slice(open, at));
}

/** Whether one period named in `text` is another than the form's (the words candidatePeriod.ts shows the clerk). */
export function namesOtherPeriod(m: RegExpMatchArray, text: string, ctx: PeriodScope): boolean {
  return judged(m, text, ctx) === true;
}

/** The verdict of one period named: a month of an earlier quarter («Tháng 02/2026, …» in quý II) is another's. */
function judged(m: RegExpMatchArray, text: string, ctx: PeriodScope): boolean | null {
  const scope = markerScope(m, text);
  return scope === "month" && earlierMonth(m, text, ctx) ? true : verdict(scope, ctx);
}

/**
 * Whether a period named makes a number another period's, or null when it says nothing: «cao hơn quý III 1,20
 * điểm», «so với quý III»: an earlier quarter named as the basis of a comparison is not the scope of what follows.
 */
function verdict(scope: Scope | null, ctx: PeriodScope): boolean | null {
  if (scope === null) return null;
  // Years name no period of their own here: «Năm 2025, Văn phòng được giao 55 biên chế» in a first quarter of 2026
  // is the staffing the report gives; they only end the reach of an earlier marker.
  if (typeof scope === "object" && "last" in scope) return null;
  if (typeof scope === "object" && "quarter" in scope && !scope.topic && earlierQuarter(scope, ctx)) return null;
  return !isOwn(scope, ctx);
}

/** A heading or a table header naming both periods («Quý III và 9 tháng») says nothing of either. */
function onlyOne(text: string, ctx: PeriodScope): boolean | null {
  const verdicts = new Set<boolean>();
  for (const m of text.matchAll(MARKER)) {
    const v = judged(m, text, ctx);
    if (v !== null) verdicts.add(v);
  }
  return verdicts.size === 1 ? [...verdicts][0]! : null;
}

/** The rest of a sentence after a number, with no other figure, names only another period than the form's. */
function trailingOther(rest: string, ctx: PeriodScope): boolean {
  return !/\d/.test(rest) && onlyOne(rest, ctx) === true;
}

/** A count's unit, then a slash and a span: «04 phòng/năm», «12 cuộc/quý» (not «/quý II», a period's name). */
const PER_SPAN = /^[ \t\u00a0]+(?:[\p{L}\p{M}]+[ \t\u00a0]+){0,2}[\p{L}\p{M}]+[ \t\u00a0]*\/[ \t\u00a0]*(năm|quý|tháng)(?![\p{L}\p{M}])(?![ \t\u00a0]*(?:\d|[IVX]+(?![\p{L}])))/iu;
const SPAN_MONTHS: Record<string, number> = { năm: 12, quý: 3, tháng: 1 };

/**
 * «(kiểm tra 04 phòng/năm, mỗi phòng 01 lần)» beside the quarter's «tại 04 phòng» (held-out 1363, walk48 F1): a count
 * per a span longer than the form's is a rate or a plan's norm, never the period's figure.
 */
function perLongerSpan(rest: string, ctx: PeriodScope): boolean {
  const m = PER_SPAN.exec(rest);
  return m !== null && SPAN_MONTHS[m[1]!.toLowerCase()]! > MONTHS[ctx.kind]!;
}

/** «số tiếp nhận 6 tháng», «tổng số hồ sơ cả năm» right after a share, up to a bracket or the clause's end. */
const SHARE_WHOLE = /^[ \t\u00a0]+(?:của[ \t]+)?(?:tổng[ \t]+)?số(?![\p{L}])[^();,.\n]{0,60}/iu;

function wholeOfOther(rest: string, ctx: PeriodScope): boolean {
  const whole = SHARE_WHOLE.exec(rest);
  return whole !== null && onlyOne(whole[0], ctx) === true;
}

const BULLET = /^\s*([-+•*–])/u;

/** The line that introduces the number's line («+ Lũy kế 9 tháng:» above its «- tiếp nhận …» items), if any. */
function introduction(text: string, start: number): string | null {
  const lineFrom = text.lastIndexOf("\n", start - 1) + 1;
  const bullet = BULLET.exec(text.slice(lineFrom, lineFrom + 4))?.[1];
  let end = lineFrom - 1;
  for (let k = 0; k < 12 && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(from, end).trim();
    end = from - 1;
    if (line === "") continue;
    if (bullet !== undefined && BULLET.exec(line)?.[1] === bullet) continue;
    return line.endsWith(":") ? line : null;
  }
  return null;
}

/** A bracket that gives a period its own value after a colon: «quý III: không có», «tháng trước: không». */
const PERIOD_WITH_VALUE = /:[ \t]*\p{L}/u;
/** Such a bracket whole, «(quý III: không có)»: another period's figure in words, as «(quý III: 05)» is in digits. */
const PERIOD_VALUE_ASIDE = /\([^()\d:]{1,40}:[ \t]*\p{L}[^()\d]{0,40}\)/gu;

/**
 * The number at [start, end) is written for another period than the form's: the column header of its table cell
 * names another period; or the nearest period named before it in its sentence is another one; or, none being
 * named there, a bracket right after it, or the line that introduces its list, names one. `index` is the report's
 * quarter or month when known: in a first quarter (or January) the cumulative figures are the period's own.
 * Only forms for a month or a quarter are judged: a longer period contains the shorter ones it names.
 */
export function isOtherPeriod(text: string, start: number, end: number, ctx: PeriodScope): boolean {
  if (MONTHS[ctx.kind] === undefined) return false;
  // In the closing part on the next period's tasks the next quarter is the part's own subject (plannedHere.ts).
  if (ctx.laterOther === true && inTasksPart(text, start)) ctx = { ...ctx, laterOther: false };
  const cell = tableCell(text, { start, end });
  const column = cell ? `${cell.group} ${cell.header}`.trim() : "";
  const header = cell ? onlyOne(column, ctx) : null;
  if (header !== null) return header;
  const year = cell ? otherYearColumn(text, { start, end }, column, ctx.year, (h) => onlyOne(h, ctx)) : null;
  if (year !== null) return year;
  const s = sentenceAround(text, start, end);
  if (perLongerSpan(text.slice(end, s.to), ctx)) return true;
  // «Tiếp nhận (quý I/quý II): 8.000/9.100 hồ sơ»: a legend of periods says whose each side of a fraction is.
  const sentence = text.slice(s.from, s.to);
  const legend = sentence.includes("/") ? fractionLegend(sentence, start, end, s.from) : null;
  const side = legend ? onlyOne(legend.mine, ctx) : null;
  if (side !== null) return side;
  // «… được chuyển sang quý IV là 14 hồ sơ»: the period files are carried into is not the number's (carriedInto.ts).
  const visible = withoutCarriedInto(visibleBefore(text, s.from, start));
  // «các ý kiến tại Hội nghị đối thoại quý I (05 ý kiến)» in quý II's report: the bracket gives that quarter's figure (760).
  if (bracketOfQuarter(visible, ctx)) return true;
  const before = lastNamed(visible, ctx);
  // «Trong 6 tháng, không có …» in the second quarter: none over a span holding the quarter is none in it (noneOverSpan.ts).
  if (before === true) return !noneOverOwnSpan(text.slice(start, end), visible, ctx);
  // «25 cuộc (quý II: 13 cuộc)»: the report's own period's figure set beside it makes it a longer span's, even after
  // a part of the quarter named earlier in the sentence («… cả hai trong tháng 4; luân chuyển 05 công chức (quý II: 03)»).
  if (/^\d/.test(text.slice(start, end)) && ownPeriodAsideAt(text, end, ctx) !== -1) return true;
  if (before !== null) return before;
  // «Năm 2025, … điều động đến 02 công chức; riêng quý IV, … 01 công chức»: the year set against the quarter (yearThenQuarter.ts).
  if (yearThenOwnQuarter(visible, text.slice(end, s.to), ctx)) return true;
  // «Năm 2025, Văn phòng … bổ nhiệm 05 Trưởng phòng» in a year's report sent as quý IV's (yearTopic.ts).
  if (yearTopicSentence(visible, ctx) && !holdsInQuarter(text.slice(start, end), visible, text.slice(end, s.to), { from: s.from, other: true, months: 12 }, ctx)) return true;
  // «01 công chức (quý III)» names the number's period; «01 công chức (quý III: không có)» sets that period's own
  // figure beside it, in words as «(quý III: 05)» in digits: the number is not that period's (held-out 1462).
  const bracket = /^[^\d();.\n]{0,24}\(([^()\d]{0,40})\)/u.exec(text.slice(end, s.to));
  const after = bracket && !PERIOD_WITH_VALUE.test(bracket[1]!) ? onlyOne(bracket[1]!, ctx) : null;
  if (after !== null) return after;
  // «ban hành 09 văn bản về …, đều ban hành trong quý I.»: another period closing the sentence, no figure after the
  // number to be its own, says whose the number is (only against it: the report's own there adds nothing).
  if (trailingOther(text.slice(end, s.to).replace(PERIOD_VALUE_ASIDE, " "), ctx)) return true;
  // «chiếm 2,52% số tiếp nhận 6 tháng (4,86% số tiếp nhận quý II)» (held-out 1182): a share whose whole is named with
  // another period right after it is that period's share.
  if (text[end - 1] === "%" && wholeOfOther(text.slice(end, s.to), ctx)) return true;
  // «Riêng quý III, … . Trung tâm … đạt 95,00%»: the quarter opening the paragraph goes on (paragraphTopic.ts).
  if (paragraphOwnTopic(text, s.from, ctx, ownPeriodOpening)) return false;
  const intro = introduction(text, start);
  const introduced = intro !== null ? onlyOne(intro, ctx) : null;
  if (introduced !== null) return introduced;
  // «Phần I / KẾT QUẢ QUÝ TRƯỚC (QUÝ III NĂM 2026)» restated before the report's own part (earlierPart.ts).
  if (inEarlierPart(text, start, ctx)) return true;
  // «II. KẾT QUẢ THỰC HIỆN NĂM 2025» in a year's report sent as quý IV's: the part's heading says whose it is.
  const part = partPeriod(text, start, ctx, (scope) => verdict(scope, ctx));
  // …unless its sentence still speaks of the quarter (a date in it, a state kept up, none over the year).
  if (part?.other === true && holdsInQuarter(text.slice(start, end), text.slice(s.from, start), text.slice(end, s.to), part, ctx)) return ctx.otherByDefault;
  return part?.other ?? ctx.otherByDefault;
}


/**
 * In a first quarter or January, a number written for a span from the year's start («Lũy kế từ đầu năm, … tiếp nhận
 * 7.349 hồ sơ», «Tính từ đầu năm đến nay …», «cộng dồn …») covers the period and may be its figure, but a report's
 * quarter runs on its own dates (from 15 December, to a cutoff day), so the span is not surely the quarter's: the
 * number is left to the clerk (a veto, not a removal), and the figure written for the period itself binds. Only the
 * open spans: «3 tháng đầu năm», a quarter's length, is the quarter.
 */
export function cumulativeInFirst(text: string, start: number, end: number, ctx: PeriodScope): boolean {
  if (ctx.index !== 1 || ctx.cumulativeOther) return false;
  return isOtherPeriod(text, start, end, { ...ctx, cumulativeOther: true }) && !isOtherPeriod(text, start, end, ctx);
}

/**
 * The number is written for a later quarter than the report's, opening its clause in the body: the plan's («- Kế
 * hoạch quý III: … luân chuyển 03 công chức» in quý II's report), no figure of what was done. Asked apart from
 * isOtherPeriod, which leaves later quarters alone for the figures planned for the quarter.
 */
export function laterPlanned(text: string, start: number, end: number, ctx: PeriodScope): boolean {
  return ctx.kind === "quarter" && isOtherPeriod(text, start, end, { ...ctx, laterOther: true }) && !isOtherPeriod(text, start, end, ctx);
}
