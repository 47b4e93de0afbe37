/**
 * A department's own one-stop desk is a counter inside the province's centre (Nghị định 61/2018/NĐ-CP, Điều 8 and
 * 14: the departments receive and return their dossiers at the Trung tâm Phục vụ hành chính công tỉnh). Its report
 * often names no «Bộ phận một cửa» at all and writes the desk as the department's dossiers at the centre: «Kết quả
 * giải quyết TTHC của Sở tại Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 412 hồ sơ …». Those are the desk's
 * figures (the form's own desk, read for the reporting body), never the centre's, which the department does not
 * report (vetoProvinceBody.ts). Only «<the body> (đặt) tại/ở <the centre>» names the desk, its act of receiving or
 * settling written between («hồ sơ TTHC của Sở tiếp nhận tại Trung tâm …»: where the department's own dossiers were
 * received; «tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh»: «ở» is «tại» in plainer words): «Sở tiếp
 * nhận 300 hồ sơ qua Trung tâm» is a channel (vetoChannel.ts), and the centre alone is the province-wide body.
 */
import { kindOf } from "./vetoOwnAward";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The desk's act written between the body and «tại»: «Sở tiếp nhận tại …», «Sở tiếp nhận, giải quyết tại …». */
const ACT = "(?:tiếp nhận|giải quyết|trả kết quả)(?:(?:,|[ \\t]+và)[ \\t]+(?:giải quyết|trả kết quả))*[ \\t]+";

/**
 * The phrases of the (lower-case, NFC) text that name the issuing body's dossiers at the province-wide centre,
 * written as the body's kind or its name, «tại» or «ở», then the centre by one of `centreNames` (its names without the
 * head noun «trung tâm»: «phục vụ hành chính công», «pvhcc»). Empty when the text has none.
 */
export function deskAtCentre(lowerText: string, ownBody: string | null, centreNames: readonly string[]): string[] {
  const kind = ownBody === null ? null : kindOf(ownBody);
  if (kind === null || centreNames.length === 0) return [];
  const body = [...new Set([ownBody!, kind])].map(escape).join("|");
  const names = [...new Set(centreNames)].sort((a, b) => b.length - a.length).map(escape).join("|");
  const re = new RegExp(`(?<![\\p{L}])(?:${body})[ \\t]+(?:đặt[ \\t]+|${ACT})?(?:tại|ở)[ \\t]+(?:(?:trung tâm|tt)[ \\t]*)?(?:${names})(?![\\p{L}])`, "gu");
  return [...new Set([...lowerText.matchAll(re)].map((m) => m[0]))];
}
