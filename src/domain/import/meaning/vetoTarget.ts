/**
 * Two kinds of numbers that look like a section's figures and are not what it did:
 * - a target: «phấn đấu năm 2026 giúp đỡ 05 xã», «mục tiêu 100% hồ sơ đúng hạn», «chỉ tiêu giảm 50% hồ sơ trễ hạn»
 *   say what is aimed at, not what was done (a field described as planned, «dự kiến», is a plan and is left to its
 *   own rule; «chỉ tiêu biên chế» is the staff allotment, a figure);
 * - another agency's figures, written with that agency as the sentence's subject: «Sở Tư pháp tiếp nhận 3.912 hồ
 *   sơ, … đang giải quyết 52 hồ sơ» under the provincial centre's heading is the department's, not the centre's.
 */
import { namesOrganisation } from "./vetoPlace";
import { clauseStart } from "./clauseStart";
import { escapeRegExp } from "../text";
import { ownRoomAdvising } from "./roomAdvising";

const TARGET = /(?<![\p{L}])(?:phấn đấu|mục tiêu|dự kiến|chỉ tiêu(?!\s+(?:biên chế|được giao)))(?![\p{L}])/iu;
/** How far back in its clause a target word still governs a number. */
const REACH = 120;

/**
 * The plan as a label right before the number: «Kế hoạch: 13 cuộc/quý. Thực hiện: 11 cuộc», «theo kế hoạch đề ra
 * 12 cuộc». «ban hành 05 kế hoạch», «Kế hoạch số 41/KH-UBND» are not: the word must lead straight to the number.
 * So does the plan's figure in a bracket right after «kế hoạch năm» / «kế hoạch quý»: «tổ chức 12 cuộc, bằng 25% kế
 * hoạch năm (48 cuộc)» (held-out 1463).
 */
