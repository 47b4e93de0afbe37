/**
 * «Số công chức hiện đang thực hiện nhiệm vụ tại các phòng, đơn vị tính đến ngày 14/9/2026 là 87 người»: a
 * long-winded clerk names the figure first, as the subject of the sentence, and gives the number last, after «là».
 * Between the two stand dates, decision numbers, years, asides in brackets and whole clauses («…, sau khi hợp nhất …,
 * là 58 biên chế»), so the words nearest the number are «là» alone, or the subject's tail («… sau khi kiện toàn Phòng
 * Kinh tế là 01 đồng chí»), while what the number counts is the subject's head. The subject runs back from «là» to
 * the statement's start: a line, «;», «:», a sentence's full stop, the bracket the number stands in, or the comma
 * (or «và») after the statement before it, a figure with at most a short unit («… là 92 biên chế, trong khi số …»).
 * Openings that only say where or when («Về bổ nhiệm,», «Trong quý,», «trong khi», «còn») are no part of its head;
 * of the phrases a topic opens, the last that names a quantity («…, biên chế công chức mà … là 92») is. A statement
 * of the time before a merger («Trước hợp nhất, …») or of one former body («… của Văn phòng cũ Lào Cai là 61») lends
 * its number no subject: those are another time's figures; nor does one of the whole province («… của tỉnh được giao
 * là 3.846»), the office's figures being its own.
 * Language knowledge only: no field is named.
 */
import { syllables } from "./words";

/** «là» (with the words that lead to it in these reports) right before the number. */
const COPULA = /(?<![\p{L}\p{M}])(?:(?:tổng cộng|được ghi nhận|được tổng hợp|cũng|đều)[ \t]+)?là[ \t]*:?[ \t]*$/iu;
/** How far back a subject may reach: a long sentence's subject, not the paragraph before it. */
const REACH = 400;
/**
 * The head of the subject: its first phrase up to a comma («Số lượt tiếp công dân có nội dung thuộc lĩnh vực đất đai,
 * trên tổng số …»), at most as many syllables as a long label has, and at least a few more than the nearest words of
 * a number (candidates.ts NEAR_LEFT) where the phrase is shorter («Số hồ sơ mà tổ chức, cá nhân xin rút …»).
 */
const HEAD_MIN = 10;
const HEAD_MAX = 14;
/**
 * The statement before ends with a figure and at most a short unit: «92 biên chế», «01 viên chức», «96,60%». Not a
 * year, a date, a document's number or a figure with a longer tail («trên tổng số 09 trường hợp đủ điều kiện xét,»).
 */
