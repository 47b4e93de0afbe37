/**
 * A figure at the end of a long clause, after «là», whose subject opened the clause: «số công chức thực có, sau khi 03
 * người nghỉ hưu …, tính đến ngày 30/11/2026 là 90 người», «Số người làm việc mà UBND tỉnh giao cho các đơn vị sự
 * nghiệp … là 40 người», «Các đơn vị sự nghiệp thuộc Văn phòng, được tổ chức lại từ 07 đơn vị …, tổng cộng là 03 đơn
 * vị». The clerk wrote «subject … là N»: the subject says what N counts, yet an aside between them (a date, another
 * count, a relative clause) leaves it out of the words beside N, or behind another number's. It describes the figure as
 * a label does, read whole. Each figure reads its own clause back to the previous «là N» (a statement of its own).
 */
import { AGENT, type Candidate } from "./candidates";
import { clauseOf, hardBoundaries } from "./clauseSpans";
import { features, syllables } from "./words";

/** «là» right before the number: the copula, which «được ghi nhận là», «được xác định là» end with too. */
const COPULA = /(?<![\p{L}\p{M}])là[ \u00a0]+$/iu;
/** A previous statement «… là 40 người», «… đạt 37 đồng chí»: what comes before it is its subject, not this one's. */
const STATEMENT = /(?<![\p{L}\p{M}])(?:là|đạt)[ \u00a0]+\d[\d.,]*/giu;
/**
 * «số» opening a noun phrase: not a document's number («Quyết định số 2318»), nor «con số» (the figure itself, referring
 * back), nor «số liệu» (data: «Số liệu đã điều chỉnh: …»). Nor «tổng số»: «tổng số hồ sơ Trung tâm … tiếp nhận trong
 * kỳ là 26.481» says a total of a place's figures in one run of words, which the number reads at their distance
 * already; raised beside it, the place's words would speak for other figures of that place.
 */
const COUNT_NOUN = /(?<![\p{L}\p{M}])(?<!(?:con|tổng)[ \u00a0])số(?![\p{L}\p{M}])(?![ \u00a0]*(?:\d|:|liệu(?![\p{L}\p{M}])))/giu;
/** «tổng số là 06»: a «số» with no words of its own before «là» names nothing (the count word below). */
const NOTHING_NAMED = /^(?:[ \u00a0]*lượng)?[ \u00a0,]*$/u;
/** «…, với tổng số là 06 tổ chức», «…, tổng cộng là 03 đơn vị»: a word for the count stands in for the subject. */
const COUNT_WORD = /(?<![\p{L}\p{M}])(?:tổng số|tổng cộng|con số|số lượng)[ \u00a0]+$/iu;
/** «mà» opening a relative clause of allotting: «… mà được giao …» reads «… được giao …». */
const RELATIVE_ALLOTTED = /(?<![\p{L}\p{M}])mà[ \u00a0]+(?=được[ \u00a0]+giao(?![\p{L}\p{M}]))/giu;
/** How far before the number its «là» may start: the word and the spaces after it. */
const COPULA_REACH = 12;
/** How far back a clause's subject is read, in characters. */
const REACH = 400;
/** How many of a subject's syllables describe its figure in full (as a «Số …» label's, labelAcrossAside.ts). */
const MAX_SUBJECT = 40;

function put(c: Candidate, words: readonly string[]): void {
  for (const f of features([...words])) if ((c.near.get(f) ?? 0) < 1) c.near.set(f, 1);
}

/** The subject phrase from `text`'s start: up to its first comma or number (another figure's, or a document's). */
function phrase(text: string): string[] {
  const end = /[,\d]/u.exec(text.replace(/(?<![\p{L}])năm[ \u00a0]+\d{4}(?!\d)/giu, (m) => " ".repeat(m.length)));
  // «Số người làm việc mà UBND tỉnh giao cho …»: what the body allotted is what «được giao» names (candidates.ts AGENT);
  // the relative «mà» before it only joins it to its noun.
  const allotted = text.slice(0, end ? end.index : text.length).replace(AGENT, (_, agent: string) => `${agent || "được"} `);
  const words = syllables(allotted.replace(RELATIVE_ALLOTTED, ""));
  return words.length <= MAX_SUBJECT ? words : [];
}

export function describeCopulaSubjects(text: string, candidates: readonly Candidate[]): void {
  let boundaries: number[] | null = null;
  for (const c of candidates) {
    if (c.token.kind !== "count") continue;
    // «là» is right before the number: only the last few characters are read to find it.
    const near = Math.max(0, c.token.start - COPULA_REACH);
    const copula = COPULA.exec(text.slice(near, c.token.start));
    if (!copula) continue;
    const from = Math.max(0, c.token.start - REACH);
    boundaries ??= hardBoundaries(text);
    let clauseFrom = Math.max(from, clauseOf(boundaries, c.token.start, text.length).from);
    // «số viên chức làm việc tại hai nhà khách (Nhà khách A và Nhà khách B) là … là 18»: a bracket names what the
    // subject speaks of and ends no clause; the subject is before it. Read without the bracket's words.
    const open = text[clauseFrom - 1] === ")" ? text.lastIndexOf("(", clauseFrom - 1) : -1;
    if (open > from && !/[()\n]/u.test(text.slice(open + 1, clauseFrom - 1))) clauseFrom = Math.max(from, clauseOf(boundaries, open, text.length).from);
    let region = text.slice(clauseFrom, near + copula.index).replace(/\([^()\n]*\)/gu, (m) => " ".repeat(m.length));
    // «Số liệu đã điều chỉnh: tổng số hồ sơ … là 26.481»: what a colon introduces is read after it.
    region = region.slice(region.lastIndexOf(":") + 1);
    // The clause's words only since the statement before this one (its «là N»), whose subject they are.
    const previous = [...region.matchAll(STATEMENT)].at(-1);
    if (previous) region = region.slice(previous.index + previous[0].length);
    // The last «số …» before «là»: an earlier one is a topic it refers back to («Đối với số hồ sơ đã giải quyết nêu
    // trên, số hồ sơ trả kết quả sớm hạn là 341»).
    const subject = [...region.matchAll(COUNT_NOUN)].filter((m) => !NOTHING_NAMED.test(region.slice(m.index + m[0].length))).at(-1);
    if (subject) {
      put(c, phrase(region.slice(subject.index)));
      continue;
    }
    // No «số …» subject: after a word for the count, the clause's opening phrase is what is counted.
    if (!previous && COUNT_WORD.test(region)) put(c, phrase(region.replace(/^[\s,]+/u, "")));
  }
}
