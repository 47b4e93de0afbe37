/**
 * Every number of the text that could be a figure, with the words that describe it: the words just before it
 * (since the previous figure or the start of the clause), the words just after it (its unit: "130 hồ sơ trễ hạn"),
 * the rest of its clause, and where it stands (the paragraph's lead-in, the list's introduction, the headings above,
 * a table's row label and column header). Sentence order does not matter: "tiếp nhận 81 hồ sơ" and "81 hồ sơ được
 * tiếp nhận" describe 81 with the same words.
 */
import { withoutNextLabel } from "./nextLabel";
import type { Heading } from "../headings";
import type { NumberToken } from "../numbers";
import { bulletLead } from "./bulletLead";
import { directionWords } from "./moveDirection";
import { staffPairWords } from "./staffPairs";
import { passiveActWords } from "./passiveAct";
import { headingNumber, percentCell } from "./layout";
import { labelledPercent } from "./percentLabel";
import { otherPeriodCell, ownPeriodOrTimeless, TOTAL_LABEL, tableCell } from "./tableGrid";
import type { OwnPeriod } from "./earlierColumn";
import { subjectOfChange } from "./levelAfterChange";
import { headerUnit, rowLabelWords } from "./tableWords";
import { valuesOnly } from "./valueHeader";
import { features, syllables, unitAt } from "./words";
import { measuredAt } from "./measureWords";
import { ANYONE, PEOPLE, POSTS } from "./score";
import { clauseOf, commaAfter, hardBoundaries } from "./clauseSpans";
import { figureComma } from "./joinedUnits";
import { haveListLead } from "./haveList";
import { share } from "./sharedWords";
import { overTotalAt, percentBaseAt, withoutBaseBefore } from "./overTotal";
import { subjectBeforeAside, whereFeatures } from "./placeWords";
import { markLead, notesReader, type EndNote } from "./endNotes";
import { approximate, dateInLabel, isYear, yearInLabel } from "./yearsAndRounded";
import { answerBare, readQuestions, type Questions } from "./questionAbove";
import { refersElsewhere } from "./referredAnswer";
import { namedNotAsDataYear } from "./yearOfFigures";
import { lastIndexWithin } from "./lastIndexWithin";
import { labelFirstLead } from "./labelFirstLead";
import { copulaSubject, wholeBeforeCopula } from "./copulaStatement";

export interface Candidate {
  token: NumberToken | ZeroToken;
  /** Feature → weight (1 right beside the number, less farther away). */
  near: Map<string, number>;
  clause: ReadonlySet<string>;
  context: ReadonlySet<string>;
  /** The known unit written right after the number, if any. */
  unit: string | null;
  /** A year ("năm 2025", "2021 - 2026"), not a count. */
  yearLike: boolean;
  /** A year named as what is compared with, a span's end or a term's («so với biên chế năm 2025»): no figure's year. */
  notDataYear?: boolean;
  /** Written as a change ("giảm 46 lượt", "tăng 12"): a difference, not the count itself. */
  change: boolean;
  /** The whole of a fraction ("26/29 lượt"): a total, never a part. */
  whole: boolean;
  /** A table cell in a row that adds up with the others to a «Tổng cộng» row: its row label's features. */
  part?: { label: ReadonlySet<string>; checked: boolean };
  /** A table cell of another period's column or row («Cùng kỳ», «Quý trước», «Lũy kế»). */
  otherPeriod?: boolean;
  /** A table cell's row label, when it says where the figure stands («Bộ phận một cửa VP | 126 | 118»): its features. */
  rowPlace?: ReadonlySet<string>;
  /** Inside a question that asks a count, its answer under it (questionAbove.ts): a qualifier, never the count. */
  asked?: boolean;
  /** A bare answer under its question (questionAbove.ts): the question's words, its label. */
  answers?: readonly string[];
}

/** "Không có người bị xử lý": the words for zero, a candidate for fields whose definition names them. */
export interface ZeroToken {
  start: number;
  end: number;
  text: string;
  kind: "zero";
  value: 0;
}

