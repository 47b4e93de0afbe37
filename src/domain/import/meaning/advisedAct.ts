/**
 * An office advises («tham mưu») the government it serves; what it advises that government to do is done by that
 * government. «Văn phòng đã tham mưu UBND xã xây dựng kế hoạch kiểm tra việc thực hiện dân chủ ở cơ sở tại 04 xóm»:
 * the four hamlets are the commune's check, not one the office makes of its own units. The one act an office's advice
 * ends in that is the office's own work is a document the body issues or is handed: the office drafts it («tham mưu
 * UBND xã ban hành 04 văn bản», «tham mưu với Chủ tịch UBND tỉnh ban hành kế hoạch … 09 nhóm công việc»), so counts
 * after those verbs stay the office's. «Văn phòng tham mưu tổ chức 13 cuộc giao ban» names no other doer. When the
 * advised body issues the report itself (a commune's People's Committee reporting what its office advised it), the
 * act is the reporting body's own. Language knowledge only: no field is named.
 */

import { kindOf, normal } from "./vetoOwnAward";

/** The governments an office serves, as clerks name them after «tham mưu (với/cho)». */
const GOVERNMENT = String.raw`(?:Thường trực\s+)?(?:(?:Phó\s+)?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)`;
const LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu";
/** The level is the body's whole name: «UBND tỉnh: 07 văn bản» is not «UBND» advised to «tỉnh: …». */
const LEVEL = String.raw`(?:\s+(?:${LEVELS}))?(?!\s+(?:${LEVELS})(?![\p{L}]))`;
/** «tham mưu UBND xã», «tham mưu với Chủ tịch UBND tỉnh», «tham mưu cho Thường trực HĐND, UBND xã». */
const ADVISED = new RegExp(
  String.raw`(?<![\p{L}])tham mưu\s+(?:với\s+|cho\s+)?(?<body>${GOVERNMENT}${LEVEL}(?:\s*(?:,|và)\s*${GOVERNMENT}${LEVEL})*)\s+(?<act>[^\n;]*)$`,
  "iu",
);
/** Acts whose object is a document the office drafts: issuing, approving, signing, publishing it, or submitting it. */
const DOCUMENT_ACT = /^(?:ban hành|phê duyệt|ký|công bố|trình|giao|chỉ đạo|có văn bản|văn bản)(?![\p{L}])/iu;
/** How far back the advice may stand: one clause. */
const REACH = 200;

/**
 * The number at `start` counts what a government the office advised does, written in the same clause after «tham
 * mưu <government> <act>», where the act is not the issuing of a document and the government is not the report's
 * issuer (`ownBody`, lower case).
 */
export function advisedBodysAct(text: string, start: number, ownBody: string | null): boolean {
  let before = text.slice(Math.max(0, start - REACH), start);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf(". "));
  if (cut !== -1) before = before.slice(cut + 1);
  const m = ADVISED.exec(before.normalize("NFC"));
  if (!m?.groups) return false;
  // «Tham mưu UBND tỉnh: 07 văn bản …» is a label: what follows the colon is the office's own work, listed.
  const act = m.groups["act"]!.trim();
  if (!/^\p{L}/u.test(act) || DOCUMENT_ACT.test(act)) return false;
  return !issuedByIt(m.groups["body"]!, ownBody);
}

/** The report is issued by the advised government itself («ủy ban nhân dân xã trùng khánh» advised as «UBND xã»). */
function issuedByIt(body: string, ownBody: string | null): boolean {
  if (ownBody === null) return false;
  const kind = kindOf(normal(ownBody));
  return (kind === "ủy ban nhân dân" || kind === "hội đồng nhân dân") && normal(body).includes(kind);
}
