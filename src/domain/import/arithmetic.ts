/**
 * Arithmetic outside the form: sentences that state a total and its parts are checked even when no field of the form
 * covers them, as warnings quoting the sentence. When the parts are meant to add up is decided from the words
 * (docs/import-and-check.md, «Phép cộng trong câu»):
 *
 * - a breakdown introduced by «gồm», «bao gồm», «chia ra», «cụ thể», or a bracket right after the total listing two
 *   or more counts («221 đơn (196 khiếu nại, 25 tố cáo)»): the parts are the whole, they must add up exactly;
 * - «trong đó» lists parts that may be only some of the whole: flagged only when they exceed the total, or fall short
 *   of it by less than 5 % (a near miss is a slip; a big gap is a subset);
 * - «tiếp nhận X …; đã giải quyết Y …; đang giải quyết Z» in one sentence: X must be Y + Z, or Y + Z plus the overdue
 *   or the withdrawn count written beside them («trễ hạn 130», «rút và trả lại 241»), or both — offices count each
 *   either way;
 * - never: counts of another unit («15 cơ quan … 1.598 hồ sơ»), brackets that compare with another period («năm
 *   2019», «cùng kỳ», «quý II: …», «lũy kế …») or hold a ratio («1.012 lượt/1.091 lượt người»), percentages, and statements whose numbers are
 *   all figures of the form (its own rules check those).
 */
import { formatCount } from "../vnNumber";
import { unitAt, syllables } from "./meaning/words";
import { findNumbers, type NumberToken } from "./numbers";
import { namedUnit, partsCounting } from "./arithmeticUnits";
import { checkTableSums } from "./tableSums";
import { lineAt, lineStarts, quote } from "./text";
import type { TextProblem } from "./types";

interface Count {
  token: NumberToken;
  unit: string | null;
}

const NEAR_MISS = 0.05;
const ORDINAL_WORDS = new Set(["độ", "điều", "khoản", "mục", "lần", "thứ", "số", "mức", "cấp", "loại", "đoạn", "quý", "tháng", "năm", "khóa", "khoá", "phần"]);
/** Places numbered by name, right before the number: «khu phố 1, 3, 5 và 7», «KP 3, 7, 12», «tổ 2», «ấp 4», «thôn 6». */
const PLACE_NAMED = /(?<![\p{L}\p{M}])(?:khu phố|kp|tổ dân phố|tdp|tổ|ấp|(?<!nông )thôn|xóm|khóm|khu|(?<!(?:xuất|văn|phiên) )bản|đội)[ \t]*$/iu;
/** After a name, the list goes on or ends: no words of the number's own («xuất bản 41 hồ sơ» counts files). */
const NAME_ENDS = /^\s*(?:$|[^\p{L}\s]|và(?![\p{L}]))/u;