/** Words that make the number after them a change ("giảm 46 lượt"), not a count. */
export const CHANGE: ReadonlySet<string> = new Set(["tăng", "giảm", "thêm", "bớt"]);
const NEAR_LEFT = 8;
/** The syllables before a number that say no more than «là» («tổng cộng là», «được ghi nhận là»). */
const THIN_LEFT = 3;
const NEAR_RIGHT = 5;
const ZERO = /(?<![\p{L}])(không có|không phát sinh|chưa phát sinh|không)(?![\p{L}])|(?<=:[ \t]*)[—–](?=[ \t]*(?:[.;,]|$))/gimu;

/**
 * «Phòng Khoa giáo - Văn xã 01», «- Phòng Kinh tế: 04»: a label opening with the kind of a body and then its name in
 * capitals names one room; the count after it counts what its line counts (Phó Trưởng phòng, chuyên viên), not rooms.
 * («Trưởng phòng Tổng hợp: 01» names a post: a person, read as its unit still.) A line naming no person or post
 * keeps the room's kind as the unit, as before.
 */
const NAMED_BODY = /^[\s(\-–+•*]*(?:Phòng|Đơn vị|Tổ chức)\s+\p{Lu}/u;

function namesBody(label: string): boolean {
  return NAMED_BODY.test(label);
}

/** «… với các phòng, đơn vị:» ending a line's label: whom a meeting was held with. */
const PARTNER_UNITS = /(?<![\p{L}])với[ \t]+(?:các[ \t]+)?(?:phòng|đơn vị|sở|ban|ngành|cơ quan|địa phương)(?:[ \t]*,[ \t]*(?:phòng|đơn vị|sở|ban|ngành|cơ quan|địa phương))*[ \t]*(?=:[ \t]*$)/iu;

/**
 * «thuộc Văn phòng», «thuộc Sở» right after a unit of people: whose they are, then more words. Not «của Sở»: «01 công
 * chức của Sở đến nhận công tác tại UBND xã» reads the owner as where the person left, and «04 cá nhân của Văn phòng
 * được Đảng ủy xã tặng Giấy khen» names the giver after it: there the owner keeps the words after it at their distance.
 */
const OWNERS = [["văn", "phòng"], ["sở"], ["cơ", "quan"], ["đơn", "vị"]];
function ownPeople(right: readonly string[], unitLength: number): number {
  if (unitLength === 0 || !peopleUnit(right.slice(0, unitLength)) || right[unitLength] !== "thuộc") return 0;
  const owner = OWNERS.find((o) => o.every((w, i) => right[unitLength + 1 + i] === w));
  return owner !== undefined && right.length > unitLength + 1 + owner.length ? 1 + owner.length : 0;
}

/**
 * What a breakdown by rooms counts: the last person or post written before it on its line («Bổ nhiệm Phó Trưởng
 * phòng: 03, gồm Phòng …: 02», «… Chuyên viên chuyển về …: 07, gồm Phòng …: 03»), none when the line names none.
 * Asked only of the counts after a room's name, which are few.
 */
function brokenDownUnit(before: string): string | null {
  const sylls = syllables(before);
  for (let i = sylls.length - 1; i >= 0; i--) {
    let found = unitAt(sylls.slice(i));
    if (found === null) continue;
    // The longest unit ending there: «phó trưởng phòng», not «trưởng phòng» nor «phòng».
    for (let j = i - 1, longer = j >= 0 ? unitAt(sylls.slice(j)) : null; longer !== null && longer.length > found.length; j--, longer = j >= 0 ? unitAt(sylls.slice(j)) : null) found = longer;
    if (PEOPLE.has(found) || POSTS.has(found) || ANYONE.has(found)) return found;
  }
  return null;
}

/**
 * The words of a figure-first line's first item («- 02 cao cấp lý luận chính trị; 19 trung cấp; …»: «cao cấp lý luận
 * chính trị»), for a count opening a later item after «;»; "" elsewhere. The line opens with its bullet and a count,
 * and every item up to the number opens with a count too.
 */
export function figureFirstLead(text: string, lineStart: number, at: number): string {
  const before = text.slice(lineStart, at);
  const first = /^[ \t]*(?:[-+•*–][ \t]*)?\d[\d.,]*[ \t]+([^;:()\n\d]+?)[ \t]*(?:\([^()\n]*\))?[ \t]*;/u.exec(before);
  if (!first || !/;[ \t]*$/u.test(before)) return "";
  const items = before.slice(first[0].length).split(";").slice(0, -1);
  return items.every((item) => /^[ \t]*\d/u.test(item)) ? first[1]! : "";
}

/** A unit of people («Người», «Đồng chí», «Cá nhân»): any count of people, no figure's own. */
function peopleUnit(sylls: readonly string[]): boolean {
  const unit = unitAt(sylls);
  return unit !== null && (PEOPLE.has(unit) || ANYONE.has(unit));
}

export function findCandidates(
  text: string,
  tokens: readonly NumberToken[],
  headings: readonly Heading[],
  withZeros: boolean,
  period?: OwnPeriod,
): Candidate[] {
  const boundaries = hardBoundaries(text);
  const figures = tokens.flatMap((t) =>
    headingNumber(text, t) || approximate(text, t)
      ? []
      : [labelledPercent(text, t) ?? percentCell(text, t)[0] ?? (t.kind !== "other" ? t : undefined)].filter((f) => f !== undefined),
  );
  const all: Array<NumberToken | ZeroToken> = [...figures];
  if (withZeros) {
    for (const m of text.matchAll(ZERO)) all.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: "zero", value: 0 });
    all.sort((a, b) => a.start - b.start);
  }
  const cache: Cache = { clauses: new Map(), places: new Map(), questions: readQuestions(text), notes: notesOf(text), ...(period === undefined ? {} : { period }) };
  // «Biên chế công chức năm 2024 được UBND tỉnh giao cho Văn phòng là 64»: a year inside the words before a figure
  // is part of its label, not a figure that takes those words from it; so is a cutoff date ending a label before its
  // colon («có mặt đến ngày 14/6/2026: 702»).
  let before: NumberToken | ZeroToken | undefined;
  return all.map((token, i) => {
    const described = describe(text, token, before, all[i + 1], boundaries, headings, cache);
    if (!yearInLabel(text, token) && !dateInLabel(text, token)) before = token;
    return described;
  });
}

