/**
 * A sentence that opens with an earlier period as its topic states that period's figures: «Cùng kỳ năm 2025, Trung
 * tâm tiếp nhận 9.870 hồ sơ», «Quý trước, Văn phòng tổ chức 14 cuộc giao ban», «Năm trước: 512 hồ sơ». The period
 * rule reads named quarters and years; these name the period only by its relation to the report's, so they are read
 * here. Only a topic opening the sentence (or its item) counts: «tăng 12% so với cùng kỳ» is a comparison, which the
 * comparison rule weighs.
 */
import { numberClause } from "./numberClause";

const EARLIER_TOPIC =
  /^(?:[-+•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?(?:trong\s+|so với\s+)?(?:cùng kỳ|cùng kì|kỳ trước|kì trước|quý trước|năm trước|năm ngoái|tháng trước|cùng thời điểm năm trước)(?:\s+(?:năm\s+)?(?:\d{4}|trước|ngoái))?(?:\s*[,:]|\s+(?!(?:chuyển|sang|qua|còn|tồn)(?![\p{L}]))(?=\p{L}))/iu;

/**
 * The number's sentence opens with an earlier period as its topic, with or without its comma; or its clause
 * (numberClause.ts, SpanFacts.clause) opens after a «;» of the sentence and does: «Lũy kế 11 tháng tiếp 398 lượt;
 * cùng kỳ tháng 11/2025 tiếp 44 lượt.» (a semicolon joins two statements, each with its own topic).
 */
export function earlierTopic(text: string, sentenceFrom: number, start: number, clauseFrom = numberClause(text, start, start).from): boolean {
  if (opensSentence(text, sentenceFrom)) {
    const lead = text.slice(sentenceFrom, start).replace(/^\s+/, "");
    const topic = EARLIER_TOPIC.exec(lead);
    if (topic && !ownPeriodAfterBasis(topic[0], lead.slice(topic[0].length))) return true;
  }
  // Only a «;» inside the sentence counts, and the clause reads a bounded reach back (a text without «;» made every
  // number walk to the text's start, quadratic in the text's length).
  return clauseFrom > sentenceFrom && text[clauseFrom - 1] === ";" && EARLIER_TOPIC.test(text.slice(clauseFrom, start).replace(/^\s+/, ""));
}

/** The report's own period named: «trong quý», «quý này»; not «quý trước», «quý III», «tháng 9». */
const OWN_PERIOD = /(?<![\p{L}])(?:trong (?:quý|tháng|kỳ|kì)|(?:quý|kỳ|kì|tháng) này)(?![\p{L}\p{M}]|[ \t]+(?:trước|[IVX]+(?![\p{L}])|\d))/iu;

/**
 * «So với cùng kỳ năm 2025 (02 cá nhân) tăng 02 cá nhân, trong quý Văn phòng … cho 04 cá nhân» (held-out 1461): a
 * sentence that opens with what it compares against («so với» an earlier period), then names the report's own period
 * before the number, states this period's figure after the comparison; the earlier period is no topic of it. A topic
 * without «so với» («Cùng kỳ năm 2025, trong quý III …») still is. The own period is read only outside brackets:
 * «(trong quý III/2025: 45 hồ sơ)» beside the basis is the basis's own aside.
 */
function ownPeriodAfterBasis(topic: string, rest: string): boolean {
  return /^(?:[-+•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?so với/iu.test(topic) && OWN_PERIOD.test(rest.replace(/\([^()]*\)?/gu, " "));
}

/**
 * The earlier period closes the number's clause: «… nhận 13 ý kiến tại các hội nghị đối thoại cùng kỳ năm trước.»,
 * «… tiếp 59 lượt công dân trong quý trước.». Not a comparison («tăng 12% so với cùng kỳ năm trước», which the
 * comparison rule weighs) nor what the earlier period left to this one («hồ sơ tồn từ quý trước», «kỳ trước chuyển
 * sang»): those are this period's figures.
 */
const EARLIER_TAIL =
  /(?<![\p{L}])(?<!(?:so với|từ|tồn|sang|qua|chuyển|với|hơn)\s+)(?:cùng kỳ|cùng kì|kỳ trước|kì trước|quý trước|năm trước|năm ngoái|tháng trước)(?:\s+(?:năm\s+)?(?:\d{4}|trước|ngoái))?\s*[.;!]?\s*$/iu;

export function earlierTail(text: string, end: number, sentenceTo: number): boolean {
  const after = text.slice(end, sentenceTo + 1);
  const clause = after.split(/[;()]/u)[0] ?? "";
  return !/(?<![\p{L}])(?:so với|tăng|giảm|bằng)(?![\p{L}])/iu.test(clause) && EARLIER_TAIL.test(clause);
}

const YEAR_TOPIC = /^(?:[-+•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?(?:trong\s+)?năm\s+(\d{4})(?![\d/])\s*[,:]?\s+(?!(?:và|đến|-|–)\s)/iu;

/**
 * The sentence opens with an earlier year as its topic and tells what was done then («Năm 2025, Văn phòng đã đề nghị
 * … 03 cá nhân», «Năm 2025 đã kiểm tra … tại 04 đơn vị») in a report of a later year: that year's figures. A state
 * written so is still the report's («Năm 2025, Văn phòng được giao: 55 biên chế», the reference report's own staff
 * sentence), so only a done action («đã») counts; sections that carry a year of their own are not judged so.
 */
export function earlierYearTopic(text: string, sentenceFrom: number, start: number, reportYear: number | null): boolean {
  if (reportYear === null || !opensSentence(text, sentenceFrom)) return false;
  const m = YEAR_TOPIC.exec(text.slice(sentenceFrom, start).replace(/^\s+/, ""));
  if (m === null || Number(m[1]) >= reportYear) return false;
  return /(?<![\p{L}])đã(?![\p{L}])/iu.test(text.slice(sentenceFrom, start).replace(/^\s+/, "").slice(m[0].length));
}

/**
 * A sentence is read from a window (vetoText.sentenceAround): in a very long one the window opens mid-sentence, maybe
 * inside a bracket («… so với cùng kỳ năm 2025 (cùng kỳ Bộ phận Một cửa huyện … 5.299 hồ sơ), …»), and what stands
 * there opens nothing. Only a real start (the text's, a line's, or after a full stop) is the sentence's topic.
 */
function opensSentence(text: string, from: number): boolean {
  return from === 0 || text[from - 1] === "\n" || (text[from - 1] === "." && /\s/u.test(text[from] ?? ""));
}

/**
 * «So với quý III (từ 01/7/2025) tiếp nhận 2.965 hồ sơ thì tăng 453 hồ sơ» in quý IV's report: a clause that opens
 * with «so với» and an earlier period, states a count, then the change («thì tăng/giảm …», «, tăng …») writes the
 * basis of the comparison — the earlier period's figure, not this one's. An earlier period is a quarter or month of
 * the report's year before the report's own, or one named by its relation («quý trước», «cùng kỳ»). Not: the
 * report's own period named before the number («So với quý III, quý IV tiếp nhận 3.418 hồ sơ, tăng …»), nor a
 * clause with no change after the number (the comparison rule and the period rule weigh those).
 */
const BASIS = /^(?:[-+•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?so\s+với\s+(?:(quý|tháng)\s+(I{1,3}|IV|\d{1,2})(?![\p{L}\d])(?:\s*(?:\/|năm)\s*(\d{4}))?|(?:cùng kỳ|cùng kì|kỳ trước|kì trước|quý trước|tháng trước|năm trước)(?![\p{L}])(?:\s+năm\s+(?:\d{4}(?!\d)|trước|ngoái))?)/iu;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
/** A period named between the basis and the number, the report's own perhaps: then the number is not surely the basis. */
const PERIOD_NAMED = /(?<![\p{L}])(?:quý|tháng|năm|trong kỳ|kỳ này)(?![\p{L}])/iu;
/** The change written after the basis: «thì tăng», «, giảm», «tăng 453». */
const CHANGE_AFTER = /^[^;.\n\d]{0,30}?(?:thì\s+)?(?:tăng|giảm)(?![\p{L}])/iu;

/** `clauseFrom`: where the number's clause starts (numberClause.ts, SpanFacts.clause). */
export function comparedBasis(text: string, start: number, end: number, sentenceTo: number, period: { kind: string; index: number | null; year: number | null }, clauseFrom = numberClause(text, start, end).from): boolean {
  return basisNamed(text, start, end, sentenceTo, period, clauseFrom) !== null;
}

/** The earlier period a comparison's basis names («cùng kỳ năm 2025», «quý II»), when the number is that basis. */
export function basisNamed(text: string, start: number, end: number, sentenceTo: number, period: { kind: string; index: number | null; year: number | null }, clauseFrom = numberClause(text, start, end).from): string | null {
  const clause = text.slice(clauseFrom, start).replace(/^\s+/u, "");
  const m = BASIS.exec(clause);
  if (m === null) return null;
  const named = m[0].replace(/^.*?so\s+với\s+/iu, "");
  if (m[1] !== undefined) {
    const kind = m[1].toLowerCase() === "quý" ? "quarter" : "month";
    const written = m[2]!.toLowerCase();
    const index = ROMAN[written] ?? Number(written);
    const year = m[3] !== undefined ? Number(m[3]) : null;
    const earlierYear = year !== null && period.year !== null && year < period.year;
    const sameYear = year === null || period.year === null || year === period.year;
    if (!earlierYear && !(sameYear && kind === period.kind && period.index !== null && index < period.index)) return null;
  }
  // Nothing but the basis's bracket and the count's own words between the period and the number.
  const between = clause.slice(m[0].length).replace(/\([^()]*\)/gu, " ");
  if (PERIOD_NAMED.test(between) || /\d/.test(between)) return null;
  return CHANGE_AFTER.test(text.slice(end, sentenceTo)) ? named : null;
}

/** The earlier period named beside this one: «quý trước», «kỳ trước», «tháng trước», «cùng kỳ (năm trước)». */
const EARLIER_MARK = /(?<![\p{L}])(?:(so với|bằng|như|từ|hơn|với)\s+)?(?:quý trước|kỳ trước|kì trước|tháng trước|cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?|cùng kì)(?![\p{L}])/giu;
/** This period named against it: «quý này», «kỳ này», «tháng này», «năm nay». */
const THIS_MARK = /(?<![\p{L}])(?:quý này|kỳ này|kì này|tháng này|năm nay)(?![\p{L}])/giu;

/**
 * «Công chức hiện có: quý trước 104 người, quý này 101 người», «cao cấp quý trước 34, quý này 36 đồng chí»,
 * «quý trước tiến sĩ 01, thạc sĩ 39; quý này tiến sĩ 01, thạc sĩ 41» (stop 45, held-out 1244): a sentence that sets
 * the earlier period's figures against this period's, each named where its figures start. A number after «quý
 * trước» in its clause (up to a «;»), with no «quý này» between them, is the earlier period's. Only in a sentence
 * that names this period too: alone, «quý trước» may be what a figure is compared with or came from («so với quý
 * trước», «từ quý trước chuyển sang»), which other rules weigh.
 */
export function earlierBesideThis(sentence: string, at: number): boolean {
  // A fresh search each time: a global pattern's `test` would leave its lastIndex for the matchAll below.
  if (sentence.search(THIS_MARK) === -1) return false;
  const clause = sentence.slice(sentence.lastIndexOf(";", at - 1) + 1, at);
  let last: "earlier" | "this" | null = null;
  let lastAt = -1;
  for (const m of clause.matchAll(EARLIER_MARK)) if (m[1] === undefined && m.index > lastAt) [last, lastAt] = ["earlier", m.index];
  for (const m of clause.matchAll(THIS_MARK)) if (m.index > lastAt) [last, lastAt] = ["this", m.index];
  return last === "earlier";
}