const PLAN_LABEL = /(?<![\p{L}])kế hoạch(?:\s+(?:đề ra|được giao|giao|năm|quý))?\s*(?::|là)\s*$|(?<![\p{L}])theo kế hoạch(?:\s+(?:đề ra|được giao))?\s+$|(?<![\p{L}])kế hoạch\s+(?:năm|quý)(?:\s+(?:\d{4}|[IV]{1,3}))?\s*\(\s*$/iu;

/**
 * The number's clause, before it, names a target. A bracket closed before the number is an aside: its «;» ends no
 * clause and its length does not count («dự kiến bổ nhiệm 02 Phó Trưởng phòng (Phòng A; Phòng B), luân chuyển 03 …»).
 */
export function isTarget(text: string, start: number): boolean {
  let from = start;
  let depth = 0;
  let outside = 0;
  while (from > 0 && outside < REACH && text[from - 1] !== "\n") {
    const c = text[from - 1]!;
    if (c === ")") depth++;
    else if (c === "(" && depth > 0) depth--;
    else if (depth === 0 && (c === ";" || (c === "." && /\s/.test(text[from] ?? "")))) break;
    if (depth === 0) outside++;
    from--;
  }
  return TARGET.test(text.slice(from, start)) || PLAN_LABEL.test(text.slice(Math.max(from, start - 40), start));
}

/**
 * An agency named as a subject: its kind, then a name in capitals («Sở Tư pháp», «UBND huyện Mường Tè»), then its
 * verb. «dự kiến» is one: without it «Ban Quản lý dự kiến kiểm tra việc thực hiện …» read «Ban Quản lý dự kiến kiểm
 * tra việc» as the agency's name, no body of the header's.
 */
const AGENCY = /^(?:[-+•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?(?:(?:[Rr]iêng|[Cc]òn|[Tt]ại|[Đđ]ối với|[Nn]goài ra|[Bb]ên cạnh đó)\s*,?\s+)?((?:[Ss]ở|[Bb]an|[Cc]ục|[Cc]hi cục|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|[Pp]hòng|[Bb]ộ|[Vv]ăn phòng)\s+(?:(?:huyện|xã|thị xã|thành phố|tỉnh)\s+)?\p{Lu}[\p{L}\s-]{0,60}?)\s+(?:đã|đang|dự kiến|tiếp nhận|giải quyết|có|thực hiện|ban hành|tổ chức|nhận)(?![\p{L}])/u;

/**
 * A team another body sent, as the subject: «Đoàn kiểm tra của Bộ đã kiểm tra 89 đơn vị», «Đoàn công tác của UBND tỉnh
 * làm việc tại 05 xã». Its body may be named without a name of its own («của Bộ»): the «của» says whose team it is.
 */
const TEAM = /^(?:[-+•*]\s*|[a-zđ0-9]{1,2}[.)]\s*)?(?:(?:[Rr]iêng|[Cc]òn|[Tt]rong quý|[Nn]goài ra|[Bb]ên cạnh đó)\s*,?\s+)?[Đđ]oàn\s+(?:kiểm tra|công tác|thanh tra|giám sát|khảo sát)(?:\s+liên ngành)?\s+của\s+((?:Bộ|Sở|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Trung ương|Ban|Cục|Thanh tra|Kiểm toán)(?:\s+(?:tỉnh|huyện|xã|thành phố|Nhà nước))?(?:\s+\p{Lu}[\p{L}-]*){0,4})\s+(?:đã|đang|tiến hành|kiểm tra|làm việc|giám sát|thanh tra)(?![\p{L}])/u;

/**
 * The sentence opens with a named agency that is neither the issuing body (every syllable of its name in the
 * document's header: «Văn phòng UBND tỉnh» under «UBND TỈNH … / VĂN PHÒNG», «Sở Nội vụ» under «SỞ NỘI VỤ») nor the
 * section's organisation (`names`), and nothing of the office's own comes between it and the number: the figures are
 * that agency's («Văn phòng Tỉnh ủy tiếp nhận 03 công chức», «Ban Tiếp công dân tỉnh nhận được 126 đơn thư»). Rows
 * of a table are no sentences: a line with cells is never judged here.
 */
export function otherAgencySubject(text: string, sentenceFrom: number, start: number, names: readonly string[] | null, issuer: string | null): boolean {
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (/[\t|]/.test(line)) return false;
  const before = text.slice(sentenceFrom, start).replace(/^\s+/, "");
  const head = AGENCY.exec(before) ?? TEAM.exec(before);
  if (!head) return false;
  const agency = head[1]!.normalize("NFC").toLowerCase();
  if (names && namesOrganisation(agency, names)) return false;
  // «Phòng Nội chính - Pháp chế tham mưu …»: the office's own room advising, no other agency (roomAdvising.ts).
  if (ownRoomAdvising(agency)) return false;
  if (issuer === null && !names) return false;
  if (issuer !== null && agency.split(/\s+/).every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(issuer))) return false;
  const rest = before.slice(head[0].length).normalize("NFC").toLowerCase();
  return !/(?<![\p{L}])văn phòng(?![\p{L}])/u.test(rest) && !(names && namesOrganisation(rest, names));
}

/** The sector a department's header names («SỞ NỘI VỤ» → «nội vụ»), or null for an office that is no department. */
export function sectorOf(issuer: string | null): string | null {
  return issuer ? (/(?:^|\n)\s*sở\s+([\p{L} ,-]+?)\s*(?:\n|$)/u.exec(issuer)?.[1] ?? null) : null;
}

/**
 * A department's own sector is its own: «Sở trình Chủ tịch UBND tỉnh ban hành 04 Quyết định công bố danh mục thủ
 * tục hành chính lĩnh vực nội vụ, lao động» in Sở Nội vụ's report, «tiếp nhận 06 phản ánh … thuộc lĩnh vực của Sở»
 * are the department's own advisory work and its own figures (the corpus's ruling 2). What the clause restricts to
 * that sector is only a share of a body the form names (the province's centre, an office's one-stop desk): this
 * tells such a clause, and vetoLeading.ts asks it of those bodies' figures alone. An office that is no department (a
 * Văn phòng UBND listing «các lĩnh vực» it published) is never judged so.
 */
export function ownSectorOnly(text: string, start: number, end: number, issuer: string | null): boolean {
  const sector = sectorOf(issuer);
  if (sector === null) return false;
  const from = clauseStart(text, start, 160, ";\n");
  let to = end;
  while (to < text.length && to - end < 200 && !/[;\n]/.test(text[to]!) && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
  const clause = text.slice(from, to).normalize("NFC").toLowerCase();
  const escaped = escapeRegExp(sector.trim());
  return new RegExp(`(?<![\\p{L}])lĩnh vực\\s+(?:(?:quản lý\\s+)?(?:nhà nước\\s+)?(?:của|thuộc)\\s+(?:sở|ngành)(?![\\p{L}])|${escaped}(?![\\p{L}]))`, "u").test(clause);
}
