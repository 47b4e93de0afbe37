/**
 * A department's report gives its own files and feedback in the form's words, and names the provincial centre or a
 * one-stop desk only as the way they went: «Sở tiếp nhận 6.214 hồ sơ TTHC qua Trung tâm Phục vụ hành chính công
 * tỉnh …; đã giải quyết 6.102 hồ sơ», under «Cải cách hành chính, thủ tục hành chính thuộc lĩnh vực của Sở». Those
 * are the department's totals, not the centre's. Two things say so, each enough:
 * - the sentence's subject is the issuing department itself («Sở», «Ngành», «Sở Tài chính»), not the organisation
 *   the field belongs to: the figures are the subject's, whatever channel the sentence names after it;
 * - the heading above the number restricts what follows to the department's own sector («… thuộc lĩnh vực của Sở»,
 *   «… lĩnh vực tài chính»): every figure under it of a body the form names (the centre, a desk) is the sector's
 *   share. The department's own figures under it (the decisions it submitted, the feedback it handled) are its own
 *   (the corpus's ruling 2): vetoLeading.ts asks this of the named bodies' figures alone.
 * Only a department's report (its header names a «Sở») is judged: a Văn phòng's one-stop desk and centre are its own.
 */
import { sectorOf } from "./vetoTarget";
import { namesOrganisation } from "./vetoPlace";
import { escapeRegExp } from "../text";

/** What may open a sentence before its subject: a time, a topic, a connective, then a comma. */
const OPENING = /^(?:(?:trong|riêng|đến hết|tính đến|từ|sau|qua|về|đối với|bên cạnh đó|ngoài ra|đồng thời|cụ thể|kết quả|quý|tháng|năm)(?![\p{L}])[^,;:\n]{0,60},\s*)+/iu;
/** The department as the subject: «Sở», «Ngành», «Sở Tài chính», «Ngành Nội vụ», then its verb (maybe after «đã»). */
const DEPARTMENT = /^(?:[-+•*]\s*)?((?:Sở|Ngành|SỞ|NGÀNH)(?:\s+\p{Lu}[\p{L}\s,-]{0,40}?)?)\s+(?:(?:đã|đang|cũng|đã\s+trực\s+tiếp|trực\s+tiếp)\s+)?(?:tiếp nhận|nhận|giải quyết|xử lý|tiếp|thực hiện|ban hành|trả|số hóa|công bố|có)(?![\p{L}])/u;

/**
 * The number's sentence has the issuing department as its subject and the field's organisation (`names`) is not that
 * subject: the figures are the department's.
 */
export function departmentSubject(text: string, sentenceFrom: number, start: number, names: readonly string[] | null, issuer: string | null): boolean {
  if (names === null || sectorOf(issuer) === null) return false;
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (/[\t|]/.test(line)) return false;
  let before = text.slice(sentenceFrom, start).replace(/^\s+/, "");
  before = before.replace(OPENING, "");
  const m = DEPARTMENT.exec(before);
  if (!m) return false;
  const subject = m[1]!.normalize("NFC").toLowerCase();
  if (namesOrganisation(subject, names)) return false;
  // «Sở Tư pháp» in another department's report is another agency (vetoTarget.otherAgencySubject judges it).
  const words = subject.split(/\s+/).slice(1);
  return words.length === 0 || words.every((w) => issuer!.includes(w));
}

/** A heading line, as vetoPlace.scopeBefore finds it. */
const HEADING_LINE = /^\s*(?:[IVX]+|\d+|[a-zđ])[.)]\s/u;
/** How far above its figures a heading is looked for. */
const REACH = 1500;

/** The heading over the number restricts it to the issuing department's own sector. */
export function sectorHeading(text: string, start: number, issuer: string | null): boolean {
  const sector = sectorOf(issuer);
  if (sector === null) return false;
  const low = Math.max(0, start - REACH);
  let from = text.lastIndexOf("\n", start - 1) + 1;
  // Below an empty first line (from 1) the line above starts at 0: lastIndexOf(…, -1) would find the same «\n».
  while (from > low && !HEADING_LINE.test(text.slice(from, Math.min(from + 12, start)))) from = from < 2 ? 0 : text.lastIndexOf("\n", from - 2) + 1;
  if (!HEADING_LINE.test(text.slice(from, from + 12))) return false;
  const end = text.indexOf("\n", from);
  // A run-in heading («a) Kiểm soát thủ tục hành chính: Kế hoạch … lĩnh vực giáo dục; tiếp nhận 02 …») is its words
  // up to its colon or full stop: what follows on its line is the body, whose clauses ownSectorOnly judges one by one.
  const line = text.slice(from, end === -1 || end > start ? start : end);
  const runIn = /[:.](?=\s)/u.exec(line.slice(HEADING_LINE.exec(line)![0].length));
  const heading = (runIn ? line.slice(0, HEADING_LINE.exec(line)![0].length + runIn.index) : line).normalize("NFC").toLowerCase();
  const escaped = escapeRegExp(sector.trim());
  return new RegExp(`(?<![\\p{L}])lĩnh vực\\s+(?:(?:quản lý\\s+)?(?:nhà nước\\s+)?(?:của|thuộc)\\s+(?:sở|ngành)(?![\\p{L}])|${escaped}(?![\\p{L}]))`, "u").test(heading);
}
