/**
 * An office advises («tham mưu») the government it serves; what it advises that government to do is done by that
 * government. «Văn phòng đã tham mưu UBND xã xây dựng kế hoạch kiểm tra việc thực hiện dân chủ ở cơ sở tại 04 xóm»:
 * the four hamlets are the commune's check, not one the office makes of its own units. The one act an office's advice
 * ends in that is the office's own work is a document the body issues or is handed: the office drafts it («tham mưu
 * UBND xã ban hành 04 văn bản», «tham mưu với Chủ tịch UBND tỉnh ban hành kế hoạch … 09 nhóm công việc»), so counts
 * after those verbs stay the office's. «Văn phòng tham mưu tổ chức 13 cuộc giao ban» names no other doer. When the
 * advised body issues the report itself (a commune's People's Committee reporting what its office advised it), the
 * act is the reporting body's own; the body reporting is the one the report is about (reportedBody.ts: a People's
 * Committee issuing «… trong hoạt động của Văn phòng HĐND và UBND đặc khu» reports its office, whose advice to the
 * committee ends in the committee's acts). Language knowledge only: no field is named.
 */

import { kindOf, normal } from "./vetoOwnAward";

const LEVELS = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu";
/** A government by its council or committee alone, its head's title left out («UBND tỉnh», «HĐND xã»). */
export const GOVERNMENT_BODY = String.raw`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)`;
/** The governments an office serves, as clerks name them after «tham mưu (với/cho)». */
const GOVERNMENT = String.raw`(?:Thường trực\s+)?(?:(?:Phó\s+)?Chủ tịch\s+)?${GOVERNMENT_BODY}`;
/** The level is the body's whole name: «UBND tỉnh: 07 văn bản» is not «UBND» advised to «tỉnh: …». */
export const LEVEL = String.raw`(?:\s+(?:${LEVELS}))?(?!\s+(?:${LEVELS})(?![\p{L}]))`;
/** «tham mưu UBND xã», «tham mưu với Chủ tịch UBND tỉnh», «tham mưu cho Thường trực HĐND, UBND xã». */
const ADVISED = new RegExp(
  String.raw`(?<![\p{L}])tham mưu\s+(?:với\s+|cho\s+)?(?<body>${GOVERNMENT}${LEVEL}(?:\s*(?:,|và)\s*${GOVERNMENT}${LEVEL})*)\s+(?<act>[^\n;]*)$`,
  "iu",
);
/** Acts whose object is a document the office drafts: issuing, approving, signing, publishing it, or submitting it. */
const DOCUMENT_ACT = /^(?:ban hành|phê duyệt|ký|công bố|trình|giao|chỉ đạo|có văn bản|văn bản)(?![\p{L}])/iu;
/** A kind of document right before «tham mưu»: the count is of the documents advising. */
const ADVISING_DOCUMENT = /(?<![\p{L}])(?:văn bản|tờ trình|báo cáo|kế hoạch|quyết định)(?:\s+đã)?\s*$/iu;
/** How far back the advice may stand: one clause. */
const REACH = 200;

/**
 * The number at `start` counts what a government the office advised does, written in the same clause after «tham
 * mưu <government> <act>», where the act is not the issuing of a document and the government is not the body the
 * report is about (`reported`, lower case: reportedBody.ts, the header's issuer unless the title names another).
 */
export function advisedBodysAct(text: string, start: number, reported: string | null): boolean {
  const clause = clauseBefore(text, start);
  const m = ADVISED.exec(clause);
  if (!m?.groups) return false;
  // «- Văn bản tham mưu UBND tỉnh về tặng quà …: 09» (990): the documents the office advised with are its own work.
  if (ADVISING_DOCUMENT.test(clause.slice(0, m.index))) return false;
  // «Tham mưu UBND tỉnh: 07 văn bản …» is a label: what follows the colon is the office's own work, listed.
  const act = m.groups["act"]!.trim();
  if (!/^\p{L}/u.test(act) || DOCUMENT_ACT.test(act)) return false;
  return !issuedByIt(m.groups["body"]!, reported);
}

/** The number's clause up to `start`, NFC. */
function clauseBefore(text: string, start: number): string {
  let before = text.slice(Math.max(0, start - REACH), start);
  const cut = Math.max(before.lastIndexOf(";"), before.lastIndexOf("\n"), before.lastIndexOf(". "));
  if (cut !== -1) before = before.slice(cut + 1);
  return before.normalize("NFC");
}