export function checkArithmetic(text: string, formFigures: ReadonlySet<number> = new Set()): TextProblem[] {
  const starts = lineStarts(text);
  const counts = findNumbers(text)
    .filter((t) => t.kind === "count")
    .map((token): Count => ({ token, unit: unitAt(syllables(text.slice(token.end, token.end + 40))) }));
  const named = numberedNames(text, counts);
  const problems: TextProblem[] = [];
  const reported = new Set<number>();
  const report = (total: Count, parts: Count[], how: string) => {
    const sum = parts.reduce((acc, p) => acc + p.token.value, 0);
    // One statement, one warning: a received/resolved split that is also a «trong đó» breakdown is said once.
    if (reported.has(total.token.start) || [total, ...parts].every((c) => formFigures.has(c.token.start))) return;
    reported.add(total.token.start);
    // The statement itself, not the whole paragraph: from a little before the total to the end of its parts.
    const from = Math.max(sentenceStart(text, total.token.start), wordBoundary(text, total.token.start - 70));
    const to = Math.min(sentenceEnd(text, parts.at(-1)!.token.end), parts.at(-1)!.token.end + 40);
    const line = lineAt(starts, total.token.start);
    const terms = parts.map((p) => p.token.text).join(" + ");
    problems.push({
      key: `arithmetic.sum:${line}:${total.token.text}`,
      severity: "warning",
      lines: [...new Set([line, lineAt(starts, parts.at(-1)!.token.start)])],
      message: `Câu «${from > 0 && text[from - 1] !== "\n" ? "…" : ""}${quote(text.slice(from, to), 160)}» ${how} ${total.token.text}, nhưng ${terms} = ${formatCount(sum)} (chênh ${formatCount(Math.abs(sum - total.token.value))}).`,
    });
  };

  for (let i = 0; i < counts.length; i++) {
    // Outside the form's units («14 danh hiệu», «320 học viên») the words after the total name what it counts.
    const total = counts[i]!.unit ? counts[i]! : { ...counts[i]!, unit: namedUnit(text, counts[i]!.token) };
    if (!total.unit) continue;
    const after = text.slice(total.token.end, total.token.end + 80);
    const cueEnd = cueAfter(after, total.unit);
    if (cueEnd === null) continue;
    const bracket = cueEnd.bracket;
    const end = bracket ? closingBracket(text, total.token.end + cueEnd.at) : partsEnd(text, total.token.end + cueEnd.at);
    if (end === -1) continue;
    const scope = text.slice(total.token.end, end);
    // Another period's figure in the bracket («quý II: 1.154 hồ sơ», «lũy kế 9 tháng 3.517») is a comparison, no part.
    if (bracket && /năm\s+\d{4}|cùng\s+kỳ|\/|quý\s+(?:[IVX]+|\d)\b|quý\s+trước|kỳ\s+trước|tháng\s+trước|l[ũu]y\s+kế/iu.test(scope)) continue;
    // «04 Phó Trưởng phòng và tương đương (01 Phó Chánh Văn phòng, …)»: each part names a post of its own, equivalent
    // to the total's (walk51, 2: the first was left out of the sum, a false warning).
    const equivalents = bracket && /^[^,;()\d]{0,40}?\svà\s+tương\s+đương\s*$/iu.test(after.slice(0, cueEnd.at).replace(/\(\s*$/u, ""));
    const parts = partsCounting(text, total.unit, countsUpTo(counts, i, end).filter(
      (c) =>
        // A part inside a bracket of its own is the breakdown of a part, not of this total.
        depth(text, total.token.end + (bracket ? cueEnd.at : 0), c.token.start) === 0 &&
        !inFraction(text, c.token) &&
        !named.has(c.token.start) &&
        (equivalents || sameUnit(text, c, total.unit!, cueEnd.kind === "breakdown")),
    ));
    if (parts.length < 2) continue;
    const sum = parts.reduce((acc, p) => acc + p.token.value, 0);
    if (sum === total.token.value) continue;
    const exhaustive = bracket || cueEnd.kind === "breakdown";
    const gap = (total.token.value - sum) / total.token.value;
    if (exhaustive || sum > total.token.value || gap < NEAR_MISS) report(total, parts, "nêu tổng");
  }
  receivedSplits(text, counts, report);
  // Tables state their sums in a «Tổng cộng» row (tableSums.ts).
  return [...problems, ...checkTableSums(text, formFigures)];
}

/**
 * The numbers that name places, never count them (walk50: «05 khu phố (KP 3, 7, 12, 21, 38)» was added up to 81): a
 * number right after a place's numbering word, and the bare numbers listed after it joined only by «,», «;» or «và».
 */
function numberedNames(text: string, counts: readonly Count[]): Set<number> {
  const named = new Set<number>();
  let last: Count | null = null;
  for (const c of counts) {
    const listed = last !== null && /^\s*(?:[,;]|và|,\s*và)\s*$/u.test(text.slice(last.token.end, c.token.start));
    // A number with words of its own after it («khu phố 1, 2 cuộc ở khu phố 3») counts, whatever stands before it.
    const byName = PLACE_NAMED.test(text.slice(Math.max(0, c.token.start - 16), c.token.start).normalize("NFC")) || listed;
    if (byName && NAME_ENDS.test(text.slice(c.token.end, c.token.end + 4))) {
      named.add(c.token.start);
      last = c;
    } else last = null;
  }
  return named;
}

/** «1.862/2.184 giờ»: a share written as a fraction, one number of another, never two parts to add. */
function inFraction(text: string, t: { start: number; end: number }): boolean {
  return /^[ \t]*\/[ \t]*\d/u.test(text.slice(t.end, t.end + 4)) || /\d[ \t]*\/[ \t]*$/u.test(text.slice(Math.max(0, t.start - 4), t.start));
}

/** Bracket depth between two offsets. */
function depth(text: string, from: number, to: number): number {
  let d = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === "(") d++;
    else if (text[i] === ")") d = Math.max(0, d - 1);
  }
  return d;
}

