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

/**
 * «Công chức đang làm việc tại Văn phòng gồm: 52 người chuyển từ Văn phòng UBND tỉnh Ninh Bình (cũ), 39 người …»: the
 * people a merged body took over from one former body are that body's share of the staff, not the whole. Not a move
 * told by its verb before the number («tiếp nhận 01 công chức từ UBND huyện A (cũ)» is the move's own figure).
 */
const FROM_FORMER = /^[ \t]*(?:người|công chức|viên chức|cán bộ|lao động)[ \t]+(?:được[ \t]+)?chuyển[ \t]+(?:về[ \t]+)?từ[ \t]+[^,;()\n]{1,80}\([ \t]*cũ[ \t]*\)/iu;
const MOVE_BEFORE = /(?<![\p{L}])(?:tiếp nhận|điều động|luân chuyển|biệt phái|nhận)(?![\p{L}])[^,;:\n]{0,30}$/iu;

export function fromFormerUnit(text: string, start: number, end: number): boolean {
  return FROM_FORMER.test(text.slice(end, end + 120)) && !MOVE_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * «Khi hợp nhất, Trung tâm tiếp nhận nguyên trạng 06 công chức, 05 viên chức của Trung tâm … (cũ)» (held-out 1331):
 * staff taken over «nguyên trạng» (as they stood) moved with their body when it merged; no one was received in the
 * period. Every count after those words in their clause is such a transfer: up to a «;», and not past the close of a
 * bracket they stand in («Chi cục … (tiếp nhận nguyên trạng từ Bộ …) và 01 đơn vị sự nghiệp» goes on about the
 * office). `before`: the number's sentence up to it.
 */
const TAKEN_OVER = /(?<![\p{L}])nguyên\s+trạng(?![\p{L}])/giu;

export function takenOverWhole(before: string): boolean {
  const said = [...before.matchAll(TAKEN_OVER)].at(-1);
  if (said === undefined) return false;
  const since = before.slice(said.index + said[0].length).replace(/\([^()]*\)/gu, "");
  return !/[;)]/u.test(since);
}

/**
 * «(05 đơn vị cũ có tổng cộng 23 công chức …)», «của 03 xã cũ», «05 phường, xã cũ»: a count whose own noun is the
 * units as they were before a merger counts those units, which no longer exist: never a count of today's units (the
 * number of public-service units, rooms, communes) nor of anything else the form asks. Read from the number's end only.
 */
const UNIT_KIND = String.raw`(?:đơn vị(?:[ \t]+hành chính(?:[ \t]+cấp[ \t]+(?:xã|huyện))?)?|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|cơ quan|sở|phòng)`;
const FORMER_COUNTED = new RegExp(String.raw`^[ \t]+${UNIT_KIND}(?:[ \t]*,[ \t]*${UNIT_KIND})*[ \t]+cũ(?![\p{L}])`, "iu");

export function countsFormerUnits(text: string, end: number): boolean {
  return FORMER_COUNTED.test(text.slice(end, end + 60));
}

/**
 * «Tính chung cả quý, kể cả số liệu của 03 xã cũ trước sáp nhập, toàn xã tiếp nhận 4.285 hồ sơ»: a figure its sentence
 * says includes the former units' (before the merger) adds another body's and another time's figures to the new
 * unit's: no figure of the new unit itself, which the report gives on its own. `before`: the number's sentence up to it;
 * its brackets are not read.
 */
const INCLUDES_FORMER = new RegExp(
  String.raw`(?<![\p{L}])(?:kể cả|bao gồm cả|gồm cả|cộng cả|tính cả)(?![\p{L}])[^.;:()\n]{0,60}?(?:${UNIT_KIND}[ \t]+cũ|trước(?:[ \t]+khi)?[ \t]+(?:sắp xếp|sáp nhập|hợp nhất))(?![\p{L}])`,
  "iu",
);

export function includesFormerUnits(before: string): boolean {
  // A bracket that says so qualifies the section's only figures («c) Trung tâm …: số liệu từ … (gồm cả số liệu của
  // Trung tâm … ba tỉnh cũ …): tiếp nhận 41.286 hồ sơ»): what the new body's own figures cover, not a second total.
  return INCLUDES_FORMER.test(before.replace(/\([^()]*\)/gu, " "));
}
