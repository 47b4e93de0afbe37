/**
 * A department's, a sub-department's or a board's report («SỞ TƯ PHÁP», «CHI CỤC THỦY LỢI» in its header) often
 * writes its one-stop results as its own acts, naming no desk at all: «Trong quý, Sở tiếp nhận 1.864 hồ sơ …»,
 * «Chi cục tham mưu giải quyết thủ tục hành chính …: tiếp nhận 48 hồ sơ …». Such a body keeps one desk, its own
 * (Nghị định 61/2018/NĐ-CP, Điều 8), and does not report the province's centre (vetoProvinceBody.ts): the dossiers
 * it says it received are the desk's the form owns. So where the report names no desk, the issuer's own name («sở
 * tư pháp», or its kind «sở» as the report calls itself) names the desk: its figures are read where the issuer is
 * named in their scope, as a named desk's are (vetoLeading.ts `organisationOutOfScope`), and the desk is not
 * «absent». Not when the report names a province-wide body (the centre): it may be giving the centre's account, or its
 * own desk there (deskAtCentre.ts), and is read as before. Nor when it names no administrative procedure («thủ tục
 * hành chính», «TTHC»): «Tiếp nhận: không có.» among a project board's staff moves is a transfer in, no desk's
 * dossiers. The form's own kind (a Văn phòng, which also runs the
 * centre) and a commune's report (communeReport.ts) are never read so: the caller asks only for another kind's report.
 */
import { namesOrganisation } from "./vetoPlace";
import { kindOf } from "./vetoOwnAward";

/** Administrative procedures named at all: a body that settles none («Ban quản lý dự án …») keeps no desk. */
const PROCEDURES = /(?<![\p{L}])(?:thủ tục hành chính|tthc)(?![\p{L}])/u;

/**
 * The names that stand for the issuer's own desk in the (lower-case, NFC) text: the issuing body (`ownBody`, from the
 * header) and its kind, when the text names none of the province-wide bodies (`centreNames`: «phục vụ hành chính
 * công», «pvhcc»). Empty otherwise, or when the issuer's kind is unknown.
 */
export function ownDeskNames(lowerText: string, ownBody: string | null, centreNames: readonly string[]): string[] {
  const kind = ownBody === null ? null : kindOf(ownBody);
  if (kind === null || centreNames.length === 0 || namesOrganisation(lowerText, centreNames) || !PROCEDURES.test(lowerText)) return [];
  return [...new Set([ownBody!, kind])];
}