/**
 * A part counts the same thing as its total: the same unit, or none written before the next punctuation ("đúng hạn
 * 15, rút và trả lại 109"), or the unit cut short ("15 hồ đúng hạn" for "hồ sơ"), or, in a breakdown of the whole,
 * the name of its kind.
 */
function sameUnit(text: string, c: Count, unit: string, whole: boolean): boolean {
  if (c.unit === unit) return true;
  if (c.unit !== null) return false;
  const words = syllables(text.slice(c.token.end, c.token.end + 40).split(/[,;:.()%]/)[0] ?? "");
  // "mức độ 3", "Điều 5", "lần thứ 2": a number after such a word names, it does not count.
  const before = syllables(text.slice(Math.max(0, c.token.start - 12), c.token.start)).at(-1) ?? "";
  if (ORDINAL_WORDS.has(before)) return false;
  // In a breakdown of the whole, kinds are named instead of the unit: "221 đơn (196 khiếu nại, 25 tố cáo)".
  return whole || words.length === 0 || words[0] === unit.split(" ")[0];
}

/**
 * The cue right after a total and its words, past a percentage said in passing: "81 hồ sơ, gồm", "9.780 hồ sơ;
 * trong đó", "221 đơn (", "7.766 hồ sơ, đạt tỷ lệ 79,41% (bao gồm". The cue may open the next sentence: a total that
 * ends its sentence is broken down by "Trong đó, …" or "Gồm: …" right after («Tiếp nhận 9.780 hồ sơ. Trong đó, đã
 * giải quyết 8.856 hồ sơ, …»). Null if none.
 */
