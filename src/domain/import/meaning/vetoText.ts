/**
 * Evidence, in the words around a number, that it is not the current period's figure of the office that reports:
 * an approximation («khoảng 11.000»), a comparison («tăng 12 hồ sơ so với quý trước», «(quý III: 73)»), another
 * level of government («toàn huyện», «cấp xã») or a plan where a result is written. Language knowledge only: no
 * form field is named here. Each rule reads a bounded window around the number, so the cost stays linear.
 */
import { copulaStatementStart } from "./copulaStatement";
import { bareWholeAt } from "./overTotal";
import { fromLastJoint } from "./clauseSpans";
import { lastIndexWithin } from "./lastIndexWithin";
import { LEVEL_VERB } from "./levelVerbs";

/** How far a rule looks on each side of a number: a sentence of a report is rarely longer. */
const WINDOW = 400;

// «chưa đến 200 hồ sơ», «không quá 15», «ngót 300»: a bound the figure stays under is no more the figure than «gần».
const APPROX_BEFORE =
  /(?<![\p{L}])(?:khoảng|gần|hơn|trên|dưới|ước|ước tính|ước đạt|xấp xỉ|trên dưới|chừng|tới gần|gần như|(?:chưa|không) (?:đến|tới)|không quá|ngót(?: nghét)?|xuýt xoát|suýt soát)\s*$/iu;
/** «10,18 ngàn hồ sơ», «27 nghìn»: a rounded figure. */
// Within the cell or line only: «…⇥05» at a row's end above a «Tỷ lệ (%)» row is not «05 tỷ»; nor is «05 tỷ lệ».
const ROUNDED_AFTER = /^[^\S\n\t]*(?:ngàn|nghìn|triệu|tỷ(?! lệ)|vạn)(?![\p{L}])/iu;

/** A fraction's numerator and its «/», before the denominator: «2/» of «2/3». */
const NUMERATOR_BEFORE = /(?<![\d/.,])\d{1,5}\/$/u;

/**
 * «khoảng 11.000 hồ sơ», «gần 27.000», «10,18 ngàn»: never the form's exact figure. «chiếm khoảng 2/3 số hồ sơ»: the
 * word before a fraction estimates the share as a whole, so its denominator is no exact count either.
 */
export function isApproximate(text: string, start: number, end: number): boolean {
  const numerator = NUMERATOR_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  const lead = numerator ? start - numerator[0].length : start;
  return (APPROX_BEFORE.test(text.slice(Math.max(0, lead - 24), lead)) && !bareWholeAt(text, start, end)) || ROUNDED_AFTER.test(text.slice(end, end + 12));
}

/** The sentence around [start, end): a full stop before a space or line end, or a line break. */
export function sentenceAround(text: string, start: number, end: number): { from: number; to: number } {
  // Every veto asks for it, several times per number: characters are compared as codes, the regex kept for «.».
  let from = start;
  const low = Math.max(0, start - WINDOW);
  for (; from > low; from--) {
    const c = text.charCodeAt(from - 1);
    if (c === NEWLINE || (c === FULL_STOP && /\s/.test(text[from] ?? ""))) break;
  }
  let to = end;
  const high = Math.min(text.length, end + WINDOW);
  for (; to < high; to++) {
    const c = text.charCodeAt(to);
    // A full stop ends a sentence before a space or the text's end, not inside «17.912» or «TP.HCM».
    if (c === NEWLINE || (c === FULL_STOP && (to + 1 === text.length || /\s/.test(text[to + 1]!)))) break;
  }
  return { from, to };
}

const NEWLINE = 10;
const FULL_STOP = 46;

/** The text of the clause ending at `start`, up to `reach` characters back: cut at «,», «;», «:», a bracket, a line or «.». */
export function clauseTail(text: string, start: number, reach: number): string {
  return text.slice(Math.max(0, start - reach), start).split(/[,;:()\n.]/u).at(-1) ?? "";
}

/** «;», «(», «)» as character codes. */
const CLAUSE_END: ReadonlySet<number> = new Set([59, 40, 41]);

/** The clause: the sentence cut at «;» and at brackets (a bracket is its own clause). */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  const s = sentenceAround(text, start, end);
  let from = start;
  while (from > s.from && !CLAUSE_END.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < s.to && !CLAUSE_END.has(text.charCodeAt(to))) to++;
  return { from, to };
}

