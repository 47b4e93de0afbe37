/**
 * A department's own report on a form that adds its figures up across levels of government («Tổng số lượt» = lãnh
 * đạo UBND tỉnh + thủ trưởng các sở, ban, ngành + UBND cấp xã): the department («SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG» under
 * «UBND TỈNH …») reports what its own leaders did. That is the form's departments' level, and nothing else reports into
 * its report: its totals are that level's account (communeTotals.ts pairs them, as for a commune's own report), and
 * the other levels' figures (the province's leaders, the communes') are none of its numbers, however its lines are
 * worded («Phó Giám đốc Sở được Giám đốc ủy quyền chủ trì» is no province chairman's deputy).
 *
 * Judged from the header only (its capitals block, documentHeader.ts), as communeReport.ts judges a commune's: a
 * province body's report that names a department in its body stays the province's.
 */
import type { DocumentHeader } from "./documentHeader";

/** «sở nông nghiệp và môi trường», «sở tư pháp»: a department of a province, named. */
const DEPARTMENT_BODY = /^sở\s+\p{L}/u;

/** The header's issuing body (documentHeader.ts) is a department. */
export function departmentIssuer(header: Pick<DocumentHeader, "body">): boolean {
  return header.body !== null && DEPARTMENT_BODY.test(header.body.trim().toLowerCase());
}
