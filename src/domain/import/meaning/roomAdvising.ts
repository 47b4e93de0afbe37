/**
 * «Phòng Nội chính - Pháp chế tham mưu Chủ tịch UBND tỉnh ban hành 07 Quyết định công bố …»: a room («Phòng …») that
 * advises («tham mưu») is the issuing office's own room doing the office's work, as rooms act for their body
 * (unitSubject.ts: «Phòng Tổ chức cán bộ tham mưu …»). Its advice is the office's: the count is the office's figure,
 * not another agency's (vetoTarget.ts otherAgencySubject). A room named with a level or another body («Phòng Tư pháp
 * huyện», «Phòng … của Sở Y tế») is that government's or body's, not the office's, and stays another agency.
 */

/** A level or a body inside the room's name: the room is someone else's. */
const OTHERS = /(?<![\p{L}])(?:huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn|đặc khu|sở|ubnd|ủy ban|uỷ ban|bộ|cục|của)(?![\p{L}])/u;

/** `agency` (lower case, NFC, as otherAgencySubject reads it) is a room of the office advising on its behalf. */
export function ownRoomAdvising(agency: string): boolean {
  const m = /^phòng\s+(.+?)\s+tham mưu(?![\p{L}])/u.exec(agency);
  return m !== null && !OTHERS.test(m[1]!);
}
