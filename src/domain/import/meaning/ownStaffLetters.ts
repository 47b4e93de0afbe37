/**
 * Letters about the body's own staff. Under democracy in an agency's own work, the letters a form asks for are the
 * letters, complaints and denunciations concerning the body's own staff («Văn phòng không nhận được đơn thư, khiếu nại,
 * tố cáo … đối với cán bộ, công chức … trực thuộc Văn phòng»). Where the document states that answer — «Không có đơn
 * khiếu nại, tố cáo đối với cán bộ, công chức của Văn phòng», «không có đơn thư tố cáo cán bộ, công chức của Văn
 * phòng», «Sở nhận 02 đơn phản ánh liên quan đến công chức của Sở» — that statement is the figure, and a count of
 * the petitions or citizens' letters beside it («nhận được 03 đơn thư của công dân», «02 đơn thư kiến nghị», a Sở's
 * «57 đơn khiếu nại, tranh chấp về đất đai của công dân» of its whole sector) is not: those letters concern no one's
 * conduct at the body. A
 * document that says nothing of its staff leaves its letters' count alone. Asked only of a field the form says counts
 * such letters (its hint names letters and staff). Language knowledge only: no field is named.
 */
import { numberClause, type ClauseSpan } from "./numberClause";
import { kindOf, normal } from "./vetoOwnAward";

