/**
 * Whose staff a quota counts. A body's quota is of civil servants («biên chế công chức»); a public-service unit's is of
 * public employees, the law's «số lượng người làm việc» filled by «viên chức» (Luật Viên chức; Nghị định
 * 106/2020/NĐ-CP). A centre or a project board reporting on itself writes «được giao 28 người làm việc, hiện có 26
 * viên chức»: the noun right after each number says which quota it is, so neither is the civil servants' quota nor
 * those of them in post. Only a figure of a staffing quota (its words name «biên chế» or what is «được giao») is
 * judged: «Nâng lương trước thời hạn 01 viên chức» may still be the form's raise for «công chức». Language knowledge
 * only: no field is named.
 */
import { numberClause } from "./numberClause";
import { labelColumnOf } from "./tableGrid";
import { syllables } from "./words";

/** The two kinds of staff a quota can be of. */
export type StaffKind = "civil" | "public";

const CIVIL = /(?<![\p{L}])(?:công chức|cán bộ)(?![\p{L}])/iu;
const PUBLIC = /(?<![\p{L}])(?:viên chức|sự nghiệp|người làm việc|người lao động)(?![\p{L}])/iu;
/** A staffing quota's words: «biên chế», «được giao». */
const QUOTA = /(?<![\p{L}])(?:biên chế|được giao)(?![\p{L}])/iu;
/** The noun a number counts, right after it: «26 viên chức», «28 người làm việc», «62 biên chế công chức». */
const NOUN_AFTER = /^[^\S\n]*(?:biên chế[^\S\n]+)?(công chức|viên chức|người làm việc)(?![\p{L}])/iu;
/** A short form right after the number («33 VC», «12 CC»): two or more capitals, no syllable of its own. */
const SHORT_AFTER = /^[^\S\n]*(\p{Lu}[\p{Lu}\p{Ll}]{0,5})(?![\p{L}\p{M}])/u;

/**
 * The staff noun right after the number and how long it is written: the noun in full, or a short form the document
 * reads as one («Viết tắt: … VC = viên chức», words.ts: «có mặt: 33 VC» counts viên chức).
 */
function nounAfter(after: string): { noun: string; length: number } | null {
  const full = NOUN_AFTER.exec(after);
  if (full !== null) return { noun: full[1]!, length: full[0].length };
  const short = SHORT_AFTER.exec(after);
  if (short === null || !/\p{Lu}.*\p{Lu}/u.test(short[1]!)) return null;
  const read = syllables(short[1]!).join(" ");
  const noun = NOUN_AFTER.exec(read);
  return noun !== null && noun[0].length === read.length ? { noun: noun[1]!, length: short[0].length } : null;
}

/** The one kind of staff `words` name, or null when they name both or neither. */
export function oneKind(words: string): StaffKind | null {
  const civil = CIVIL.test(words);
  return civil === PUBLIC.test(words) ? null : civil ? "civil" : "public";
}

/** The kind of staff a figure's words name, when they name one kind only. */
export function figureStaffKind(words: string): StaffKind | null {
  return QUOTA.test(words) ? oneKind(words) : null;
}

/** The kind of staff the number ending at `end` counts by the noun right after it, when its clause names one kind only. */
export function countedStaffKind(text: string, end: number, start = end): StaffKind | null {
  const after = text.slice(end, end + 80);
  const noun = nounAfter(after);
  // «hiện có 10 công chức (2)»: a number alone in brackets after a count of staff is about those staff.
  if (noun === null) return /^\s*\)/u.test(after) ? bracketedAfter(text, start) : null;
  const kind: StaffKind = /^công/iu.test(noun.noun) ? "civil" : "public";
  // «26 công chức, viên chức»: both kinds counted together, neither's quota alone.
  const clause = after.slice(noun.length).split(/[;.()\n\d]/u)[0] ?? "";
  const rest = clause.split(/,(?!\s*(?:viên chức|công chức|cán bộ|người lao động)(?![\p{L}]))/iu)[0] ?? "";
  if ((kind === "civil" ? PUBLIC : CIVIL).test(rest)) return null;
  return kind;
}