const MARKER =
  /(?<![\p{L}])(?:so với|so cùng kỳ|cùng kỳ|kỳ trước|quý trước|năm trước|tháng trước|đầu năm|quý (?:I|II|III|IV)(?![\p{L}])|năm \d{4})/iu;
const COMPARE_VERB =
  /(?<![\p{L}])(?:tăng|giảm|nhiều hơn|ít hơn|cao hơn|thấp hơn|bằng(?! khen)|chênh lệch|gấp)(?:\s+[^\s\d]+){0,3}\s*$/iu;
const EARLIER = /(?<![\p{L}])(?:so với|cùng kỳ|kỳ trước|quý trước|năm trước|tháng trước)(?![\p{L}])/iu;

const QUARTERS = ["I", "II", "III", "IV"];
/** «so với tháng », «so với cùng kỳ quý »: the words right before an earlier period's name. */
const COMPARED_PERIOD = /(?<![\p{L}])so (?:với )?(?:cùng kỳ )?(?:tháng|quý)\s+$/iu;

/**
 * A bracket opening on the start of the year, period or quarter and what was there then: «(đầu năm có mặt 93 công
 * chức, giảm 04 …)», «(thời điểm đầu năm có 72)». A count beside the report date's at an earlier moment, as a
 * comparison's basis is; not «(giao từ đầu năm)», which says when the figure before it was set.
 */
const START_MOMENT = /^\s*(?:tại\s+)?(?:thời điểm\s+)?đầu\s+(?:năm|kỳ|kì|quý)(?:\s+\d{4})?\s*(?:,\s*)?(?:có mặt|hiện có|có|là)(?![\p{L}])/iu;

/** A bracket that opens with the level's verb: «(đạt 1.245 hồ sơ», «(còn 16 hồ sơ», «(hiện có 41 người». */
const LEVEL_OPENS = new RegExp(String.raw`^\s*${LEVEL_VERB}\s`, "iu");

/** «phường, xã», «huyện, thị xã»: a comma between two kinds of local unit lists them. */
const UNIT_LIST_COMMA = /(?<=(?<![\p{L}])(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh))\s*,\s*(?=(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)(?![\p{L}]))/giu;

/** A change («tăng 12 … so với quý trước») or an earlier value («(quý III: 73)»). */
export type Comparison = "change" | "earlier";

/**
 * «tăng 12 hồ sơ so với quý trước», «cao hơn quý III 1,20 điểm», «bằng 98% cùng kỳ»: the change or the ratio, not
 * the figure; «(quý III: 73)», «(cùng kỳ đạt 93,80%)», «so với cùng kỳ năm trước (07 văn bản)»: the earlier value.
 * `year` is the report's year when known: a bracket naming an earlier year is an earlier value; `quarter` the
 * report's quarter when known: a bracket naming it is its own figure.
 */