const FIGURE_ENDS = /(?<![\p{L}\p{M}\d/.,-])(?<!(?:ngày|năm|tháng|số|khóa|khoá|lần)[ \t]+)\d[\d.,]*(?:[ \t]*%)?(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*$/u;
/** Openings that say where or when, ended by a comma: «Về bổ nhiệm,», «Trong quý,», «Trong số đó,». */
const INTRO = /^[ \t]*(?:về|trong (?:quý|kỳ|kì|tháng|năm|số đó|số này|đó|thời gian)|đối với|tính đến|đến nay|qua|theo|như vậy|ngoài ra|bên cạnh đó|đồng thời|dịp|riêng|hưởng ứng|thực hiện|ngày)(?![\p{L}\p{M}])[^,;:()]{0,90},/iu;
/** Conjunctions opening a statement: «trong khi số công chức …», «còn số hồ sơ …». */
const CONJUNCTION = /^[ \t]*(?:và|còn|trong khi đó|trong khi|trong đó|đồng thời|ngoài ra|riêng|nhưng|mà)(?![\p{L}\p{M}])[ \t,]*/iu;
/** «Trước hợp nhất (tháng 02/2025), tổng biên chế … là 164»: a statement of the time before a merger. */
const FORMER_TIME = /^[^\p{L}]*trước(?:[ \t]+khi)?[ \t]+(?:sắp xếp|sáp nhập|hợp nhất)(?![\p{L}\p{M}])/iu;
/** «… của Văn phòng cũ Lào Cai là 61»: one former body named as the figure's owner. */
const FORMER_OWNER = /(?<![\p{L}\p{M}])của[ \t]+(?:[Vv]ăn phòng|[Ss]ở|[Xx]ã|[Pp]hường|[Hh]uyện|[Tt]ỉnh|[Cc]ơ quan|[Đđ]ơn vị|[Tt]rung tâm|UBND)[ \t]+cũ[ \t]+\p{Lu}/u;
/** «tổng biên chế công chức trong các cơ quan, tổ chức hành chính của tỉnh được giao là 3.846»: the province's. */
const PROVINCE_OWNER = /(?<![\p{L}\p{M}])(?:(?:của|trên)[ \t]+(?:toàn[ \t]+)?(?:tỉnh|thành phố)|toàn[ \t]+(?:tỉnh|thành phố)|trên[ \t]+địa[ \t]+bàn)(?![\p{L}\p{M}])/iu;
/** A phrase naming a quantity: «số …», «tổng số …», «số lượng …», «biên chế …». */
const QUANTITY = /^[ \t]*(?:tổng số|số lượng|số|biên chế)(?![\p{L}\p{M}])/iu;

export interface CopulaSubject {
  /** The subject's first syllables: what the number counts. */
  head: string[];
  /** The rest of the subject: qualifiers, further from what is counted. */
  rest: string[];
}

/** The subject of «… là N» for the number starting at `at`, or null when no «là» stands right before it. */
export function copulaSubject(text: string, at: number): CopulaSubject | null {
  const read = copulaAt(text, at);
  return read === null ? null : readSubject(read.window.slice(statementStart(read.window, read.copula), read.copula));
}

/** The text up to `at` (as far back as a subject reaches) and where «là» starts in it, or null without one. */
function copulaAt(text: string, at: number): { window: string; copula: number } | null {
  // Asked of every count: the few characters before it say whether a «là» is there at all.
  if (!COPULA.test(text.slice(Math.max(0, at - 32), at))) return null;
  const window = text.slice(Math.max(0, at - REACH), at);
  return { window, copula: COPULA.exec(window)!.index };
}

/**
 * Where the statement of «… là N» begins, for the number starting at `at` (an offset of `text`), or null when no «là»
 * stands right before it: what an earlier statement of the sentence names (a level, a place) is not this one's.
 */
export function copulaStatementStart(text: string, at: number): number | null {
  const read = copulaAt(text, at);
  return read === null ? null : Math.max(0, at - REACH) + statementStart(read.window, read.copula);
}

function readSubject(written: string): CopulaSubject | null {
  // Figures of the bodies before a merger are no figures of today's, nor the whole province's the office's: their
  // subject's words are not lent to them.
  if (FORMER_TIME.test(written) || FORMER_OWNER.test(written) || PROVINCE_OWNER.test(written)) return null;
  let subject = withoutBrackets(written);
  for (let intro = INTRO.exec(subject); intro !== null && intro[0].length < subject.length; intro = INTRO.exec(subject)) subject = subject.slice(intro[0].length);
  subject = subject.replace(CONJUNCTION, "");
  // «Về tổ chức bộ máy, số lượng người làm việc tại thời điểm báo cáo của năm 2026, biên chế công chức mà … là 92»:
  // of the phrases a topic opens, the last that names a quantity is the subject.
  const segments = subject.split(",");
  let last = -1;
  for (let i = segments.length - 1; i > 0 && last === -1; i--) if (QUANTITY.test(segments[i]!)) last = i;
  const from = last === -1 ? 0 : segments.slice(0, last).join(",").length + 1;
  const before = syllables(subject.slice(0, from));
  const sylls = syllables(subject.slice(from));
  if (sylls.length === 0) return null;
  const head = Math.max(HEAD_MIN, Math.min(HEAD_MAX, syllables(segments[last === -1 ? 0 : last]!).length));
  return { head: sylls.slice(0, head), rest: [...before, ...sylls.slice(head)] };
}

/** Where the statement ending at `end` begins in `window`, read backwards over bracketed asides. */
function statementStart(window: string, end: number): number {
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    const ch = window[i]!;
    if (ch === ")") depth++;
    else if (ch === "(") {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth > 0) continue;
    else if (ch === "\n" || ch === ";" || ch === ":" || ch === "\t" || ch === "|") return i + 1;
    else if (ch === "." && /\s/u.test(window[i + 1] ?? " ") && !/\d/u.test(window[i - 1] ?? "")) return i + 1;
    else if (ch === "," && FIGURE_ENDS.test(window.slice(Math.max(0, i - 60), i))) return i + 1;
    else if (ch === " " && /^[ \t]+và[ \t]/u.test(window.slice(i, i + 5)) && FIGURE_ENDS.test(window.slice(Math.max(0, i - 60), i))) return i + 1;
  }
  return 0;
}

/** The text with its bracketed asides blank: they say something of the subject, not what it is. */
function withoutBrackets(subject: string): string {
  let out = subject;
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out.replace(/\([^()]*\)/gu, " ");
  }
  return out;
}

/** «…, trên tổng số 66 lượt, là 49/66 lượt»: the whole, set between the subject and its «là». */
const WHOLE_OPENS = /,[ \t]*(?:trên|trong)[ \t]+tổng[ \t]+số[ \t]*$/iu;
const COPULA_FOLLOWS = /^[^,;.\n()]{0,60},[ \t]*(?:[\p{L}\p{M}]+[ \t]+){0,3}?là[ \t]*:?[ \t]*\d/iu;

/**
 * The number at `start` is the whole the subject's figure is taken out of, said in an aside before «là»: «Số lượt …
 * thuộc lĩnh vực đất đai, trên tổng số 66 lượt, là 49/66 lượt», «…, trên tổng số 09 trường hợp đủ điều kiện xét, là
 * 03 công chức». The subject's words describe the figure after «là»; the aside's number is a total, never that part.
 */
export function wholeBeforeCopula(text: string, start: number, end: number): boolean {
  return WHOLE_OPENS.test(text.slice(Math.max(0, start - 30), start)) && COPULA_FOLLOWS.test(text.slice(end, end + 90));
}
