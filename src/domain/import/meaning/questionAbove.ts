/**
 * An outline filled in: the office answers a numbered list of questions kept as written («15. Số xã được phân công
 * giúp đỡ, tên xã:», «3. Có bao nhiêu cuộc họp …?», «Câu hỏi 2: …?»), each answer on the lines under its question
 * («01 xã - xã Nhôn Mai …», «Trả lời: 05 cuộc.»). A person reads the question as the answer's label: it names what
 * the answer's number counts, as the words before a colon do on one line («Số xã được phân công giúp đỡ: 01 xã»).
 *
 * Only the shape decides. A question is a numbered line (or one led by «Câu»/«Câu hỏi») ending with «:» or «?» (a
 * printed blank «…» may follow), nothing after, with its answer on the lines right under it (up to a blank line,
 * another numbered line or a heading). Such a line is a question when it asks («Số …», «bao nhiêu …», «…?», «Câu
 * hỏi …»), or in an outline, a document where at least OUTLINE lines ask: there «4. Trình độ chuyên môn:» is one of
 * its questions too. Elsewhere a numbered line ending with a colon is a heading («2. Biên chế năm 2026:» over a
 * table), read as before; so is one that introduces items anywhere («2. Kết quả giải quyết, cụ thể:»).
 * An outline's request copied as the outline's («(Mục III.1.g Đề cương: …)», «Yêu cầu 3.4: …») is a question too, and
 * its answer may stand after a blank line when it opens with its mark («Trả lời:», «→»: outlineRequests.ts).
 */
import { syllables } from "./words";
import { ANSWER_MARK, requestLines } from "./outlineRequests";

/** «15. …:», «3) …?», «Câu 4: …?», «Câu hỏi 2. …?»: the numbering, then the question, then its end. */
const QUESTION = /^[ \t]*(câu(?:[ \t]+hỏi)?[ \t]*\d{0,2}[ \t]*[.:)]|\d{1,2}[.)])[ \t]+(\S[^\n]*?)[ \t]*(:[ \t.…_]*|\?[ \t]*)$/gimu;
/** A colon that introduces items, not a question: «…, cụ thể:», «… như sau:», «…, trong đó:», «… gồm:». */
const INTRODUCES = /(?:cụ thể|như sau|trong đó|bao gồm|gồm|sau đây|dưới đây)$/iu;
/** Words that ask a count: «Số …», «Số lượng …», «Có bao nhiêu …». */
const ASKS = /^(?:số|có[ \t]+bao[ \t]+nhiêu|bao[ \t]+nhiêu)(?![\p{L}])/iu;
/** A line that opens the next item or part: numbered, lettered, roman, or «Câu …». */
const NEXT_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.|[A-ZĐ]\.|phần[ \t]|câu[ \t])/iu;
/** An answer runs to a few lines: farther up, a question is not this line's. */
const MAX_LINES_UNDER = 12;
/** Questions that ask, in one document, that make it an outline of questions. */
const OUTLINE = 3;

export interface Questions {
  /** The words of the question the line at `lineFrom` answers, or null when it answers none. */
  above(lineFrom: number): string[] | null;
  /** The line at `lineFrom` is a question that asks a count, with its answer under it. */
  asks(lineFrom: number): boolean;
  /** The question above the line at `lineFrom` is an outline's request copied as such (outlineRequests.ts). */
  requested(lineFrom: number): boolean;
}

/** The document's questions, found in one pass over its lines; each line's question is then looked up once. */
export function readQuestions(text: string): Questions {
  const questions = new Map<number, { words: string[]; asks: boolean }>();
  let asking = 0;
  for (const m of text.matchAll(QUESTION)) {
    const words = m[2]!;
    if (m[3]!.startsWith(":") && INTRODUCES.test(words)) continue;
    // Its answer: the next line holds words and is no item of its own.
    const nl = m.index + m[0].length;
    const next = text.slice(nl + 1, text.indexOf("\n", nl + 1) >>> 0);
    if (next.trim() === "" || NEXT_ITEM.test(next)) continue;
    const asks = ASKS.test(words) || m[3]!.startsWith("?") || /^câu/iu.test(m[1]!);
    if (asks) asking++;
    questions.set(m.index, { words: syllables(words), asks });
  }
  // The outline's requests copied as such: each asks, and its answer is under it or after a blank line with its mark.
  const requests = new Set<number>();
  for (const [at, line] of requestLines(text)) {
    const nl = at + line.length;
    const next = text.slice(nl + 1, text.indexOf("\n", nl + 1) >>> 0);
    if (next.trim() === "" ? !ANSWER_MARK.test(nextFilled(text, nl + 1)) : NEXT_ITEM.test(next)) continue;
    questions.set(at, { words: syllables(line), asks: true });
    requests.add(at);
  }
  const outline = asking >= OUTLINE;
  const kept = (at: number) => {
    const q = questions.get(at);
    return q !== undefined && (q.asks || outline) ? q : undefined;
  };
  const memo = new Map<number, string[] | null>();
  /** The answers' lines whose question is a request. */
  const underRequest = new Set<number>();
  return {
    asks: (lineFrom) => kept(lineFrom)?.asks ?? false,
    requested: (lineFrom) => underRequest.has(lineFrom),
    above(lineFrom) {
      const known = memo.get(lineFrom);
      if (known !== undefined) return known;
      let found: string[] | null = null;
      // A numbered line is a question or an item itself, never an answer to the one above.
      let end = questions.size === 0 || NEXT_ITEM.test(text.slice(lineFrom, lineFrom + 12)) ? 0 : lineFrom - 1;
      // The line just under the one looked at: an answer's mark there lets a request's answer cross a blank line.
      let under = text.slice(lineFrom, text.indexOf("\n", lineFrom) >>> 0);
      for (let k = 0; k < MAX_LINES_UNDER && end > 0; k++) {
        const from = text.lastIndexOf("\n", end - 1) + 1;
        const above = text.slice(from, end);
        if (above.trim() === "" && requests.size > 0 && ANSWER_MARK.test(under)) {
          const filled = lastFilledBefore(text, from);
          if (filled !== null && requests.has(filled)) {
            found = kept(filled)?.words ?? null;
            underRequest.add(lineFrom);
          }
          break;
        }
        if (above.trim() === "") break;
        under = above;
        if (questions.has(from)) {
          found = kept(from)?.words ?? null;
          if (requests.has(from)) underRequest.add(lineFrom);
          break;
        }
        if (NEXT_ITEM.test(above)) break;
        end = from - 1;
      }
      memo.set(lineFrom, found);
      return found;
    },
  };
}

/** The first line after `from` (a line's start) that holds words. */
function nextFilled(text: string, from: number): string {
  const rest = /^(?:[ \t\r]*\n)*([^\n]*)/u.exec(text.slice(from, from + 400));
  return rest?.[1] ?? "";
}

/** The start of the last line before the line at `from` that holds words, across blank lines, or null. */
function lastFilledBefore(text: string, from: number): number | null {
  let end = from - 1;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    if (text.slice(start, end).trim() !== "") return start;
    end = start - 1;
  }
  return null;
}

/** «Trả lời:» and a bullet say nothing of what the answer counts: the answer has no words of its own before `at`. */
export function answerBare(text: string, lineFrom: number, at: number): boolean {
  return /^[ \t]*(?:[-+*•–][ \t]*)?(?:(?:trả[ \t]+lời|kết[ \t]+quả|tl)(?:[ \t]+chung)?[ \t]*:?[ \t]*|→[ \t]*)?$/iu.test(text.slice(lineFrom, at));
}
