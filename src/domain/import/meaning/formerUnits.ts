/**
 * «UBND xã được giao 40 biên chế, hiện có 37 người (tổng 3 xã cũ trước sắp xếp được giao 63, có mặt 59)»: a bracket
 * that opens by naming the units as they were before a merger («3 xã cũ», «các huyện cũ», «trước sắp xếp», «trước
 * sáp nhập», «trước hợp nhất») states their figures then, set beside the new unit's for comparison: another time's
 * figure, never the report's. Only the bracket's words before the number are read; a name followed by «(cũ)» after
 * its bracket has closed («Điểm tiếp nhận Quảng Ngãi (cũ): 812 hồ sơ») is today's place and is not judged here.
 */
const FORMER =
  /(?<![\p{L}])(?:trước(?:\s+khi)?\s+(?:sắp xếp|sáp nhập|hợp nhất)|(?:\d+|các|hai|ba|bốn|năm)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|đơn vị|cơ quan|sở|phòng)\s+cũ)(?![\p{L}])/iu;
/** How far back the bracket's opening is looked for: one line's aside. */
const REACH = 160;

export function formerUnitsAside(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  const open = line.lastIndexOf("(");
  if (open === -1 || line.lastIndexOf(")") > open) return false;
  return FORMER.test(line.slice(open + 1));
}
