/**
 * A figure of an earlier period («Lượt tiếp tháng trước», «cùng kỳ năm trước») is read only where the text says it is
 * earlier: its sentence compares («so với», «tháng trước», «cùng kỳ») or names another period («tháng 10/2025»,
 * «quý III», «năm 2024»). A number in a sentence naming none, or only the report's own month («Trong tháng 6/2020:
 * Tổng số lượt … 01 lượt»), is of the report's own period, however well its words fit («Không bao gồm 112 lượt/126
 * người do Ban Tiếp công dân tỉnh tiếp thường xuyên» under a «So sánh» heading).
 */
const COMPARED = /(?<![\p{L}])(?:so với|cùng kỳ|kỳ trước|quý trước|năm trước|tháng trước|quý\s+(?:I|II|III|IV)(?![\p{L}])|năm\s+\d{4})/iu;
const MONTH = /(?<![\p{L}])tháng\s+(\d{1,2})(?!\d)/giu;

/** `ownMonth`: the report's month when it is a monthly report whose month is known, else null. */
export function earlierUnstated(sentence: string, ownMonth: number | null): boolean {
  if (COMPARED.test(sentence)) return false;
  for (const m of sentence.matchAll(MONTH)) if (Number(m[1]) !== ownMonth) return false;
  return true;
}

/** «cùng kỳ», and the same month or quarter of a year named: «cùng tháng năm 2025», «cùng quý năm trước». */
const YEAR_AGO_WORDS = String.raw`cùng kỳ|cùng (?:tháng|quý)(?:[ \t]+[\dIVX]{1,4})?[ \t]+năm`;
const YEAR_AGO = new RegExp(String.raw`(?<![\p{L}])(?:${YEAR_AGO_WORDS})(?![\p{L}])`, "iu");
const LAST_MARKER = new RegExp(String.raw`(?<![\p{L}])(?:${YEAR_AGO_WORDS}|so với tháng|tháng trước|kỳ trước|quý trước)(?![\p{L}])`, "giu");

/**
 * «giảm 6,4% so với cùng kỳ năm 2024 (cùng kỳ tháng 4/2024 tiếp 102 lượt)», «So với cùng tháng năm 2025 … (14 lượt, 23
 * người)»: the same month a year ago, not the month before. A figure of the previous period whose own words never say
 * «cùng kỳ» does not take a number whose nearest comparison before it, in its sentence, is «cùng kỳ».
 */
export function yearAgoForPrevious(before: string, fieldWords: string): boolean {
  if (YEAR_AGO.test(fieldWords)) return false;
  const last = [...before.matchAll(LAST_MARKER)].at(-1);
  return last !== undefined && YEAR_AGO.test(last[0]);
}