const CUE =
  /^(?<words>[^,;:(\d]*?)(?:,?\s*(?:đạt|chiếm)(?:\s+tỷ\s+lệ)?\s*(?:là\s*)?\d[\d.,]*\s?%|\s*\(\s*\d[\d.,]*\s?%\s*\))?\s*(?:(?<bracket>\(\s*)|(?<breakdown>(?:[,;:]|\.\s+)\s*(?:bao\s+gồm|gồm|chia\s+ra|cụ\s+thể)\s*:?\s*)|(?<subset>(?:[,;:]|\.\s+)\s*trong\s+đó\s*[,:]?\s*(?:có\s+)?))/iu;

function cueAfter(after: string, unit: string): { at: number; kind: "breakdown" | "subset"; bracket: boolean } | null {
  const match = CUE.exec(after);
  if (!match?.groups || syllables(match.groups["words"] ?? "").length > unit.split(" ").length + 6) return null;
  // A bracket opened by "(trong đó" lists the whole too: what is in brackets right after a total is its breakdown.
  return { at: match[0].length, kind: match.groups["subset"] ? "subset" : "breakdown", bracket: match.groups["bracket"] !== undefined };
}

/** Parts listed with commas end at the next semicolon; parts listed with semicolons run to the end of the sentence. */
function partsEnd(text: string, from: number): number {
  const sentence = sentenceEnd(text, from);
  // Looked for within the sentence only (at most MAX_SENTENCE characters), never to the end of the text.
  const scope = text.slice(from, sentence);
  const semicolon = scope.indexOf(";");
  const comma = scope.indexOf(",");
  if (semicolon !== -1 && (comma === -1 || comma < semicolon)) return from + semicolon;
  return sentence;
}

/** The ")" closing a bracket opened before `from`, within MAX_SENTENCE characters; -1 when there is none. */
function closingBracket(text: string, from: number): number {
  const at = text.slice(from, from + MAX_SENTENCE).indexOf(")");
  return at === -1 ? -1 : from + at;
}

function wordBoundary(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.indexOf(" ", at);
  return space === -1 ? at : space + 1;
}

/*
 * A sentence is looked for within MAX_SENTENCE characters of a figure: one line of 30 MB without a full stop (within
 * the text limits) made every figure's sentence the whole line, and the check quadratic (480 KB: over 5 minutes).
 * Real sentences of a report are a few hundred characters.
 */
const MAX_SENTENCE = 2_000;

/**
 * After the paragraph's start, or after the last full stop before `at` when white space follows it (a dot inside
 * "9.780" is no sentence end). Scans back over the paragraph only, at most MAX_SENTENCE characters.
 */
function sentenceStart(text: string, at: number): number {
  const limit = Math.max(0, at - MAX_SENTENCE);
  const newline = text.slice(limit, at).lastIndexOf("\n");
  const paragraph = newline === -1 ? limit - 1 : limit + newline;
  for (let i = at - 1; i > paragraph; i--) {
    if (text[i] !== ".") continue;
    return i + 1 < at && /\s/u.test(text[i + 1]!) ? i + 2 : paragraph + 1;
  }
  return paragraph + 1;
}

const SENTENCE_END = /\.(?:\s|$)|\n/gu;

function sentenceEnd(text: string, at: number): number {
  const window = text.slice(at, at + MAX_SENTENCE + 1);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(window);
  // A full stop at the window's edge counts only if the text really ends or goes on with white space there.
  if (stop !== null && !(stop[0] === "." && stop.index + 1 === window.length && at + window.length < text.length)) return at + stop.index;
  return Math.min(text.length, at + MAX_SENTENCE);
}

/** The counts after counts[i] that end by `end` (counts are in text order and do not overlap). */
function countsUpTo(counts: readonly Count[], i: number, end: number): Count[] {
  const found: Count[] = [];
  for (let j = i + 1; j < counts.length && counts[j]!.token.end <= end; j++) found.push(counts[j]!);
  return found;
}

// «Tổng số 56 phản ánh; đã xử lý 50; đang xử lý 5»: petitions are «xử lý» where dossiers are «giải quyết».
const RECEIVED = /(?:tiếp\s+nhận|nhận|tổng\s+số)(?:\s+mới)?\s*:?\s*$/iu;
const RESOLVED = /(?:đã\s+(?:giải\s+quyết|xử\s+lý)(?:\s+xong)?|xong|đã\s+có\s+kết\s+quả)\s*:?\s*$/iu;
const PENDING = /(?:đang\s+(?:giải\s+quyết|xử\s+lý)|chưa\s+(?:giải\s+quyết|xử\s+lý)|còn\s+lại|còn\s+tồn)\s*:?\s*$/iu;
const LATE = /(?:trễ(?:\s+và\s+quá)?\s+hạn|quá\s+hạn)\s*:?\s*$/iu;
// «rút và trả lại 241 hồ sơ», «Rút, trả lại»: withdrawn dossiers, which some offices write apart from the resolved ones.
const WITHDRAWN = /(?<!\p{L})(?:rút(?:\s*,?\s*(?:và\s+)?trả\s+lại)?|trả\s+lại)\s*:?\s*$/iu;

/** «tiếp nhận X; đã giải quyết Y; đang giải quyết Z» within one sentence, or said in the sentence after X. */
function receivedSplits(text: string, counts: Count[], report: (total: Count, parts: Count[], how: string) => void): void {
  const byCue = (c: Count, cue: RegExp) => cue.test(text.slice(Math.max(0, c.token.start - 30), c.token.start));
  for (let i = 0; i < counts.length; i++) {
    const total = counts[i]!;
    if (!total.unit || !byCue(total, RECEIVED)) continue;
    let end = sentenceEnd(text, total.token.end);
    // A received count that closes its sentence is split in the next one («Tiếp nhận 9.780 hồ sơ. Đã giải quyết …»).
    if (countsUpTo(counts, i, end).length === 0 && text[end] === ".") end = sentenceEnd(text, end + 1);
    const same = countsUpTo(counts, i, end).filter((c) => c.unit === total.unit || c.unit === null);
    const resolved = same.find((c) => byCue(c, RESOLVED));
    const pending = same.find((c) => byCue(c, PENDING));
    if (!resolved || !pending) continue;
    const late = same.find((c) => byCue(c, LATE) && c.token.start > resolved.token.start);
    // Offices count overdue and withdrawn dossiers inside the resolved ones or apart, each its own way (1190: overdue
    // inside, withdrawn apart): the received count holds by any of them.
    const withdrawn = same.find((c) => byCue(c, WITHDRAWN) && c.token.start > resolved.token.start && c !== late);
    const extras = [late, withdrawn].filter((c): c is Count => c !== undefined);
    const ways = extras.length === 2 ? [[], [extras[0]!], [extras[1]!], extras] : extras.length === 1 ? [[], extras] : [[]];
    const off = (way: Count[]) => Math.abs(total.token.value - [resolved, ...way, pending].reduce((acc, c) => acc + c.token.value, 0));
    if (ways.some((way) => off(way) === 0)) continue;
    // As before with the overdue count alone; with the withdrawn ones, the way nearest the total is quoted.
    const shown = withdrawn ? ways.reduce((best, way) => (off(way) < off(best) ? way : best)) : extras;
    report(total, [resolved, ...shown, pending], "nêu số tiếp nhận");
  }
}
