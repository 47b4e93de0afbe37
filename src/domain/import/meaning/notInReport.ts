/**
 * «Khối Đảng, Mặt trận Tổ quốc và các đoàn thể phường (được giao 24, hiện có 22 người) do Đảng ủy phường quản lý,
 * không tổng hợp vào báo cáo này» (1270): the sentence says the numbers before it are left out of the report, so none
 * of them is one of its figures. Only the report itself: «không tổng hợp vào biểu dưới đây» leaves a figure out of one
 * table, and the report may still ask for it (the guest houses' staff beside the office's).
 */
const LEFT_OUT = /(?<![\p{L}])(?:không|chưa)\s+(?:được\s+)?(?:tổng hợp|tính|đưa)\s+vào\s+(?:trong\s+)?báo cáo(?:\s+này)?(?![\p{L}])/iu;

/** The number starting at `start` stands before a «không tổng hợp vào báo cáo này» of its own sentence (from `from`). */
export function leftOutOfReport(sentence: string, offsetInSentence: number): boolean {
  const left = LEFT_OUT.exec(sentence);
  return left !== null && left.index > offsetInSentence;
}