const STAFF = "cán bộ|công chức|viên chức|người lao động|nhân viên";
/** Letters, complaints or denunciations, then the staff they concern, in one clause. */
// «Đơn thư liên quan đến viên chức của Ban»: «đơn thư» (letters of every kind) needs no kind named after it.
const STATEMENT = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:đơn thư|đơn)(?![\p{L}])[^.;\n]{0,40}?(?<![\p{L}])(?:khiếu nại|tố cáo|phản ánh)|đơn thư\s+(?:liên quan (?:đến|tới)|đối với))(?![\p{L}])[^.;\n]{0,40}?(?<![\p{L}])(?:${STAFF})(?![\p{L}])`,
  "giu",
);
/** The rest of the staff list, then whose they are: «, viên chức và người lao động (trực) thuộc / của Văn phòng». */
const OWNER_AFTER = new RegExp(String.raw`^(?:\s*(?:,|và)\s*(?:${STAFF}))*\s*(?:(?:trực thuộc|thuộc|của)\s+)?(?<body>[^,.;:()\n\t\d]{1,60})`, "iu");
/** A field counts letters about the staff: its hint names complaints or denunciations and staff. */
const FIELD_HINT = new RegExp(String.raw`(?<![\p{L}])(?:khiếu nại|tố cáo)(?![\p{L}])[^.;]*(?<![\p{L}])(?:${STAFF})(?![\p{L}])`, "iu");

/** The form says the field counts letters about the body's own staff (its hint). */
export function countsOwnStaffLetters(hint: string | undefined): boolean {
  return hint !== undefined && FIELD_HINT.test(hint);
}

export interface Span {
  start: number;
  end: number;
}

let memo: { text: string; reported: string | null; spans: Span[] } | null = null;

/** Where the document states letters about the staff of the body reported on (`reported`, lower case), read once. */
export function ownStaffStatements(text: string, reported: string | null): Span[] {
  // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
  if (memo?.text === text && memo.reported === reported) memo.text = text;
  else memo = { text, reported, spans: findStatements(text, reported) };
  return memo.spans;
}

function findStatements(text: string, reported: string | null): Span[] {
  const own = reported === null ? null : kindOf(normal(reported));
  const spans: Span[] = [];
  for (const m of text.normalize("NFC").matchAll(STATEMENT)) {
    const end = m.index + m[0].length;
    const owner = OWNER_AFTER.exec(text.slice(end, end + 100).normalize("NFC"));
    const body = owner ? normal(owner.groups!["body"]!) : "";
    const kind = kindOf(body);
    // The staff are the body's own: named by its kind («của Văn phòng», «công chức Sở»), or as the agency itself.
    if (kind !== null && (kind === "cơ quan" || kind === own)) spans.push({ start: m.index, end: end + owner![0].length });
  }
  return spans;
}

/** How far a count may stand before or after the statement it counts («02 đơn khiếu nại, tố cáo đối với …: 02»). */
const NEAR_BEFORE = /^[^.;,\n\d]{0,20}$/u;
const NEAR_AFTER = /^[^.;\n\d]{0,25}$/u;

/** The count at [start, end) is a count of letters beside a statement about the own staff, not one of its own. */
export function lettersBesideStaffStatement(text: string, start: number, end: number, spans: readonly Span[]): boolean {
  // «0 đơn»: no letters at all answers for the staff too.
  if (spans.length === 0 || !/[1-9]/.test(text.slice(start, end))) return false;
  return !spans.some((s) => (s.start <= start && end <= s.end) || (s.start >= end && NEAR_BEFORE.test(text.slice(end, s.start))) || (start >= s.end && NEAR_AFTER.test(text.slice(s.end, start))));
}

/**
 * Letters about land are citizens' letters to the body, not letters about its staff: «tiếp nhận 04 đơn (trong đó 03
 * đơn về đất đai)», «nhận 13 đơn (10 đơn tranh chấp đất đai, …)». Land claims and disputes between residents are what
 * a government settles for its residents; no one writes them about an office's staff. Land must be what the letters
 * are about («về / đơn / tranh chấp (về) đất đai»): «01 đơn kiến nghị liên quan đến việc giải quyết hồ sơ đất đai tại
 * Trung tâm» is about how the body's desk handled a dossier, its staff's work, and keeps its count. Read in what the
 * count counts: the words after it, to its clause's end, its bracket whole.
 */
const CITIZENS_MATTER = /(?<![\p{L}])(?:về|đơn|tranh chấp|lĩnh vực)(?:\s+(?:về|lĩnh vực))?\s+đất\s+đai(?![\p{L}])/iu;
/**
 * Citizens' letters the body settles («giải quyết 25 đơn khiếu nại, kiến nghị của công dân», an inspectorate's work)
 * are matters it decides as an authority, unless the clause says they concern its staff («… của công dân về thái độ
 * của công chức»). Received ones are left alone: «Văn phòng nhận được 04 đơn thư của công dân» with nothing said of
 * the staff is the clerk's answer to the form (ownStaffLetters.test.ts).
 */
const SETTLED_BEFORE = /(?<![\p{L}])(?:giải quyết|thụ lý)(?:\s+(?:xong|được))?\s+$/iu;
const CITIZENS_AUTHOR = /(?<![\p{L}])(?:của|do)\s+(?:các\s+)?(?:tổ chức,\s*)?(?:công dân|người dân|nhân dân|cử tri)(?![\p{L}])/iu;
const STAFF_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${STAFF})(?![\p{L}])`, "iu");
const LETTERS_AFTER = /^\s*(?:đơn thư|đơn)(?![\p{L}])/iu;

/** The count at [start, end) counts letters about a citizens' matter (read to its clause's end: numberClause.ts). */
export function citizensMatterLetters(text: string, start: number, end: number, clause?: ClauseSpan): boolean {
  if (!LETTERS_AFTER.test(text.slice(end, end + 12))) return false;
  const to = (clause ?? numberClause(text, start, end)).to;
  const counted = text.slice(end, to);
  // The author only in the number's own cell: «0⇥Đơn của công dân … (47 đơn)» is a note on other letters (173).
  if (!/^[ \u00a0]*đơn/iu.test(counted) || !CITIZENS_AUTHOR.test(counted) || STAFF_NAMED.test(counted)) return CITIZENS_MATTER.test(counted);
  return CITIZENS_MATTER.test(counted) || SETTLED_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