export function comparisonAt(text: string, start: number, end: number, year: number | null, quarter: number | null = null, month: number | null = null): Comparison | null {
  // «giảm 7 lượt so với tháng 7/2025»: the period named after «so với» is the one compared with, not the change.
  if (COMPARED_PERIOD.test(text.slice(Math.max(0, start - 30), start))) return "earlier";
  const clause = clauseAround(text, start, end);
  const before = text.slice(clause.from, start);
  if (COMPARE_VERB.test(before) && MARKER.test(text.slice(clause.from, clause.to))) return "change";
  const open = clause.from > 0 && text[clause.from - 1] === "(";
  if (!open) return null;
  // «25 cuộc (quý II: 13 cuộc)» in the report for quý II: the quarter's own figure beside a longer span's (periodAside.ts).
  const named = /(?<![\p{L}])quý (IV|III|II|I)\s*:\s*$/u.exec(before);
  if (EARLIER.test(before) || START_MOMENT.test(before) || (named !== null && QUARTERS.indexOf(named[1]!) + 1 !== quarter)) return "earlier";
  // «tiếp đột xuất 18 lượt (tháng 8/2026: 22 lượt)» in the report for tháng 9/2026: another month's figure beside the
  // month's own, as «(quý II: 13 cuộc)» is another quarter's.
  if (month !== null && otherMonthNamed(before, month, year)) return "earlier";
  const years = [...text.slice(clause.from, clause.to).matchAll(/năm (\d{4})/giu)].map((m) => Number(m[1]));
  if (year !== null && years.some((y) => y < year)) return "earlier";
  // «tăng 9,7% so với cùng kỳ (đạt 68 người trên 72 biên chế …)»: a bracket opening with the level's verb gives the
  // level reached, this period's figure, however the comparison before it reads.
  if (LEVEL_OPENS.test(before)) return null;
  // The bracket explains a comparison written just before it, in the same stretch: «so với cùng kỳ năm trước (07 văn
  // bản)», not «tăng 18,6% so với cùng kỳ, chiếm 70,28% số hồ sơ đã giải quyết (842 hồ sơ)».
  const lead = sentenceAround(text, start, end).from;
  const outside = text.slice(Math.max(lead, clause.from - 1 - 60), clause.from - 1);
  // A comma inside a list of kinds of unit («của 05 phường, xã cũ cộng lại (5.240 hồ sơ)») names whose earlier figure
  // it is; it closes no clause.
  return EARLIER.test(outside.replace(UNIT_LIST_COMMA, " ").split(/[;(),]/).at(-1) ?? "") ? "earlier" : null;
}

/**
 * The bracket opens with another month than the report's, then a colon: «(tháng 8/2026: 151 lượt, 180 người)»,
 * «(tháng 8: 70/96 lượt)»; every number after it in the bracket is that month's.
 */
function otherMonthNamed(before: string, month: number, year: number | null): boolean {
  const m = /^\s*(?:số liệu\s+)?tháng\s+(\d{1,2})(?:\s*\/\s*(\d{4})|\s+năm\s+(\d{4}))?\s*:/iu.exec(before);
  if (m === null) return false;
  const y = m[2] ?? m[3];
  return Number(m[1]) !== month || (y !== undefined && year !== null && Number(y) !== year);
}

export function isComparison(text: string, start: number, end: number, year: number | null): boolean {
  return comparisonAt(text, start, end, year) !== null;
}

/** What a field asks of comparisons: the change («Tăng/giảm … so với tháng trước»), the earlier value, neither. */
export interface AsksComparison {
  change: boolean;
  earlier: boolean;
}

/** A number that is a change or an earlier value fits only a field that asks for that. */
export function comparisonVetoes(found: Comparison | null, asks: AsksComparison): boolean {
  return found === "change" ? !asks.change : found === "earlier" ? !asks.earlier && !asks.change : false;
}

/** A field that asks for a change or an earlier period's value («Lượt tiếp tháng trước», «Tăng/giảm … so với»). */
export function asksComparison(description: string): AsksComparison {
  return {
    change: /(?<![\p{L}])(?:tăng|giảm|chênh lệch)(?![\p{L}])/iu.test(description),
    earlier: EARLIER.test(description) || /(?<![\p{L}])so sánh(?![\p{L}])/iu.test(description),
  };
}

const LEVELS = ["tỉnh", "huyện", "xã"] as const;
// «cơ quan (hành chính nhà nước) các cấp» (every administrative body: «… các cấp, ngành … đã tiếp nhận 1.669 đơn»,
// thanhtra.com.vn) is a whole as «toàn tỉnh» is. Not «lãnh đạo các cấp, các ngành»: a monthly reception report says
// so of the very whole its figures are (Hà Tĩnh 4/2025, second-form 38).
const LEVEL_WORD = /(?<![\p{L}])(?:(toàn) (tỉnh|huyện|thành phố|thị xã)|(?:cấp|các|ubnd các) (tỉnh|huyện|xã|phường|thị trấn)|(cơ quan(?: quản lý)?(?: hành chính)?(?: nhà nước)?) các cấp(?![\p{L}]))/giu;

/** A place a clause's action goes to: the level named after it is the destination, not who acts. */
const DESTINATION_BEFORE = /(?<![\p{L}])(?:tại|về|đến|sang|cho)\s+$/iu;

/** Words that open a breakdown of what the sentence said before them: «cụ thể:», «như sau:», «gồm:», «trong đó:». */
const BREAKDOWN = /(?<![\p{L}])(?:cụ thể|như sau|gồm|trong đó)\s*:/giu;