/** The report is the advised government's own («ủy ban nhân dân xã trùng khánh» advised as «UBND xã»). */
export function issuedByIt(body: string, reported: string | null): boolean {
  const kind = governmentKind(reported);
  return kind !== null && normal(body).includes(kind);
}

/** The kind of a body that is a People's Committee or Council («ủy ban nhân dân», «hội đồng nhân dân»), else null. */
function governmentKind(body: string | null): string | null {
  const kind = body === null ? null : kindOf(normal(body));
  return kind === "ủy ban nhân dân" || kind === "hội đồng nhân dân" ? kind : null;
}

/** Grassroots places of a commune or ward («khu phố», «xóm», «tổ dân phố»): its government's, never an office's units. */
const GRASSROOTS = /^\s*(?:khu phố|tổ dân phố|tổ dân cư|khu dân cư|xóm|thôn|bản|ấp|làng|buôn|sóc)(?![\p{L}])/iu;
/** «03 cơ quan, đơn vị trực thuộc UBND đặc khu»: units named as a government's. */
const GOVERNMENTS_UNITS = new RegExp(
  String.raw`^\s*(?:cơ quan|đơn vị|phòng)(?![\p{L}])[^.;\n\d]{0,40}?(?<![\p{L}])(?:trực thuộc|thuộc)\s+(?<body>${GOVERNMENT_BODY}${LEVEL})`,
  "iu",
);

/**
 * The number at [start, end) counts grassroots places or a government's units in a clause where the office advises
 * («tham mưu») without naming whom: «Văn phòng tham mưu dự kiến kiểm tra … tại 03 khu phố», «Văn phòng sẽ tham mưu
 * tổ chức kiểm tra … tại 03 cơ quan, đơn vị trực thuộc UBND đặc khu». The advised act is done by the government those
 * places or units are of, unless that government is the body reported on (`reported`, lower case: reportedBody.ts).
 */
export function advisedPlaces(text: string, start: number, end: number, reported: string | null): boolean {
  if (!/(?<![\p{L}])tham mưu(?![\p{L}])/iu.test(clauseBefore(text, start))) return false;
  const after = text.slice(end, end + 80).normalize("NFC");
  // The body reported on is a People's Committee or Council: the places it checks are its own.
  if (GRASSROOTS.test(after) || GRASSROOTS.test(labelOf(text, start))) return governmentKind(reported) === null;
  const units = GOVERNMENTS_UNITS.exec(after);
  return units?.groups ? !issuedByIt(units.groups["body"]!, reported) : false;
}

/**
 * The label of a label line the number ends («- Tổ dân phố UBND phường dự kiến kiểm tra (Văn phòng tham mưu): 04»):
 * there the label's head noun is what the number counts. "" when the number is no label line's value.
 */
function labelOf(text: string, start: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const m = /^[\s\-+•*–]*([^\n]{1,160}?):[^\S\n]*$/u.exec(text.slice(lineStart, start).normalize("NFC"));
  return m ? m[1]! : "";
}

/** The counted thing's first words after a number («03 cơ quan, đơn vị …» → «cơ quan»). */
const COUNTED = /^[^\S\n]+(\p{L}+(?:[^\S\n]+\p{L}+)?)/u;

/**
 * The next period's task restates the advised act the report told before: «1. Tổ chức kiểm tra việc thực hiện dân chủ
 * tại 03 cơ quan, đơn vị theo kế hoạch» after «Văn phòng sẽ tham mưu tổ chức kiểm tra … tại 03 cơ quan, đơn vị trực
 * thuộc UBND đặc khu». The same count of the same things written earlier as an advised government's act makes the
 * task that government's too. `inTasks`: the number stands in the next period's tasks (planPlaces.ts).
 */
export function restatesAdvisedPlaces(text: string, start: number, end: number, reported: string | null, inTasks: boolean): boolean {
  if (!inTasks) return false;
  const counted = COUNTED.exec(text.slice(end, end + 40));
  if (!counted) return false;
  const written = text.slice(start, end);
  const mention = new RegExp(String.raw`(?<![\d.,])${written.replace(/[.,]/g, "\\$&")}[^\S\n]+${counted[1]!.replace(/\s+/gu, String.raw`[^\S\n]+`)}(?![\p{L}])`, "gu");
  for (const m of text.slice(0, start).matchAll(mention)) {
    if (advisedPlaces(text, m.index, m.index + written.length, reported)) return true;
  }
  return false;
}
