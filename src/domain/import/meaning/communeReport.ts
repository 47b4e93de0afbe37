/**
 * A commune's own report under two-level local government (Nghị quyết 202/2025/QH15 and Luật Tổ chức chính quyền địa
 * phương 2025: from 1/7/2025 a province and its xã, phường, đặc khu, no district between). A commune's People's
 * Committee writes the same periodic report for itself: its «Văn phòng HĐND và UBND xã/phường» is the form's office,
 * its own «Trung tâm Phục vụ hành chính công xã/phường» is what the form calls the province's centre (Nghị định
 * 118/2025/NĐ-CP gives each commune one), and «cấp xã» in it is its own level. So, in a report the commune issues:
 * - the form's province-wide bodies are the commune's own (no «another kind of office» veto);
 * - a field of the province's level («tỉnh» in its section's title) asks for the commune's level, and the province
 *   («tỉnh», «thành phố» above it) is the other level.
 * Judged from the header only (its capitals block, documentHeader.ts): a province's report that names «UBND xã …» or a
 * commune's centre in its body stays a province's, and every «xã/phường» figure in it another level's.
 */
import type { DocumentHeader } from "./documentHeader";
import type { FieldLevel } from "./vetoText";

/** «ủy ban nhân dân phường tây hồ», «văn phòng hđnd và ubnd xã …», «ủy ban nhân dân đặc khu phú quốc». */
const COMMUNE_BODY = /^(?:(?:ủy ban nhân dân|hội đồng nhân dân)\s+|văn phòng\s+(?:(?:hđnd|hội đồng nhân dân)\s+(?:và\s+)?)?(?:ubnd|ủy ban nhân dân)\s+|trung tâm phục vụ hành chính công\s+)(?:xã|phường|thị trấn|đặc khu)(?![\p{L}])/u;

/** The level index of a commune in vetoText's levels (tỉnh 0, huyện 1, xã 2). */
export const COMMUNE_LEVEL = 2;

/**
 * An office the header names without its level, under the committee it serves on the line above: «ỦY BAN NHÂN DÂN
 * PHƯỜNG BẮC GIANG / VĂN PHÒNG HĐND VÀ UBND», as «UBND TỈNH GIA LAI / VĂN PHÒNG» is the province's office; and the
 * commune's own centre reporting itself, «UBND XÃ MƯỜNG … / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG» (with «xã» after it, a
 * commune's body above).
 */
const LEVELLESS_OFFICE = /^(?:văn phòng(?:\s+(?:hđnd|hội đồng nhân dân)(?:\s+và)?)?(?:\s+(?:ubnd|ủy ban nhân dân))?|trung tâm phục vụ hành chính công)$/u;
/** The header's lines above the office: a commune's People's Committee («ủy ban nhân dân phường …»). */
const COMMUNE_COMMITTEE = /^\s*(?:ủy ban nhân dân|ubnd)\s+(?:xã|phường|thị trấn|đặc khu)(?![\p{L}])/u;

/**
 * The header's issuing body (documentHeader.ts) is a commune's People's Committee or its office; the body above it
 * in the header tells whose an office named without its level is.
 */
export function communeIssuer(header: Pick<DocumentHeader, "body" | "parent">): boolean {
  if (header.body === null) return false;
  const body = header.body.replace(/uỷ/gu, "ủy");
  if (COMMUNE_BODY.test(body)) return true;
  return LEVELLESS_OFFICE.test(body.trim()) && COMMUNE_COMMITTEE.test(header.parent.replace(/uỷ/gu, "ủy"));
}

/** What a field's level asks for when the commune reports: the province's level is the commune's own. */
export function atCommuneLevel(level: FieldLevel): FieldLevel {
  if (!level.levels.includes(0)) return level;
  return { total: level.total, levels: [...new Set(level.levels.map((l) => (l === 0 ? COMMUNE_LEVEL : l)))] };
}