/** The kind the count right before a bracket opening at `start` counts («10 công chức (2)»), or null. */
function bracketedAfter(text: string, start: number): StaffKind | null {
  const before = /(\d[\d.]*)[^\S\n]+(công chức|viên chức|người làm việc)[^\S\n]*\(\s*$/iu.exec(text.slice(Math.max(0, start - 40), start));
  return before === null ? null : /^công/iu.test(before[2]!) ? "civil" : "public";
}

/** A total over kinds named before its number: «Tổng số cán bộ, công chức và người lao động hiện có … là 49 người». */
const TOTAL_BEFORE = /(?<![\p{L}])(?:tổng số|tổng cộng)(?![\p{L}])/iu;
/** How far back in its clause a total's words may stand. */
const TOTAL_REACH = 160;

/**
 * The number starting at `start` is a total of both kinds of staff: its clause opens with «tổng số» / «tổng cộng»
 * and names civil servants and public employees or workers before it. Such a head count is neither kind's quota.
 * The clause is the number's own (numberClause.ts; `clauseFrom` where it starts, SpanFacts.clause when the caller has
 * it): a «;» inside brackets («(kể cả 02 hợp đồng; 01 biệt phái)») does not cut the «tổng số» off, nor does the point
 * of «1.234»; the words must still stand within TOTAL_REACH of the number.
 */
export function totalOfKinds(text: string, start: number, clauseFrom = numberClause(text, start, start).from): boolean {
  const clause = text.slice(Math.max(clauseFrom, start - TOTAL_REACH), start);
  const total = TOTAL_BEFORE.exec(clause);
  if (total === null) return false;
  const named = clause.slice(total.index);
  // «Tổng số … là 96 người, trong đó: cán bộ, công chức 71 người»: a count between is the total; what follows it is
  // its parts. Asides in brackets and years do not count («(kể cả 02 hợp đồng; 01 biệt phái)», «năm 2026»).
  if (/\d/u.test(withoutYears(named.replace(/\([^()]*\)?/gu, "")))) return false;
  return CIVIL.test(named) && PUBLIC.test(named);
}

/** The text with its years («năm 2026») left out: a year is no count. */
function withoutYears(words: string): string {
  return words.replace(/(?<![\d.,])\d{4}(?![\d.,])/gu, "");
}

/** Where a number's own stretch of words starts: after a clause's or a cell's mark, or a stop before a space. */
const STRETCH_END = /[,;()\t\n]|\.(?=\s)/gu;

/**
 * The kind of staff the number starting at `start` counts by the words of its own stretch before it, when they name
 * one kind only: a Word cell «Viên chức Trung tâm Dịch vụ tổng hợp được giao 15 người» beside «Cán bộ, công chức
 * được giao năm 2025 42 người» names its kind ahead of the number, and «người» after it says nothing.
 */
function kindBefore(text: string, start: number): StaffKind | null {
  const before = text.slice(Math.max(0, start - 120), start);
  let from = 0;
  for (const m of before.matchAll(STRETCH_END)) from = m.index! + m[0].length;
  return oneKind(before.slice(from)) ?? leadLabelKind(before) ?? rowLabelKind(text, start);
}

/**
 * «Viên chức có mặt⇥13⇥09⇥22»: a table row's label names the staff of every figure in the row, however many cells
 * stand between them (tableGrid.ts labelColumnOf: its first cell with letters that is no row number).
 */
function rowLabelKind(text: string, start: number): StaffKind | null {
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (!line.includes("\t")) return null;
  const cells = line.split("\t");
  const label = labelColumnOf(cells);
  return label === -1 || label === cells.length - 1 ? null : oneKind(cells[label]!);
}

/**
 * «Công chức: được giao 58, hiện có 54. Viên chức: được giao 22, hiện có 20.» (824): a sentence led by a label and a
 * colon speaks of that label's staff in every clause after it, «hiện có 54» of the civil servants.
 */
const LEAD_LABEL = /(?:^|[\t\n]|\.\s)[ \t]*(?:[-+•][ \t]*)?([^\t\n.:;,()\d]{2,40}):[^\t\n:]*$/u;
function leadLabelKind(before: string): StaffKind | null {
  const lead = LEAD_LABEL.exec(before);
  return lead === null ? null : oneKind(lead[1]!);
}

/**
 * The kind of staff the number from `start` to `end` counts: by the noun right after it, or else by the words of its
 * own stretch before it.
 */
export function staffKindAt(text: string, start: number, end: number): StaffKind | null {
  return countedStaffKind(text, end, start) ?? (start < end ? kindBefore(text, start) : null);
}

/**
 * The number ending at `end` counts another kind of staff than the quota figure whose words are `figureWords`.
 * `clauseFrom`: where the number's clause starts, when the caller has it cached (SpanFacts.clause).
 */
export function otherStaffKind(figureWords: string, text: string, end: number, start = end, clauseFrom?: number): boolean {
  const mine = figureStaffKind(figureWords);
  if (mine === null) return false;
  if (start < end && totalOfKinds(text, start, clauseFrom)) return true;
  const counted = staffKindAt(text, start, end);
  return counted !== null && counted !== mine;
}

/**
 * «Cán bộ, công chức | | Viên chức | | …» over «Được giao | Hiện có | Được giao | Hiện có» (823): the column's group
 * and header, when they name one kind of staff, say whose quota its numbers are, whatever the row («Tổng cộng»).
 * `columnWords`: the number's column's group and header as one text (tableGrid.tableCell); "" outside a table.
 */
export function otherKindColumn(figureWords: string, columnWords: string, rowLabel: string): boolean {
  const mine = figureStaffKind(figureWords);
  // A header holding figures is a first row of «Label N người» cells, no header (611); a row that names its own kind
  // («Công chức | 58 | 53» under «Biên chế, số lượng người làm việc») speaks for itself (732).
  if (mine === null || columnWords.trim() === "" || /\d/u.test(withoutYears(columnWords)) || oneKind(rowLabel) !== null) return false;
  const column = oneKind(columnWords);
  return column !== null && column !== mine;
}
