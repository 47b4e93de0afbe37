/**
 * A figure written for a longer span with the report's own period's figure set beside it: «Họp giao ban: 25 cuộc
 * (quý II: 13 cuộc)», «tiếp nhận 87 phản ánh (trong quý II: 41)», «bổ nhiệm 05 Phó Trưởng phòng, riêng quý II 03»,
 * «tổ chức 25 cuộc, trong đó quý II 13 cuộc», «tiếp nhận 38.914 hồ sơ (quý I: 18.575; quý II: 20.357)». When the
 * report's own quarter (or month) is named right after a number with a figure of the same thing, the number is the
 * longer span's (six months, the year, from the start of the year), whatever that span is called or even when it is
 * not named: the receiving office sums quarters, so the form takes the aside's figure, and the aside's figure is
 * described by what the number before it counts. Language knowledge only: no field is named.
 */
import type { Heading } from "../headings";
import type { NumberToken } from "../numbers";
import { findCandidates, type Candidate } from "./candidates";
import { ownPeriodOpening } from "./periodScope";
import type { PeriodScope } from "./reportPeriod";

/** From the number's end to the aside: its unit and label (no other figure), then a bracket or «, riêng/trong đó». */
const OPENER = /^([^\d()\n]{0,60}?)(?:\(|[,;]?\s*(?:riêng|trong đó)(?=\s)|[,;]\s*(?:trong|còn)(?=\s))\s*/iu;
/** What may open an item before the period's name. */
const CONNECTOR = /^(?:tính riêng|riêng|trong đó|trong|còn)\s+/iu;
/** A bracket's items: «quý I: 18.575; quý II: 20.357». */
const ITEM = /;\s*|,\s+/u;
/** After the period's name: a colon or a verb («là», «tổ chức»), then the figure, digits or a word for none. */
const FIGURE = /^(\s*(?:[:\-–]\s*)?(?:[^\d\n();,.:]{0,30}?\s)?)(\d+(?:[.,]\d+)*|không có|không|chưa có|chưa)(?![\p{L}\p{M}\d])[ \u00a0]*(%|[\p{L}\p{M}]*)/iu;
const SENTENCE_END = /\n|\.(?=\s|$)/u;
/** Nothing but a colon or «là» between the period's name and its figure. */
const SET_RIGHT = /^\s*(?:[:\-–]|là|:\s*là)?\s*$/iu;
/** A quarter or month named, then its dates, then its colon: «quý II, từ ngày 15/3/2026 đến ngày 14/6/2026:». */
const DATED_NAME =
  /((?:quý|tháng)[ \t]+(?:IV|III|II|I|\d{1,2}))([ \t]*,?[ \t]*\(?(?:từ[ \t]+)?(?:ngày[ \t]+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?[ \t]*(?:-|–|đến)[ \t]*(?:ngày[ \t]+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\)?)(?=[ \t]*:)/giu;
const blankDates = (_: string, name: string, dates: string) => name + " ".repeat(dates.length);
/** The first word of a count of people: «người», «công (chức)», «viên (chức)», «cán (bộ)», «đồng (chí)», «cá (nhân)». */
const PEOPLE = /^(?:người|công|viên|cán|đồng|cá)$/u;
/** Words for none (a zero's «unit» is not compared). */
const NONE = /^(?:không|chưa)/iu;

/**
 * Where the report's own period's figure of the same thing stands right after the number ending at `end` (the
 * start of that figure), or -1.
 */
export function ownPeriodAsideAt(text: string, end: number, ctx: PeriodScope): number {
  // To the sentence's end: a line break or a full stop before a space (not the one in «18.575»).
  const ahead = text.slice(end, end + 240);
  const stop = SENTENCE_END.exec(ahead);
  const rest = stop === null ? ahead : ahead.slice(0, stop.index);
  const opener = OPENER.exec(rest);
  if (opener === null) return -1;
  const unit = text[end - 1] === "%" ? "%" : /^[ \u00a0]*(%|[\p{L}\p{M}]*)/u.exec(opener[1]!)![1]!.toLowerCase();
  let at = opener[0].length;
  // In a bracket, any item may be the report's own («quý I: …; quý II: …»); after «riêng», the clause itself.
  const close = rest.indexOf(")", at);
  // «(quý II, từ ngày 15/3/2026 đến ngày 14/6/2026: 61.377 hồ sơ)» (held-out 1182): the quarter's dates after its name
  // are blanked, not cut, so that its figure keeps its offset and the comma inside is no item's end.
  const items = (opener[0].includes("(") ? rest.slice(at, close === -1 ? rest.length : close) : rest.slice(at)).replace(DATED_NAME, blankDates);
  for (const item of items.split(ITEM)) {
    const lead = item.length - item.trimStart().length;
    const found = sameThing(item.trimStart(), unit, opener[0].includes("("), ctx);
    if (found !== -1) return end + at + lead + found;
    at += item.length;
    at += ITEM.exec(rest.slice(at))?.[0].length ?? 0;
  }
  return -1;
}

/**
 * Where in the item its figure starts, when it opens with the report's own period and counts the same thing; else
 * -1. In a bracket the bracket says it is the same thing; after «, riêng quý II» the clause could be another's
 * («…; trong quý trao 120 suất quà»): the same unit, or the figure set right after the period's name («là 02»).
 */
function sameThing(item: string, unit: string, bracket: boolean, ctx: PeriodScope): number {
  // «(trong quý III: 12 cuộc)», «(quý I: 03; riêng quý III: 02)».
  const lead = CONNECTOR.exec(item)?.[0].length ?? 0;
  const period = ownPeriodOpening(item.slice(lead), ctx);
  if (period === -1) return -1;
  const named = lead + period;
  const figure = FIGURE.exec(item.slice(named));
  if (figure === null) return -1;
  const start = named + figure[1]!.length;
  const own = figure[3]!.toLowerCase();
  const right = bracket || SET_RIGHT.test(figure[1]!);
  // «(quý III: không)»; «, riêng quý III: không» but not «, trong quý III không có đơn thư» (another thing).
  if (NONE.test(figure[2]!)) return bracket || (right && (own === "" || own === unit)) ? start : -1;
  // «25 cuộc (quý II: 13 cuộc)», «02 (quý II: 01)»: the same unit, or one side names none («95,8% (quý II: 94,92%)»).
  if (own === unit && unit !== "") return start;
  // «07 công chức, viên chức, người lao động (quý II: 03 người)» (held-out 1182): a bracket opened by the period and a
  // colon gives that period's count of the same people counted by another word; «151 người (tháng 10: 117 lượt)»
  // counts visits, not people, and is no aside.
  if (bracket && /^\s*:\s*$/u.test(figure[1]!) && PEOPLE.test(own) && PEOPLE.test(unit)) return start;
  return right && own !== "%" && unit !== "%" && (own === "" || unit === "") ? start : -1;
}

/**
 * The aside's figure is described as the number before it is («Bổ nhiệm Trưởng phòng: 02 (quý II: 01)»: 01 is the
 * appointed heads too), as strongly as its own words: it takes the words the longer span's number, no candidate of
 * the form's (periodScope.ts), leaves unused. `all` are every number of the text, candidates or not.
 */
export function describePeriodAsides(text: string, all: readonly NumberToken[], candidates: readonly Candidate[], headings: readonly Heading[], ctx: PeriodScope): void {
  if (ctx.kind !== "quarter" && ctx.kind !== "month") return;
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  for (const t of all) {
    if (t.kind !== "count" && t.kind !== "percent") continue;
    // Only where a period is named soon after the number: the aside's opener is at most a short label away.
    if (!/quý|tháng/iu.test(text.slice(t.end, t.end + 90))) continue;
    const at = ownPeriodAsideAt(text, t.end, ctx);
    const aside = at === -1 ? undefined : byStart.get(at);
    if (aside === undefined) continue;
    const longer = byStart.get(t.start) ?? findCandidates(text, [t], headings, false, ctx)[0];
    if (longer === undefined) continue;
    for (const [f, w] of longer.near) if ((aside.near.get(f) ?? 0) < w) aside.near.set(f, w);
    aside.clause = new Set([...aside.clause, ...longer.clause]);
  }
}
