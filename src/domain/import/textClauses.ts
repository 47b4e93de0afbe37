/**
 * A text figure read by a wording up to the sentence's end may run on past a semicolon into a clause that comments on
 * what was listed rather than listing more: «Nơi phát sinh: 38/78 xã, phường; nhiều nhất là xã Cam Lộ (07 lượt), …»,
 * «… tại các huyện A, B; trong đó huyện A 05 lượt», «…; chủ yếu ở …», «…; tập trung tại …». Such a clause opens with a
 * word that ranks, singles out or details; the figure is what stands before it. So does an aside saying how many
 * there are in all, «(trên tổng số 75 xã, phường)». Only the capture itself is read.
 */

/** «; » (or «, ») then a word that ranks, singles out or details what came before. */
const COMMENT = /\s*[;,]\s+(?:nhiều nhất|cao nhất|ít nhất|thấp nhất|trong đó|chủ yếu|tập trung|cụ thể|riêng|trên cơ sở|(?:nay|trước đây) là|thay cho)(?![\p{L}])/iu;

/** «41 xã, phường (trên tổng số 75 xã, phường)»: how many there are in all, set beside the places (756). */
const OUT_OF = /\s*\((?:trên|trong)\s+tổng(?:\s+số)?\s[^()]*\)\s*$/iu;

/** The length of a text capture without a trailing comment clause (the whole length when there is none). */
export function withoutCommentClause(captured: string): number {
  const m = COMMENT.exec(captured);
  const length = m && m.index > 0 ? m.index : captured.length;
  const kept = captured.slice(0, length);
  const outOf = OUT_OF.exec(kept);
  return outOf && outOf.index > 0 ? outOf.index : length;
}

/**
 * «A; B; …; Chế độ thông tin, báo cáo, trong đó mỗi nhiệm vụ đều được giao …»: a list parted by «;» ends its last item
 * before a clause commenting on them all (740). The length of the list without it.
 */
export function listWithoutComment(captured: string): number {
  const last = captured.lastIndexOf(";") + 1;
  if (last === 0) return captured.length;
  // «A; B; C; ngoài ra có Trung tâm …»: what is named «besides» after the list is none of its items (812).
  if (BESIDES.test(captured.slice(last))) return listWithoutComment(captured.slice(0, last - 1));
  return last + withoutCommentClause(captured.slice(last));
}

const BESIDES = /^\s*(?:ngoài ra|bên cạnh đó|cùng với|ngoài các [^;]*? trên)(?![\p{L}])/iu;

/**
 * «Có 27/64 xã, phường không có công dân đến»: a negation written last in a list of places belongs to the verb after
 * it, so the places are where nothing happened, the opposite of what a wording reading «{places} có …» wants. A text
 * capture ending in «không», «chưa» or «chẳng» after other words is such a list: it is no figure (a capture that is
 * the word alone, «Không», is a zero).
 */
const NEGATED_END = /\S\s+(?:không|chưa|chẳng)\s*$/iu;

export function endsNegated(captured: string): boolean {
  return NEGATED_END.test(captured.normalize("NFC"));
}

/**
 * «phát sinh tại hơn 70 xã, phường», «ở khoảng 20 huyện»: a text figure that opens with a rounded count names no
 * place and states no exact count, so the clerk could not type it as the figure; it is no figure (the words of
 * rounding as in meaning/vetoText.ts).
 */
const ROUNDED_OPENING = /^\s*(?:khoảng|gần|hơn|trên|dưới|ước(?: tính| đạt)?|xấp xỉ|trên dưới|chừng|tới gần|(?:chưa|không) (?:đến|tới)|không quá|ngót(?: nghét)?|xuýt xoát|suýt soát)\s+\d/iu;

export function opensRounded(captured: string): boolean {
  return ROUNDED_OPENING.test(captured.normalize("NFC"));
}

/**
 * «Lĩnh vực đất đai 61/88 lượt, chiếm 69,32% (tháng 8/2026: 70/96 lượt, chiếm 72,92%)»: a bracket after a share that
 * opens with a period's name and a colon, then a figure, is that period's figures set beside this one's (last month,
 * the same month last year, the year so far), not a list of what the figure is about. A list of matters never opens
 * so: a wording reading «…% ({list})» found no list there.
 */
const PERIOD_FIGURES = /^\s*(?:(?:trong|so với)\s+)?(?:tháng|quý|năm|kỳ|kì|cùng kỳ|cùng kì|lũy kế|luỹ kế|cộng dồn|từ đầu năm)(?:\s+[^:;()\n]{0,24})?\s*:\s*\d/iu;
/** «(lũy kế từ đầu năm 498/712 lượt, chiếm 69,94%)»: a year-to-date opens with its figure, with or without a colon. */
const CUMULATIVE_FIGURES = /^\s*(?:lũy kế|luỹ kế|cộng dồn)(?:\s+(?:từ đầu năm|từ đầu năm đến nay|cả năm|năm \d{4}))?\s*:?\s*\d/iu;

/** «(cùng kỳ năm trước 30 lượt)», «(tháng trước 31 lượt)»: the basis of a comparison opens with its figure too. */
const COMPARED_FIGURES = /^\s*(?:so với\s+)?(?:cùng kỳ|cùng kì|tháng trước|kỳ trước|kì trước|quý trước)(?:\s+(?:năm trước|năm \d{4}))?\s*:?\s*\d/iu;

export function otherPeriodsFigures(captured: string): boolean {
  const text = captured.normalize("NFC");
  return PERIOD_FIGURES.test(text) || CUMULATIVE_FIGURES.test(text) || COMPARED_FIGURES.test(text);
}

/**
 * «phát sinh tại 38/124 xã, phường (tháng trước: 41/124 xã, phường)»: a text figure followed by a bracket that sets
 * another period's figures beside it (otherPeriodsFigures) is the figure before the bracket; the bracket is no part of
 * what the clerk wrote for this period. Only a bracket closing the capture is read; any other keeps the whole length.
 */
export function withoutOtherPeriodsBracket(captured: string): number {
  const m = /\s*\(([^()]*)\)[\s.,;:]*$/u.exec(captured);
  return m && m.index > 0 && /\S/u.test(captured.slice(0, m.index)) && otherPeriodsFigures(m[1]!) ? m.index : captured.length;
}