/**
 * The body that allotted a figure, before «giao»: after «được»/«do», or as the subject («Năm 2026, UBND tỉnh giao …»,
 * «UBND tỉnh giao 58 biên chế»); not «Văn phòng UBND tỉnh giao …», the office itself.
 */
export const AGENT = /(?<![\p{L}])(?<!Văn phòng\s)(được|do|)\s*(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân|cấp có thẩm quyền|Bộ Nội vụ)(?:\s+(?:tỉnh|thành phố|huyện|xã|phường))?\s+(?=giao(?![\p{L}]))/giu;

/** Figures of one clause share its words, and figures of one line their place: read once (linear time). */
interface Cache {
  clauses: Map<number, ReadonlySet<string>>;
  places: Map<string, ReadonlySet<string>>;
  /** The document's questions and the lines answering them (questionAbove.ts). */
  questions: Questions;
  /** The notes typed after the body (endNotes.ts). */
  notes: readonly EndNote[];
  /** The report's own period, when read from its title: a table's unit column speaks only for its cells (candidates.ts unitCell). */
  period?: OwnPeriod;
}

/** Allotted right before the number: «(được) giao 28 …». */
const ALLOTTED_WORKERS = /(?<![\p{L}\p{M}])giao[^\S\n]+(?:là[^\S\n]+)?$/iu;
/** The number's noun is the units' people and nothing else of its clause names another kind («28 người làm việc,»). */
const WORKERS_AFTER = /^[^\S\n]+người làm việc(?![\p{L}\p{M}])[^\S\n]*(?:[,;.)(\n]|$)/iu;

/** The sentence before `at` opens with «riêng» (this one apart) or names one unit «trong đó»: a part, not the whole. */
function singledOut(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const from = Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". "), before.lastIndexOf(";"));
  return /(?<![\p{L}\p{M}])(?:riêng|trong đó)(?![\p{L}\p{M}])/iu.test(before.slice(from + 1));
}

/** The text's notes, read once per text (findCandidates is asked of one text, a token at a time by periodAside.ts). */
const notesOf = notesReader();