const ANY_LEVEL = /(?<![\p{L}])(?:ubnd|cấp|các|toàn)\s+(?:các\s+)?(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã)(?![\p{L}])/giu;

/** A line's lead-in, up to its colon, that counts units of a level: «- Bộ phận Một cửa 29 xã, thị trấn:». */
/**
 * «điều động đến 02 công chức từ các phòng chuyên môn cấp xã, điều động 01 công chức đi …»: where an earlier counted
 * group came from («từ …», after its number and noun, closed by a comma or semicolon) qualifies that group only; it is
 * no level of the clauses after it.
 */
const ORIGIN = /(?<=\d[ \t]+\p{L}[\p{L} \t]{0,40}?[ \t])từ[ \t][^,;.()\n]*(?=[,;])/gu;
const LEAD_COUNT = /^[\s\-+•*–]*[^:\n]{0,60}?(?<![\p{L}\d])\d{1,4}\s+(xã|phường|thị trấn|huyện)(?![\p{L}])[^:\n]{0,40}:/iu;

/** The level of the body that reports: «UBND huyện Thuận Châu báo cáo» is a district; else a province. */
export function ownLevel(text: string): number {
  const head = /(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(tỉnh|huyện|xã)/iu.exec(text.slice(0, 1500));
  const level = head ? head[1]!.toLowerCase() : "tỉnh";
  return LEVELS.indexOf(level as (typeof LEVELS)[number]);
}

function levelOf(word: string): number {
  const w = word.toLowerCase();
  return w === "phường" || w === "thị trấn" ? 2 : w === "thành phố" || w === "thị xã" ? 1 : LEVELS.indexOf(w as (typeof LEVELS)[number]);
}

/** What levels a field asks for, from its description: a total («tổng», «toàn») accepts the whole. */
export interface FieldLevel {
  total: boolean;
  levels: number[];
}

/** `name` is the label and section title (what the figure is); `description` adds the wordings (where it is written). */
export function fieldLevel(description: string, name: string = description): FieldLevel {
  const levels = [...description.matchAll(/(?<![\p{L}])(tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã)(?![\p{L}])/giu)].map((m) => levelOf(m[1]!));
  return { total: /(?<![\p{L}])(?:tổng|toàn)(?![\p{L}])/iu.test(name), levels: [...new Set(levels)] };
}

/** «tổng số», «tổng cộng» (with «là» or a colon) ending the words right before a number. */
const WHOLE_BEFORE = /(?<![\p{L}])tổng (?:số|cộng)(?:\s+là)?\s*:?\s*$/iu;
/** «tổng cộng 66 lượt, chiếm »: a share right after a whole; group 1 ends where the whole's number starts. */
const SHARE_OF_WHOLE = /((?<![\p{L}])tổng (?:số|cộng)(?:\s+là)?\s*:?\s*)\d[\d.,]*(?:\s+\p{L}+){0,3},?\s+(?:chiếm|bằng|đạt)(?:\s+tỷ lệ)?\s*$/iu;
/** The levels a sentence splits a figure by: «cấp tỉnh 15 lượt, cấp xã 58 lượt». */
const SPLIT_LEVEL = /(?<![\p{L}])cấp\s+(tỉnh|huyện|xã|thành phố|thị xã)(?![\p{L}])/giu;

/**
 * «tiếp đột xuất tổng số 23 lượt, trong đó cấp tỉnh 06 lượt, cấp xã 17 lượt», «cấp tỉnh 14 lượt, cấp xã 52 lượt,
 * tổng cộng 66 lượt»: in a sentence that splits its figures by two levels or more («cấp tỉnh …, cấp xã …»), a number
 * written right after «tổng số»/«tổng cộng», in a clause (since the last «,» or «;») naming no level, is the levels'
 * whole, not the level named last before it. «Cấp xã: tổng số 75 lượt» (the level in its own clause) stays the level's.
 */
export function wholeOfLevels(text: string, start: number, end: number): boolean {
  return levelsOfWhole(text, start, end) !== null;
}

/** The levels whose whole the number is (wholeOfLevels), or null. */
function levelsOfWhole(text: string, start: number, end: number): ReadonlySet<number> | null {
  const s = sentenceAround(text, start, end);
  let prefix = text.slice(s.from, start);
  // «…, tổng cộng 66 lượt, chiếm 68,75%»: the share written right after the whole is the whole's share.
  const share = /%/u.test(text.slice(start, end + 2)) ? SHARE_OF_WHOLE.exec(prefix) : null;
  if (share) prefix = prefix.slice(0, share.index + share[1]!.length);
  if (!WHOLE_BEFORE.test(prefix)) return null;
  // Brackets closed before the number are asides («(sau đây gọi chung là cấp xã) đã tiếp tổng số 96 lượt»).
  const clause = prefix.replace(/\([^()]*\)/gu, (m) => " ".repeat(m.length)).split(/[,;(]/u).at(-1) ?? "";
  // «Cấp xã: tổng số 75 lượt» names its level in the clause; «lãnh đạo UBND tỉnh và UBND các xã đã tiếp tổng số …»
  // names several, a whole.
  const named = new Set([...clause.matchAll(ANY_LEVEL)].map((m) => levelOf(m[1]!)));
  if (named.size === 1 || (named.size === 0 && new RegExp(LEVEL_WORD.source, "iu").test(clause))) return null;
  const levels = new Set([...text.slice(s.from, s.to).matchAll(SPLIT_LEVEL)].map((m) => levelOf(m[1]!)));
  return levels.size >= 2 ? levels : null;
}

/**
 * The whole of a split by levels is another level's figure for a field of one level, not for a total, a field that
 * names no level, or one whose levels are the split's under their two names («Cấp huyện (cũ) và cấp xã: tổng cộng 64
 * lượt» for a figure «của UBND các huyện (từ 01/7/2025: cấp xã)»); null when the number is no such whole.
 */
export function wholeIsOtherLevel(text: string, start: number, end: number, field: FieldLevel): boolean | null {
  const levels = levelsOfWhole(text, start, end);
  if (levels === null) return null;
  return field.levels.length > 0 && !field.total && ![...levels].every((l) => field.levels.includes(l));
}

/**
 * The nearest level named before the number in its sentence (brackets closed before it do not count): a whole
 * («toàn huyện») is not a figure of one level unless the field is a total; a level the field does not name, or, when
 * it names none, a level below the reporting body («cấp xã» in a district's report), is another level's figure.
 */
export function isOtherLevel(text: string, start: number, end: number, own: number, field: FieldLevel): boolean {
  const s = sentenceAround(text, start, end);
  // Without a closing bracket nothing is blanked: the sentence is read as written.
  const written = text.slice(s.from, start);
  let prefix = written;
  if (written.includes(")")) {
    let depth = 0;
    const kept: string[] = [];
    for (let i = start - 1; i >= s.from; i--) {
      const ch = text[i]!;
      if (ch === ")") depth++;
      else if (ch === "(" && depth > 0) depth--;
      kept.push(depth > 0 ? " " : ch);
    }
    prefix = kept.reverse().join("");
  }
  // The look-behind is tried at every position: read only where «từ» is written.
  // A long sentence's window may open between the count and its «từ» («… 03 công chức | từ Phòng Tư pháp các huyện
  // …»): the origin is read with the words just before the window (held-out 1401).
  if (prefix.includes("từ")) {
    const back = s.from > 0 && start - s.from >= WINDOW ? Math.min(s.from, 60) : 0;
    prefix = (text.slice(s.from - back, s.from) + prefix).replace(ORIGIN, (m) => " ".repeat(m.length)).slice(back);
  }
  // «điều động 02 công chức đến UBND các phường …, cùng với đó tiếp nhận 01 công chức»: a statement joined to the
  // sentence by «, đồng thời» / «, cùng với đó» has its own level, as a new sentence would (clauseSpans.ts).
  prefix = fromLastJoint(prefix);
  let found = [...prefix.matchAll(LEVEL_WORD)].at(-1);
  // «điều động 02 công chức đến công tác tại UBND các xã; tiếp nhận 01 viên chức …»: a level named as where an earlier
  // clause's people went is no subject of the clause after its «;».
  if (found && DESTINATION_BEFORE.test(prefix.slice(Math.max(0, found.index - 12), found.index)) && prefix.slice(found.index).includes(";")) found = undefined;
  // «… tại Đảng ủy các xã, phường … là 02 đồng chí; số công chức mà Văn phòng đã tiếp nhận … là 01 đồng chí»: a level
  // a statement before the «;» named is no subject of the next statement's «là» (copulaStatement.ts). Not a lead-in
  // before a colon («… số liệu biên chế chung toàn tỉnh: năm 2026 tổng biên chế … là 3.846») nor a statement a comma
  // goes on from («tại Bộ phận một cửa cấp huyện, cấp xã … tiếp nhận mới 19.630 hồ sơ, hồ sơ trả trước … là 19.255»):
  // those name the level of what follows them.
  const statement = found ? copulaStatementStart(text, start) : null;
  if (found && statement !== null && text[statement - 1] === ";" && s.from + found.index < statement) found = undefined;
  if (!found) {
    // «- Bộ phận Một cửa 29 xã, thị trấn: tiếp nhận 5.974 hồ sơ»: a lead-in that counts communes names their level.
    const lead = LEAD_COUNT.exec(prefix);
    return lead !== null && (field.levels.length > 0 ? !field.levels.includes(levelOf(lead[1]!)) : levelOf(lead[1]!) > own);
  }
  // «lãnh đạo UBND tỉnh, các sở, UBND các huyện … là 40 lượt»: several levels named together make a whole.
  // «…, lãnh đạo UBND tỉnh, thủ trưởng các sở và Chủ tịch UBND các xã đã tiếp 96 lượt …, cụ thể: Chủ tịch UBND tỉnh …
  // 03 lượt; … UBND các xã, phường tiếp 82 lượt»: after a word that opens a breakdown, the levels the whole named
  // before it are no part's; each part names its own.
  const opener = [...prefix.matchAll(BREAKDOWN)].at(-1);
  // The parts after it are told apart by «;»: the number's own part is from the last of them.
  const parts = opener ? Math.max(opener.index + opener[0].length, prefix.lastIndexOf(";") + 1) : 0;
  if (found && found.index < parts && new Set([...prefix.slice(0, parts).matchAll(ANY_LEVEL)].map((m) => levelOf(m[1]!))).size > 1) found = undefined;
  if (!found) {
    const lead = LEAD_COUNT.exec(prefix);
    return lead !== null && (field.levels.length > 0 ? !field.levels.includes(levelOf(lead[1]!)) : levelOf(lead[1]!) > own);
  }
  const named = new Set([...prefix.slice(parts).matchAll(ANY_LEVEL)].map((m) => levelOf(m[1]!)));
  if (found[1] || found[4]) return !field.total;
  // …unless they are the field's own levels under their two names: «Cấp huyện (cũ) và cấp xã: tổng cộng 64 lượt» in
  // the month local government changed hands, for a figure «của UBND các huyện (từ 01/7/2025: cấp xã)».
  if (named.size > 1) return !field.total && !(field.levels.length > 1 && [...named].every((l) => field.levels.includes(l)));
  const level = levelOf(found[3]!);
  return field.levels.length > 0 ? !field.levels.includes(level) : level > own;
}

/**
 * A figure the form plans («dự kiến kiểm tra») is not what the office has already done («đã kiểm tra») when the
 * document states a plan with a number elsewhere; a report that only says what was done gives that as the figure.
 */
export function isDoneForPlanned(text: string, start: number, end: number, plans: boolean): boolean {
  if (!plans) return false;
  const s = sentenceAround(text, start, end);
  // The plan words are looked for in the number's clause: «năm 2025 đã kiểm tra … tại 04 đơn vị; quý I năm 2026 dự
  // kiến kiểm tra 01 đơn vị» states what was done, then the plan, in one sentence.
  const semi = lastIndexWithin(text, ";", start - 1, s.from);
  const from = semi >= s.from ? semi + 1 : s.from;
  const next = text.indexOf(";", end);
  const clause = text.slice(from, next !== -1 && next < s.to ? next : s.to);
  return /(?<![\p{L}])đã(?![\p{L}])/iu.test(text.slice(s.from, start)) && !/dự kiến|kế hoạch|(?<![\p{L}])sẽ(?![\p{L}])/iu.test(clause);
}
