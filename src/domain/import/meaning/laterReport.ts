/**
 * «Buổi tiếp định kỳ … ngày 15/10/2026 (03 lượt, 04 người) sau ngày chốt số liệu, sẽ tổng hợp vào báo cáo tháng
 * 11/2026»: a sentence that says its figures go into a later report (past the data's cut-off, to be summed next time)
 * states figures of another period, however well their words fit this one's. Language knowledge only: no field is
 * named.
 */

/** «sẽ tổng hợp vào báo cáo tháng 11/2026», «sẽ tổng hợp vào kỳ sau», «sau ngày chốt số liệu». */
const LATER = /(?<![\p{L}])(?:sẽ\s+(?:được\s+)?(?:tổng hợp|tính|đưa)\s+vào\s+(?:báo cáo\s+)?(?:tháng|quý|kỳ|kì|năm)|sau\s+(?:ngày|thời điểm)\s+chốt\s+số\s+liệu)(?![\p{L}])/iu;

/** The sentence says its figures belong to a later report. */
export function forLaterReport(sentence: string): boolean {
  return LATER.test(sentence.normalize("NFC"));
}
