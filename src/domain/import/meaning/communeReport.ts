/**
 * A commune's own report under two-level local government (Nghị quyết 202/2025/QH15 and Luật Tổ chức chính quyền địa
 * phương 2025: from 1/7/2025 a province and its xã, phường, đặc khu, no district between). A commune's People's
 * Committee writes the same periodic report for itself: its «Văn phòng HĐND và UBND xã/phường» is the form's office,
 * its own «Trung tâm Phục vụ hành chính công xã/phường» is what the form calls the province's centre (Nghị định
 * 118/2025/NĐ-CP gives each commune one), and «cấp xã» in it is its own level. So, in a report the commune issues:
 * - the form's province-wide bodies are the commune's own (no «another kind of office» veto);
 * - a field of the province's level («tỉnh» in its section's title) asks for the commune's level, and the province
 *   («tỉnh», «thành phố» above it) is the other level.
 * Judged from the header only (the issuing body, above «BÁO CÁO»): a province's report that names «UBND xã …» or a
 * commune's centre in its body stays a province's, and every «xã/phường» figure in it another level's.
 */
import type { FieldLevel } from "./vetoText";

/** «ủy ban nhân dân phường tây hồ», «văn phòng hđnd và ubnd xã …», «ủy ban nhân dân đặc khu phú quốc». */
const COMMUNE_BODY = /^(?:(?:ủy ban nhân dân|hội đồng nhân dân)\s+|văn phòng\s+(?:(?:hđnd|hội đồng nhân dân)\s+(?:và\s+)?)?(?:ubnd|ủy ban nhân dân)\s+)(?:xã|phường|thị trấn|đặc khu)(?![\p{L}])/u;

/** The level index of a commune in vetoText's levels (tỉnh 0, huyện 1, xã 2). */
export const COMMUNE_LEVEL = 2;

/**
 * An office the header names without its level, under the committee it serves on the line above: «ỦY BAN NHÂN DÂN
 * PHƯỜNG BẮC GIANG / VĂN PHÒNG HĐND VÀ UBND», as «UBND TỈNH GIA LAI / VĂN PHÒNG» is the province's office.
 */
const LEVELLESS_OFFICE = /^văn phòng(?:\s+(?:hđnd|hội đồng nhân dân)(?:\s+và)?)?(?:\s+(?:ubnd|ủy ban nhân dân))?$/u;
/** The header's first line: a commune's People's Committee («ủy ban nhân dân phường …», «ubnd xã …»). */
const COMMUNE_COMMITTEE = /^\s*(?:ủy ban nhân dân|ubnd)\s+(?:xã|phường|thị trấn|đặc khu)(?![\p{L}])/u;

/**
 * The issuing body (vetoOwnAward.issuingBody, lower case) is a commune's People's Committee or its office; `header`
 * (vetoTarget.issuerOf: the text above «BÁO CÁO», lower case) tells whose an office named without its level is.
 */
export function communeIssuer(issuingBody: string | null, header: string | null = null): boolean {
  if (issuingBody === null) return false;
  const body = issuingBody.replace(/uỷ/gu, "ủy");
  if (COMMUNE_BODY.test(body)) return true;
  return LEVELLESS_OFFICE.test(body.trim()) && header !== null && COMMUNE_COMMITTEE.test(header.replace(/uỷ/gu, "ủy"));
}

/** What a field's level asks for when the commune reports: the province's level is the commune's own. */
export function atCommuneLevel(level: FieldLevel): FieldLevel {
  if (!level.levels.includes(0)) return level;
  return { total: level.total, levels: [...new Set(level.levels.map((l) => (l === 0 ? COMMUNE_LEVEL : l)))] };
}
