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
 * The place is also written in a bracket after the body's counter, holding the centre's name and nothing else: «Hồ
 * sơ TTHC tiếp nhận tại quầy của Sở (Trung tâm PVHCC tỉnh)», «Bộ phận tiếp nhận của Sở (tại Trung tâm …)» (994);
 * a bracket saying more («quầy của Sở (Trung tâm … tiếp nhận 3.000 hồ sơ)»), or after the body alone («Sở (Trung tâm
 * PVHCC)»), is an aside, no place.
 */
import { kindOf } from "./vetoOwnAward";
import { escapeRegExp } from "../text";
import { deskActInBracket } from "./deskActInBracket";

/** A department's place of receiving at the centre: its counter, its desk. */
const COUNTER = "(?:quầy|bộ phận một cửa|bộ phận tiếp nhận và trả kết quả|bộ phận tiếp nhận)";

/** A date as clerks write it in a bracket: «15/9/2025», «14.12.2025», «15/9». */
const DATE = "(?:ngày[ \\t]+)?\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?";

/**
 * The span of the figures after the centre's name in the same bracket: «(Trung tâm PVHCC tỉnh, từ 15/9/2025 đến
 * 14/12/2025)», «(…; số liệu đến ngày 14/12)». A period says when, not whose: the bracket still names only the place.
 */
const SPAN = `(?:[ \\t]*[,;][ \\t]*(?:số liệu[ \\t]+)?(?:tính[ \\t]+)?(?:từ[ \\t]+${DATE}[ \\t]+)?đến[ \\t]+${DATE})`;


/** The desk's act written between the body and «tại»: «Sở tiếp nhận tại …», «Sở tiếp nhận, giải quyết tại …». */
const ACT = "(?:tiếp nhận|giải quyết|trả kết quả)(?:(?:,|[ \\t]+và)[ \\t]+(?:giải quyết|trả kết quả))*[ \\t]+";

/** When, between the place and the body: «trong quý», «trong quý I/2026,», «quý này». */
const WHEN = "(?:(?:trong[ \\t]+)?(?:quý|kỳ|kì)(?:[ \\t]+[ivx]+(?:[ \\t]*(?:/|năm)[ \\t]*\\d{4})?|[ \\t]+này)?[ \\t]*,?[ \\t]*)?";

/** The passive «được» before the act: «hồ sơ TTHC của Sở được tiếp nhận tại Trung tâm …» says the same as without it. */
const PASSIVE = "(?:được[ \\t]+)?";

/**
 * The phrases of the (lower-case, NFC) text that name the issuing body's dossiers at the province-wide centre,
 * written as the body's kind or its name, «tại» or «ở», then the centre by one of `centreNames` (its names without the
 * head noun «trung tâm»: «phục vụ hành chính công», «pvhcc»). Empty when the text has none.
 */
export function deskAtCentre(lowerText: string, ownBody: string | null, centreNames: readonly string[]): string[] {
  const kind = ownBody === null ? null : kindOf(ownBody);
  if (kind === null || centreNames.length === 0) return [];
  const body = [...new Set([ownBody!, kind])].map(escapeRegExp).join("|");
  const names = [...new Set(centreNames)].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  const centre = `(?:(?:trung tâm|tt)[ \\t]*)?(?:${names})`;
  const re = new RegExp(`(?<![\\p{L}])(?:${body})[ \\t]+(?:đặt[ \\t]+|${PASSIVE}${ACT})?(?:tại|ở)[ \\t]+${centre}(?![\\p{L}])`, "gu");
  // «quầy của Sở (Trung tâm PVHCC tỉnh)»: the body's counter, its place in a bracket holding nothing but the centre's
  // name. Both the phrase and the counter without its bracket name the desk (a number's scope leaves brackets out).
  const counter = new RegExp(`(?<![\\p{L}])(${COUNTER}[ \\t]+của[ \\t]+(?:${body}))[ \\t]*\\([ \\t]*(?:(?:tại|ở)[ \\t]+)?${centre}(?:[ \\t]+(?:tỉnh|thành phố))?${SPAN}?[ \\t]*\\)`, "gu");
  const counters = [...lowerText.matchAll(counter)].flatMap((m) => [m[0], m[1]!]);
  // «Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận 1.846 hồ sơ»: the place first, then the body
  // and its act, says the same (890).
  const placeFirst = new RegExp(`(?<![\\p{L}])(?:tại|ở)[ \\t]+${centre}(?:[ \\t]+(?:tỉnh|thành phố))?[ \\t]*,[ \\t]*${WHEN}(?:${body})[ \\t]+(?:đã[ \\t]+)?${ACT}`, "gu");
  const placesFirst = [...lowerText.matchAll(placeFirst)].map((m) => m[0]);
  // «Tại Quầy của Sở Nội vụ thuộc Trung tâm Phục vụ hành chính công tỉnh, trong quý tiếp nhận …» (960, 961): the body's
  // counter, said to belong to the centre («tại», «ở» after the body are read above).
  const counterIn = new RegExp(`(?<![\\p{L}])${COUNTER}[ \\t]+của[ \\t]+(?:${body})[ \\t]+thuộc[ \\t]+${centre}(?![\\p{L}])`, "gu");
  const countersIn = [...lowerText.matchAll(counterIn)].map((m) => m[0]);
  // «… của Sở (tiếp nhận tại Trung tâm …)»: the act and the place in a bracket after the body (deskActInBracket.ts).
  const bracketed = deskActInBracket(lowerText, body, `${PASSIVE}${ACT}`, centre);
  return [...new Set([...[...lowerText.matchAll(re)].map((m) => m[0]), ...counters, ...placesFirst, ...countersIn, ...bracketed])];
}
