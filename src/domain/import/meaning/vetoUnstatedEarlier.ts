/**
 * A figure of an earlier period («Lượt tiếp tháng trước», «cùng kỳ năm trước») is read only where the text says it is
 * earlier: its sentence compares («so với», «tháng trước», «cùng kỳ») or names a period («tháng 10/2025», «quý III»,
 * «năm 2024»). A number in a sentence naming none is of the report's own period, however well its words fit
 * («Không bao gồm 112 lượt/126 người do Ban Tiếp công dân tỉnh tiếp thường xuyên» under a «So sánh» heading).
 */
const PERIOD_NAMED =
  /(?<![\p{L}])(?:so với|cùng kỳ|kỳ trước|quý trước|năm trước|tháng trước|tháng\s+\d{1,2}(?![\d])|quý\s+(?:I|II|III|IV)(?![\p{L}])|năm\s+\d{4})/iu;

export function earlierUnstated(sentence: string): boolean {
  return !PERIOD_NAMED.test(sentence);
}