function describe(
  text: string,
  token: NumberToken | ZeroToken,
  previous: NumberToken | ZeroToken | undefined,
  next: NumberToken | ZeroToken | undefined,
  boundaries: readonly number[],
  headings: readonly Heading[],
  cache: Cache,
): Candidate {
  const clause = clauseOf(boundaries, token.start, text.length);
  let leftFrom = clause.from;
  let before: string | null = null;
  /*
   * A fraction "46/55 biên chế được giao", "đất đai 26/29 lượt tiếp": the words before describe the part (46, 26),
   * the words after the whole (55, 29) — the part keeps only the unit.
   */
  // …and a part over its whole in words, «27.538 trên tổng số 28.436 hồ sơ» (overTotal.ts).
  // …and the whole set in an aside before «là», «…, trên tổng số 66 lượt, là 49/66 lượt» (copulaStatement.ts).
  const whole = (previous !== undefined && (text.slice(previous.end, token.start) === "/" || (token.kind === "count" && overTotalAt(text.slice(previous.end, token.start), text.slice(token.end, token.end + 30)) !== -1))) || (token.kind === "count" && wholeBeforeCopula(text, token.start, token.end));
  const over = next !== undefined && next.kind === "count" ? overTotalAt(text.slice(token.end, next.start), text.slice(next.end, next.end + 30)) : -1;
  const part = next !== undefined && (text.slice(token.end, next.start) === "/" || over !== -1);
  if (whole) {
    leftFrom = token.start;
    before = "";
  } else if (previous && previous.end > clause.from) {
    // The previous figure's own words ("81 hồ sơ, đã giải quyết 77") end at the first comma after it.
    // …a comma pairing two names of its unit left out: «06 phòng, đơn vị trực thuộc và 02 …» (joinedUnits.ts).
    const comma = figureComma(text, previous.end, token.start);
    if (comma < token.start) leftFrom = comma + 1;
    else before = share(text, previous, token, clause.to).second;
  }
  // Words after a colon introduce what follows ("Biên chế năm 2026: công chức giao 55"), they do not describe it.
  const colonAt = text.indexOf(":", token.end);
  const rightTo = Math.min(clause.to, figureComma(text, token.end, clause.to), colonAt === -1 ? clause.to : colonAt);
  const unitOfWhole = () => (next ? (unitAt(syllables(text.slice(next.end, commaAfter(text, next.end, clause.to)))) ?? "") : "");
  // «22 công chức trên tổng số 24»: the part's unit is written before «trên»; «27.538 trên tổng số 28.436 hồ sơ» after the whole.
  const ownUnit = over > 0 && syllables(text.slice(token.end, token.end + over)).length > 0 ? text.slice(token.end, token.end + over) : null;
  let ownRight = part
    ? (ownUnit ?? unitOfWhole())
    : next && next.start < rightTo
      ? share(text, token, next, clause.to).first
      : text.slice(token.end, rightTo);
  // «chiếm 18,13% trên tổng số hồ sơ đã giải quyết»: the base of a share is not what it is a share of (overTotal.ts).
  if (token.kind === "percent" && percentBaseAt(ownRight) !== -1) ownRight = "";
  // «trung cấp: 38 Đang học cao cấp: 03» (a table cell's paragraphs read as one line): words opening with a capital
  // and ending at a colon before the next number are that number's label, not this one's words.
  else if (colonAt === rightTo && !part) ownRight = withoutNextLabel(text, ownRight, colonAt);
  const right = syllables(ownRight);
  before ??= text.slice(leftFrom, token.start);
  // «Giao ban Lãnh đạo Ban với các phòng, đơn vị: 13 cuộc»: who a meeting was held with, ending a line's label, says
  // nothing of what is counted; the units' names would only thin the label's words.
  before = before.replace(PARTNER_UNITS, " ");
  // «Tỷ lệ … trên tổng số hồ sơ đã giải quyết đạt 99,21%»: the base named before a share is not what it is a share of.
  if (token.kind === "percent") before = withoutBaseBefore(before);
  // «được UBND tỉnh giao cho Văn phòng là 64», «được cấp có thẩm quyền giao 55»: who allotted it is no word of what;
  // «UBND tỉnh giao 58 biên chế», the allotting body as the subject, reads as «được giao 58».
  before = before.replace(AGENT, (_, agent: string) => `${agent || "được"} `);
  // "Lý luận chính trị: 02 cử nhân, 28 cao cấp": words before a colon introduce the list, unless nothing follows
  // the colon ("Tiếp nhận: 81 hồ sơ"), when they are the figure's label.
  const colon = before.lastIndexOf(":");
  const afterColon = colon === -1 ? [] : syllables(before.slice(colon + 1));
  // …and unless the number is the only one after the colon ("Điều động đi: 01 Phó Chánh Văn phòng."): a list has two.
  const onlyOne = next === undefined || next.start >= clause.to;
  const described = right.length > (unitAt(right)?.split(" ").length ?? 0) && !onlyOne;
  const lead = colon !== -1 && (afterColon.length > 0 || described) ? syllables(before.slice(0, colon)) : [];
  let left = colon !== -1 && lead.length > 0 ? afterColon : syllables(before);
  // Later items of the same list keep its introduction: "…: 02 cử nhân, 28 cao cấp".
  const listColon = text.slice(clause.from, leftFrom).indexOf(":");
  if (colon === -1 && listColon !== -1) lead.push(...syllables(text.slice(clause.from, clause.from + listColon)));
  // …and those of a list opened by «X có»: «lý luận chính trị có 01 cao cấp và 07 trung cấp» (haveList.ts).
  else if (colon === -1 && token.kind === "count") lead.push(...haveListLead(text, clause.from, token.start));
  // …and so do items after «;» on the list's own line: «+ Biên chế năm 2026: CC giao 64, có mặt 59; SN giao 18».
  const lineStart = text.lastIndexOf("\n", token.start - 1) + 1;
  // A lead-in is words (a year at most): «tổng số hồ sơ tiếp nhận 12.530 hồ sơ (trong đó: …); đã giải quyết 90» has a
  // figure and a bracket's colon before its «;», no introduction.
  // The list may open a later sentence of the line: «… (31/180). Lý luận chính trị: Cao cấp 18; Trung cấp 41».
  const sentence = Math.max(lineStart, lastIndexWithin(text, ". ", clause.from - 1, lineStart) + 2);
  // The line may open with its item's mark: «c) Trình độ lý luận chính trị: cử nhân 03 người; cao cấp 29 người; …».
  const lineLead = /^\s*(?:(?:[a-zđ]|\d{1,2})[.)][ \t]+)?([^:;\n()]{2,60}:)(?=[^:]*;)/u.exec(text.slice(sentence, clause.from));
  const wordsOnly = lineLead !== null && !/\d/u.test(lineLead[1]!.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/gu, ""));
  // …unless the colon's own answer points to another report («…: như báo cáo quý trước; nâng bậc lương …», referredAnswer.ts).
  const answeredThere = wordsOnly && refersElsewhere(/^[^;\n]*/u.exec(text.slice(sentence + lineLead[0].length))![0]);
  if (colon === -1 && listColon === -1 && wordsOnly && !answeredThere && clause.from > sentence) lead.push(...syllables(lineLead[1]!));
  // «- 02 cao cấp lý luận chính trị; 19 trung cấp; 02 đang học trung cấp.»: a line of counts written first, each item
  // after «;» opening with its count, says once what the items are; the first item's words are the later ones' lead.
  if (colon === -1 && listColon === -1) lead.push(...syllables(figureFirstLead(text, lineStart, token.start)));
  // «Cao cấp lý luận chính trị 35; trung cấp 27»: a later item names only the sibling kind (labelFirstLead.ts).
  if (colon === -1 && listColon === -1 && token.kind === "count") lead.push(...syllables(labelFirstLead(text, sentence, token.start)));
  const near = new Map<string, number>();
  const put = (sylls: string[], weight: number) => {
    for (const f of features(sylls)) near.set(f, Math.max(near.get(f) ?? 0, weight));
  };
  // "Tổ chức trực thuộc (05)": a number alone in brackets is described by the words before them.
  // So is a count with its unit in brackets after a percentage: "trả đúng hạn chiếm 88,10% (74 hồ sơ)".
  const unitOnly = unitAt(right) !== null && right.length === unitAt(right)!.split(" ").length;
  const bracketed = /\(\s*$/.test(text.slice(Math.max(0, token.start - 3), token.start));
  // «đã giải quyết (8.802; 96,24%)»: a count in brackets with only its share beside it is as alone as «(6.117)».
  const alone = /^\s*(?:[;,]\s*\d[\d.,]*(?:\s?%|\s+phần\s+trăm)\s*)?\)/iu.test(text.slice(token.end, token.end + 24));
  // …and a count with only its unit alone in a bracket after any words: «trễ hạn rất ít (29 hồ sơ, khoảng 0,3%)»,
  // «đã giải quyết khoảng 92% (10.087 hồ sơ)» — the rounded figure before it is no candidate, the words are its.
  const closes = unitOnly && /^[^()]*\)/.test(text.slice(token.end, token.end + 40));
  // A number alone in brackets with words after it («(34) thạc sĩ») is described by those (loneBrackets.ts).
  if (left.length === 0 && bracketed && ((alone && right.length === 0) || closes)) {
    const open = text.lastIndexOf("(", token.start);
    left = syllables(text.slice(clauseOf(boundaries, open, text.length).from, open)).slice(-NEAR_LEFT);
  }
  // An answer under its question (questionAbove.ts): a bare answer («01 xã - …», «Trả lời: 05 cuộc.») is labelled by
  // the question as «Question: 01 xã» would be; an answer with words of its own («Được giao 41 người, hiện có 37»)
  // keeps them nearest and reads the question as its lead-in. A bullet's items have that lead-in already (placeWords).
  const question = cache.questions.above(lineStart);
  const bare = question !== null && answerBare(text, lineStart, token.start);
  // An outline's copied request (outlineRequests.ts) may name several matters at once. It labels a bare answer that
  // says nothing more than its number and unit («Trả lời: không.», «→ Không có.», «Trả lời: 13 cuộc»); a bare answer
  // that names what it counts («→ 06 tổ chức trực thuộc») takes it as a lead-in only, and an answer in sentences of
  // its own says what each of its numbers is.
  if (question !== null && cache.questions.requested(lineStart)) {
    const named = token.kind !== "zero" && right.length > (unitAt(right)?.split(" ").length ?? 0);
    if (bare && !named) left = question;
    else if (bare) lead.push(...question);
  } else if (question !== null) {
    if (bare) left = question;
    else if (!/^[ \t]*[-+*•–]/u.test(text.slice(lineStart, lineStart + 4))) lead.push(...question);
  }
  // A note typed after the body is read where its mark is: its mark's sentence opens it, as a list's introduction
  // opens its items (endNotes.ts).
  lead.push(...syllables(markLead(text, cache.notes, token.start)));
  // "từ 15/12/2025 đến 14/3/2026" says "từ ngày … đến ngày …": the day is implied before a date.
  if (token.kind === "date" && ["từ", "đến", "tới"].includes(left.at(-1) ?? "")) left = [...left, "ngày"];
  // A table cell: its row's label and its column's header say what it is, as much as words beside it would.
  const row = tableCell(text, token);
  let wholeLabel = false;
  let rowPlace: Set<string> | undefined;
  if (row) {
    // «Tổng cộng» says the row is a sum, not what is summed: the column says that.
    if (left.length === 0 && row.role !== "total") {
      left = syllables(rowLabelWords(row.label));
      // A row's label is one name for its cells, not a sentence whose nearest words count most: all of it is beside
      // the number («Phản ánh, kiến nghị về quy định hành chính đã xử lý⇥09»).
      wholeLabel = true;
    }
    rowPlace = new Set(features(syllables(row.label)));
    // Under a group («Đã giải quyết» over «Tổng số | Sớm hạn | Đúng hạn») the sub-header is what sets the column
    // apart, as near as a word beside the number; a «Tổng số» sub-column is the group's own figure.
    // A header that names only the column's values («Kết quả thực hiện quý I/2025») describes no number (valueHeader.ts).
    const header = valuesOnly(row.header) ? "" : row.header;
    // A total row's label («Cộng») says nothing of what is summed: its column's header is all that describes the cell,
    // as near as a row's label would.
    if (row.group === "") put(syllables(header), TOTAL_LABEL.test(row.label.trim()) ? 1 : 0.8);
    else if (TOTAL_LABEL.test(row.header)) put(syllables(row.group), 0.8);
    else {
      put(syllables(header), 1);
      put(syllables(row.group), 0.8);
    }
    // A cell is its row's label said of its column's header, «Viên chức | Được giao» as «viên chức được giao»: a phrase
    // of the reports' language split between the two (words.ts SYNONYMS: who fills the units' quota, «viên chức», and
    // «được giao» is that quota) says what the cell is, as it would written whole; read apart, neither half does. Only
    // where such a phrase spans them, so no other table gains words. An aside in the label's brackets («Viên chức (đơn
    // vị sự nghiệp)») stands between them unread.
    if (wholeLabel && header.trim() !== "") {
      const bare = rowLabelWords(row.label).replace(/\([^()]*\)/gu, " ");
      const joined = syllables(`${bare} ${header}`);
      if (joined.join(" ") !== [...syllables(bare), ...syllables(header)].join(" ")) put(joined, 1);
    }
    // The header above the row labels names what they are: «Loại biên chế» over «Sự nghiệp».
    put(syllables(row.labelHeader), 0.6);
    // An outline answered in a table («Nội dung theo Đề cương | Kết quả»): the row's question is the lead-in of a
    // cell that has words of its own («Biên chế công chức năm 2025 (giao/có mặt) | Được giao 48; có mặt 44»).
    if (row.question !== undefined) lead.push(...syllables(row.question));
  }
  put(lead, 0.6);
  if (!previous || previous.end <= clause.from) put(subjectBeforeAside(text, clause.from, boundaries), 0.6);
  put(syllables(bulletLead(text, text.lastIndexOf("\n", token.start - 1) + 1)), 0.6);
  put(left.slice(0, -NEAR_LEFT), wholeLabel ? 1 : 0.6);
  put(left.slice(-NEAR_LEFT), 1);
  // «Số … (Quyết định số …, ngày …), là 58 biên chế»: the subject of «là» names what the number counts (copulaStatement.ts).
  const subject = token.kind === "count" ? copulaSubject(text, token.start) : null;
  // Where the words before the number are «là» and little more, the subject is all that names it, as near as words
  // beside it; past a longer label it adds less than those, so that a long subject's names of the office or the
  // centre do not weigh as words of another figure (score.ts foreignShare reads only the nearest).
  if (subject) {
    put(subject.rest, 0.6);
    put(subject.head, left.length <= THIN_LEFT ? 1 : 0.9);
  }
  // «thạc sĩ tăng 03 người so với quý trước, nâng tổng số lên 47 người»: the change's subject is the level's (levelAfterChange.ts).
  put(subjectOfChange(text, previous, token), 1);
  // «điều động 02 công chức về Sở Nội vụ»: the body named after a move says which way it went (moveDirection.ts).
  const direction = token.kind === "count" ? directionWords(text, clause.from, token.start, token.end) : [];
  put(direction, 1);
  // «… 01 Phó Chánh Văn phòng đến nhận nhiệm vụ … Sở Xây dựng»: that «đến» is where the person went, not «điều động đến».
  if (direction.at(-1) === "đi") for (const f of [...near.keys()]) if (f.split(" ").includes("đến")) near.delete(f);
  // «công chức được giao (45), có mặt (39)»: a present figure is its group's, the figure before it the quota (staffPairs.ts).
  put(staffPairWords(text, token, previous, next), 1);
  // «Trung tâm được giao 28 người làm việc»: people allotted to a unit are the law's «số lượng người làm việc», the
  // units' quota (Nghị định 106/2020/NĐ-CP), as «giao 55 biên chế công chức» is a body's; read bare, «người làm việc»
  // is any staff (words.ts SYNONYMS: «biên chế»), which left the quota to neither kind.
  // A unit singled out («Riêng Bệnh viện … được giao 1.246 người làm việc») is a part of the units' quota, not it.
  if (token.kind === "count" && ALLOTTED_WORKERS.test(text.slice(Math.max(leftFrom, token.start - 24), token.start)) && WORKERS_AFTER.test(text.slice(token.end, token.end + 40)) && !singledOut(text, token.start)) put(["biên", "chế", "sự", "nghiệp"], 1);
  // «02 viên chức của Trung tâm … được biệt phái về …»: the act befalling the people counted (passiveAct.ts).
  if (token.kind === "count") put(passiveActWords(text, token.end, clause.to), 1);
  // A table's «Đơn vị tính» cell is the unit written after the row's number: «Đã giải quyết⇥Hồ sơ⇥2.251». «Người»
  // says only that people are counted, as most of an office's figures do: it tells no figure from another. The unit
  // is the row's, not the period's: beside columns of periods it is written only for the report's own period, so it
  // lifts no cell of last month's, of a month further back or of the quarter's «Cộng» (tableGrid.ts ownPeriodOrTimeless).
  const unitCell = row?.unitCell === undefined || peopleUnit(syllables(row.unitCell)) || !ownPeriodOrTimeless(row, cache.period) ? [] : syllables(row.unitCell);
  put(unitCell, 1);
  // The unit does not use up the words that say what is counted: "02 đồng chí có bằng cử nhân chính trị".
  const unitLength = unitAt(right)?.split(" ").length ?? 0;
  // Nor does whose they are: «04 cá nhân thuộc Văn phòng có thành tích phục vụ kỳ họp HĐND»: the reporting body's own
  // people, as most of its figures count; what they were counted for follows (ownPeople).
  const owner = ownPeople(right, unitLength);
  const ownWords = owner === 0 ? right : [...right.slice(0, unitLength), ...right.slice(unitLength + owner)];
  const reach = NEAR_RIGHT + unitLength;
  put(ownWords.slice(reach), 0.6);
  put(ownWords.slice(0, reach), 1);
  let clauseSet = cache.clauses.get(clause.from);
  if (!clauseSet) cache.clauses.set(clause.from, (clauseSet = new Set(features(syllables(text.slice(clause.from, clause.to))))));
  const lineFrom = text.lastIndexOf("\n", token.start - 1) + 1;
  const leadEnd = /[:;]/.exec(text.slice(lineFrom, token.start));
  const placeKey = `${lineFrom}:${leadEnd ? lineFrom + leadEnd.index : token.start}`;
  // One set per place, shared by its figures: nothing changes a candidate's context once described.
  let context = cache.places.get(placeKey);
  if (!context) cache.places.set(placeKey, (context = new Set(whereFeatures(text, token.start, headings, cache.notes))));
  // The unit is what follows the number, or what the label before it starts with ("Trưởng phòng …: 01").
  const change = CHANGE.has(syllables(text.slice(Math.max(leftFrom, token.start - 12), token.start)).at(-1) ?? "");
  // A part of a total column is named by its column's header (a site), not by its row's label (tableGrid.ts).
  const partOf = row?.role === "part" ? { label: new Set(features(syllables(row.partName ?? row.label))), checked: row.checked } : undefined;
  // «84 lượt người» counts people, «240 lượt hồ sơ» and «7.315 bộ hồ sơ» files: the unit the measure word measures.
  const unit = measuredAt(text, token.end)?.unit ?? unitAt(right);
  const leftUnit = unit ?? ((namesBody(text.slice(leftFrom, token.start)) ? brokenDownUnit(text.slice(lineFrom, leftFrom)) : null) ?? unitAt(left));
  const read: Candidate = { token, near, clause: clauseSet, context, unit: leftUnit ?? unitAt(unitCell) ?? (row ? headerUnit(row.header) : null), yearLike: isYear(token, left, text), change, whole, part: partOf, otherPeriod: row !== null && otherPeriodCell(text, token), rowPlace };
  if (read.yearLike && namedNotAsDataYear(text, token)) read.notDataYear = true;
  if ((token.kind === "count" || token.kind === "percent") && cache.questions.asks(lineStart)) read.asked = true;
  if (bare) read.answers = question;
  return read;
}

