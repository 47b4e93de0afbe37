/**
 * The form is written for one kind of office: the owner its sections name («Bộ phận một cửa của Văn phòng»). Its
 * sections about a body serving the whole province («Trung tâm Phục vụ hành chính công tỉnh», which the Văn phòng
 * UBND tỉnh runs) are filled from that office's own report. A department's, an inspectorate's or a board's report
 * («SỞ Y TẾ», «THANH TRA TỈNH», «BAN DÂN TỘC» in its header) gives its own desk, even one placed at the centre
 * («Bộ phận một cửa của Sở (đặt tại Trung tâm Phục vụ hành chính công tỉnh)»), and quotes the centre's figures only
 * as the setting («Toàn Trung tâm … tiếp nhận 31.904 hồ sơ của các sở, ngành»): the receiving office never takes the
 * province-wide body's figures from it. A report whose issuer is unknown, or of the form's own kind, is not judged.
 */
import { ownerOf } from "./vetoOwner";
import type { DocumentHeader } from "./documentHeader";
import { kindOf } from "./vetoOwnAward";

/** The kinds of office the form's sections name as owners («văn phòng»). */
export function formOwnerKinds(titles: readonly string[]): Set<string> {
  const kinds = new Set<string>();
  for (const title of titles) {
    const owner = ownerOf(title);
    const kind = owner === null ? null : kindOf(owner);
    if (kind !== null) kinds.add(kind);
  }
  return kinds;
}

/** A section's title names a body of the whole province, of no owner: «Trung tâm Phục vụ hành chính công tỉnh». */
export function provinceWide(title: string): boolean {
  const lower = title.normalize("NFC").toLowerCase().trim();
  return !/\s+của\s+/u.test(lower) && /(?<![\p{L}])(?:tỉnh|thành phố)$/u.test(lower);
}

/**
 * The document is issued by a body of another kind than the offices the form is written for. A body under such an
 * office, its header's last line below the office's, is one of the office's own and writes for it: a room
 * («VĂN PHÒNG UBND TỈNH SƠN LA / PHÒNG TỔ CHỨC - HÀNH CHÍNH - QUẢN TRỊ») in a summary it prepares for its head, the
 * office's centre («VĂN PHÒNG UBND TỈNH KHÁNH HÒA / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG») reporting its own dossiers,
 * which are the figures the office's form takes from it. A body under any other one («UBND HUYỆN … / PHÒNG NỘI VỤ»,
 * «UBND TỈNH … / SỞ NỘI VỤ») is a department of its own, another kind still.
 */
export function anotherKindsReport(header: Pick<DocumentHeader, "body" | "lines">, owners: ReadonlySet<string>): boolean {
  const { body, lines } = header;
  if (body === null || owners.size === 0) return false;
  const kind = kindOf(body);
  if (lines.at(-1) === body) {
    const above = lines.at(-2);
    const parent = above === undefined ? null : kindOf(above);
    if (parent !== null && owners.has(parent)) return false;
  }
  return kind !== null && !owners.has(kind);
}

/** What may open a sentence before its subject: a bullet, «Toàn», «Cả», «Riêng», then the body's kind. */
const BEFORE_SUBJECT = /^\s*(?:[-+•*]\s*)?(?:(?:toàn|cả|riêng|còn|tại|ở)\s+)?(?:trung tâm\s+|tt\s+)?$/u;

/**
 * In another kind's report, a sentence whose subject is the province-wide body («Toàn Trung tâm Phục vụ hành chính
 * công tỉnh trong cùng kỳ tiếp nhận 31.904 hồ sơ của các sở, ngành») gives that body's figures: no field's, not the
 * department's own desk's either. `names` are the ways the form names province-wide bodies.
 */
export function provinceSubject(sentenceBefore: string, names: readonly string[], desks: readonly string[] = []): boolean {
  const lower = sentenceBefore.normalize("NFC").toLowerCase();
  // «Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận …»: the place first, the department its subject
  // (deskAtCentre.ts).
  if (desks.some((d) => lower.includes(d))) return false;
  for (const name of names) {
    const at = lower.indexOf(name);
    if (at !== -1 && BEFORE_SUBJECT.test(lower.slice(0, at))) return true;
  }
  return false;
}
