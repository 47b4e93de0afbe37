/**
 * An office names its own divisions by their kind, not by the form's words: «Văn phòng có 06 phòng chuyên môn, gồm:
 * …», «có 04 phòng: …», «gồm 06 phòng, đơn vị (…)», «gồm 08 phòng và tương đương: …», «UBND huyện có 12 cơ quan
 * chuyên môn và …». Such a heading is the list of what the office has directly under it: the form's list named only
 * by words for units and «trực thuộc» («Các tổ chức trực thuộc»). A list that names a kind of unit of its own
 * («đơn vị sự nghiệp») is never this one, and a form with no such list, or more than one, reads nothing here.
 *
 * Taken only as a whole: a list needs its count written with it and equal to its items (arithmetic evidence that the
 * heading counts those names), and a count alone is read only after the same verbs and before the clause ends.
 */
import type { ListTarget } from "./listHeads";
import { bracketItems, countedLines, inlineItems, itemsAfter, namesJoined, type ListBody } from "./listItems";
import { UNIT_WORDS } from "./listHeads";
import { placesVisited, structureLead } from "./listPlaces";
import { endsWhatItHas, enumerationFrom } from "./listHas";
import { NUMERAL_WORDS, spelledValue } from "../../spelledCounts";
import { anotherBodyHas, isOwnBody } from "./listOwner";
import { remarkLength } from "./countRemark";
import { deniedBefore, denialOf } from "./deniedList";

export interface DivisionFinding {
  target: ListTarget;
  list?: ListBody;
  /** Absent where the names are taken without their count (a bare kind after a bullet or a note's mark). */
  count?: { start: number; end: number; value: number; input?: string };
}

/**
 * The words an office uses for its own divisions, longest first (a bare «phòng» or «bộ phận» only with its list):
 * «phòng, chi cục», «phòng nghiệp vụ» (a central body's provincial branch), «phòng và tổ chức tương đương», «phòng chuyên môn và tương đương», «cơ quan chuyên môn và tổ chức hành chính» (a commune), «cơ
 * quan, đơn vị chuyên môn», «cơ quan, đơn vị» (a commune's, its count and names written with it), «ban, văn phòng» (a
 * mass organisation's own), «bộ phận» (a district office), «tổ chức tham mưu, giúp việc Giám đốc Sở» (a department,
 * as the law on a Sở's structure names them), or that name shortened, «07 tổ chức tham mưu, gồm: …»; a mass
 * organisation's «05 ban» or «04 ban chuyên môn», a school's «07 khoa, phòng», «04 bộ phận, đơn vị».
 */
const KINDS =
  "phòng,? ban,? đơn vị|phòng,? ban,? chi cục|phòng,? ban,? trung tâm|phòng,? trung tâm|phòng,? ban và (?:tổ chức )?tương đương|cơ quan,? tổ chức|" +
  "phòng chuyên môn(?:,? nghiệp vụ)? và (?:tổ chức )?tương đương|phòng chuyên môn,? nghiệp vụ|phòng chuyên môn|phòng nghiệp vụ|phòng,? đơn vị|phòng,? ban|phòng,? chi cục|phòng và (?:tổ chức )?tương đương|" +
  "phòng,? đơn vị chuyên môn|phòng,? khoa|khoa,? phòng|" +
  "cơ quan chuyên môn,? (?:và )?tổ chức hành chính|cơ quan,? đơn vị chuyên môn|cơ quan chuyên môn,? đơn vị|cơ quan chuyên môn|cơ quan,? đơn vị|ban,? văn phòng|ban chuyên môn|tổ chức tham mưu(?:,? giúp việc(?: \\p{Lu}\\p{Ll}+ \\p{Ll}+(?: \\p{Lu}\\p{Ll}*)?)?)?|" +
  "tổ chức hành chính|" +
  "bộ phận,? đơn vị|bộ phận|ban|phòng";
/**
 * What may follow the kind and still name the office's own divisions: «hành chính» or «chuyên môn» saying what kind of
 * unit («08 phòng, đơn vị hành chính: …», «08 phòng, ban chuyên môn»), then «trực thuộc» or «tham mưu» («05 phòng, đơn
 * vị tham mưu: …», the law's «tổ chức tham mưu, giúp việc»).
 */
const QUALIFIER = "(?:[ \\t]+(?:hành chính|chuyên môn)(?![\\p{L}\\p{M}]))?(?:[ \\t]+(?:trực thuộc|tham mưu(?:,? giúp việc)?))?";
/**
 * A kind that names a room as often as a division, or any body at all («04 cơ quan, tổ chức» a letter went to):
 * counted alone, without its names, it is neither.
 */
const BARE = /^(?:phòng|bộ phận|ban|cơ quan,? tổ chức)$/iu;

/*
 * What the office has: after «có»/«gồm»/«;» (or «tổ chức», «bố trí», «còn»: «Văn phòng tổ chức 03 bộ phận: …», «sắp xếp
 * lại còn 07 phòng, đơn vị: …») or at the start of a line or clause, then the count and the kind. The
 * count may be spelled with its digits in brackets, as legal style writes it: «Cơ quan có năm (05) phòng: …», «Ban có
 * 05 (năm) phòng …», or in words alone: «… và ba phòng chuyên môn là …». After a bullet, a footnote's mark «[3]» or a
 * full stop («Tổ chức. 05 phòng chuyên môn: …») it is the `lead`, read only with its names. After a comma only inside
 * an enumeration of what the office has (listHas.ts enumerationFrom).
 */
const NUMERAL = `(?:${[...NUMERAL_WORDS].join("|")})`;
const NUMERALS = `${NUMERAL}(?:[ \\t]+${NUMERAL}){0,3}`;
const HEADING = new RegExp(
  `(?<=(?:^|[\\n;:\\t,]|(?<![\\p{L}\\p{M}])(?:có|gồm|bao gồm|và|tổ chức(?: thành)?|bố trí|còn)|(?<lead>(?:^|\\n)[ \\t]*(?:[-+•*–●▪➢►]|\\[\\d{1,2}\\])|\\.))[ \\t]*)(?:\\p{Ll}+(?:[ \\t]+\\p{Ll}+){0,2}[ \\t]*\\([ \\t]*(?<spelled>\\d{1,3})[ \\t]*\\)|(?<n>\\d{1,3})(?:[ \\t]*\\([ \\t]*\\p{Ll}[\\p{Ll}\\p{M} ]*\\))?|(?<word>${NUMERALS}))[ \\t]+(?<kind>${KINDS})${QUALIFIER}(?![\\p{L}\\p{M}])`,
  "dgiu",
);

/**
 * The kind first and its count in brackets: «- Các phòng và tương đương (07): …», «Phòng chuyên môn (03): …», the
 * unit said again in the bracket «Các phòng chuyên môn (06 phòng): …», or opening a numbered item «4. Các phòng …».
 */
// Where it may start is checked after a match (OPENS): a lookbehind first would be tried at every character.
const BRACKETED = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:các[ \\t]+)?(?<kind>${KINDS})(?:[ \\t]+trực thuộc)?[ \\t]*\\([ \\t]*(?<n>\\d{1,3})(?:[ \\t]+(?:phòng|đơn vị|tổ chức|cơ quan|bộ phận))?[ \\t]*\\)`,
  "dgiu",
);
// A sentence's start opens one as a line's does: «… kiêm nhiệm Giám đốc Trung tâm). Các phòng chuyên môn (06 phòng): …»
// (held-out 1393); its count is still taken only as the list's (its names as many).
const OPENS = /(?:^|[\n;:]|\.(?=[ \t])|(?<![\p{L}\p{M}])(?:có|gồm|bao gồm))[ \t]*(?:[-+•*–][ \t]+|(?<=(?:^|\n)[ \t]*)(?:\d{1,2}|[a-zđ])[.)][ \t]+)?$/iu;

/**
 * A table row labelled by the kind alone: «5⇥Phòng chuyên môn⇥phòng⇥03⇥⇥Văn phòng; Phòng A; Phòng B», or as the
 * question of an outline's table asks it, «2⇥Số phòng chuyên môn, nghiệp vụ thuộc Sở⇥07⇥Văn phòng; Thanh tra; …».
 */
const ROW_LABEL = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:các|số)[ ]+)?(?:${KINDS})(?:[ ]+(?:trực thuộc|thuộc[ ]+(?:Sở|Văn phòng|Ban|Cục|Chi cục|UBND)))?[ ]*(?=\\t)`, "giu");

/** The cell before a count's cell is the kind alone, as a row label: «Các phòng chuyên môn⇥». */
const KIND_CELL_BEFORE = new RegExp(`(?:^|[\\t\\n])[ ]*(?:các[ ]+)?(?:${KINDS})(?:[ ]+trực thuộc)?[ ]*\\t[ \\t]*$`, "iu");

/**
 * What introduces the names: «, gồm:», «, cụ thể:», «:», «là», «là:», «(», after a lower-case bracket saying which
 * units are counted («(không kể các trường học)»). Case-sensitive: a capitalised bracket is the names themselves.
 */
const INTRO =
  /^(?:[ \t]*\((?![ \t]*(?:bao gồm|gồm|cụ thể|là)(?![\p{L}\p{M}]))[ \t]*\p{Ll}[^()\n]{0,80}\))?[ \t]*(?:(?<intro>,?[ \t]*(?:bao gồm|gồm có|gồm|cụ thể(?:[ \t]+(?:là|như sau))?)[ \t]*:?|:|là[ \t]*:?(?=[ \t]))|(?<bracket>\())/u;
/**
 * «Văn phòng có 07 tổ chức hành chính trực thuộc, gồm 06 phòng chuyên môn và Trung tâm …»: a count right after the
 * «gồm» of another count in its clause is one kind among that count's units, not them all.
 */
const AFTER_COUNT_INCLUDES = /\d[ \t]+[^\d;:.()\n]{1,80}?,?[ \t]+(?:bao gồm|gồm có|gồm)[ \t]*:?[ \t]*$/iu;
/** The heading ends its line: its names may be the lines below. */
const LINE_END = /^[ \t]*\n/u;
/** A count alone ends its clause: «có 12 cơ quan chuyên môn và 04 đơn vị…», «…; 05 phòng chuyên môn.». */
const CLAUSE_END = /^[ \t]*(?:[.;\n]|$|và[ \t])/u;

/** The form's list of an office's own divisions: named only by unit words and «trực thuộc», the one such list. */
export function divisionTarget(targets: readonly ListTarget[]): ListTarget | null {
  const generic = (w: string) => UNIT_WORDS.has(w) || w === "trực" || w === "thuộc";
  const found = targets.filter((t) => t.heads.some((h) => h.slice(-2).join(" ") === "trực thuộc") && t.heads.every((h) => h.every(generic)));
  return found.length === 1 ? found[0]! : null;
}

export function findDivisions(text: string, targets: readonly ListTarget[]): DivisionFinding[] {
  const target = divisionTarget(targets);
  if (!target) return [];
  const out: DivisionFinding[] = [];
  const denial = denialOf(target);
  const bracketed = [...text.matchAll(BRACKETED)].filter((m) => OPENS.test(text.slice(Math.max(0, m.index - 24), m.index)));
  for (const m of [...text.matchAll(HEADING), ...bracketed]) {
    const digits = m.groups!["n"] !== undefined ? "n" : m.groups!["spelled"] !== undefined ? "spelled" : "word";
    const [start, end] = m.indices!.groups![digits]!;
    // Places of an activity, or what another body has («UBND phường có 03 phòng …» in its office's report: listOwner.ts).
    if (placesVisited(text, m.index) || anotherBodyHas(text, m.index)) continue;
    // «VP không có tổ chức trực thuộc; bố trí 04 bộ phận (…)»: the list denied by name, these are other units (deniedList.ts).
    if (deniedBefore(text, m.index, denial)) continue;
    // «… có Chánh Thanh tra, 04 Phó Chánh Thanh tra và 06 phòng …»: «và» only where it ends what the office has.
    const opener = /(?:(?<![\p{L}\p{M}])và|\t|,)[ \t]*$/u.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[0].trim();
    if (opener === "và" && !endsWhatItHas(text, m.index)) continue;
    // «UBND xã có Chủ tịch, 02 Phó Chủ tịch, 04 cơ quan …»: a comma only inside what the office itself has.
    if (opener === ",") {
      const has = enumerationFrom(text, m.index);
      if (has < 0 || anotherBodyHas(text, has)) continue;
    }
    // A cell opens a heading only beside a row label naming the kind: «Các phòng chuyên môn⇥05 phòng: …», not
    // «Kiểm tra việc thực hiện dân chủ⇥02 phòng: …» (the places inspected).
    if (opener === "" && !KIND_CELL_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const value = digits === "word" ? spelledValue(m.groups!["word"]!) : Number(m.groups![digits]);
    if (value === null || value === 0) continue;
    const count = { start, end, value, ...(digits === "word" ? { input: String(value) } : {}) };
    // «13 tổ chức hành chính (07 phòng chuyên môn, nghiệp vụ và 06 chi cục) và …»: a bracket of counts adding up to
    // the count breaks it down by kind; the clause goes on after it.
    const parts = m.index + m[0].length + partsBracket(text.slice(m.index + m[0].length, m.index + m[0].length + 160), value);
    const after = parts + remarkLength(text, parts);
    const intro = INTRO.exec(text.slice(after, after + 40));
    // «2. Tổ chức: 08 phòng, đơn vị» ending its line over one bullet a name: the names as many as the count.
    if (!intro && LINE_END.test(text.slice(after, after + 4))) {
      const lines = itemsAfter(text, after);
      if (lines && lines.items.length === value) {
        out.push({ target, list: lines, count });
        continue;
      }
    }
    const from = after + (intro?.[0].length ?? 0);
    const read = intro?.groups?.["bracket"] ? bracketItems(text, from) : intro ? itemsAfter(text, from) : null;
    // A name holding the list's separators («Phòng Kinh tế, Hạ tầng và Đô thị») read whole as the count says.
    const list = intro && !intro.groups?.["bracket"] ? (namesJoined(text, from, value, read) ?? read) : read;
    if (list) {
      // «[3] 06 phòng: A; …», «- 04 bộ phận: …»: a bare kind no verb of having opens restates the office's rooms by
      // name; the names are its list, the count is read where the office states what it has.
      const restated = m.groups!["lead"] !== undefined && BARE.test(m.groups!["kind"]!);
      if (list.items.length === count.value) out.push({ target, list, ...(restated ? {} : { count }) });
      continue;
    }
    // After a bullet, a footnote's mark or a sentence's full stop the heading is read only with its names.
    if (m.groups!["lead"] !== undefined) continue;
    // A table cell opening with a count («⇥02 phòng, đơn vị») is as often what was inspected: only with its names.
    if (opener === "") continue;
    if (AFTER_COUNT_INCLUDES.test(text.slice(Math.max(0, m.index - 100), m.index))) continue;
    // A bare «phòng» is a room as often as a division: only a list of named divisions says which it is.
    if (!intro && !BARE.test(m.groups!["kind"]!) && CLAUSE_END.test(text.slice(after, after + 8)) && structureLead(text, m.index)) out.push({ target, count });
  }
  out.push(...kindFirst(text, target));
  out.push(...tableRows(text, target));
  return out;
}

/**
 * The kind first, then its count and its names: «Cơ quan chuyên môn, tổ chức hành chính thuộc UBND xã gồm 04 đơn
 * vị: A; B; …», «Các phòng thuộc Sở, số lượng: 06 (sáu): A; …», «Số cơ quan chuyên môn, đơn vị thuộc UBND xã: 04
 * (A; B; …)», «Các phòng, đơn vị chuyên môn: 04, gồm: …», «Cơ quan chuyên môn, đơn vị thuộc UBND xã: 04.» over one
 * name a line, or the count in brackets after the names: «Các
 * phòng: A; B; …; G (07 phòng).». «thuộc» must name the issuing body (listOwner.ts). Taken only with names as many as
 * the count (the kind with its count in brackets before the names, «Các phòng (07): …», is read by BRACKETED).
 */
const KIND_FIRST = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(?:các|số)[ \\t]+)?(?<kind>${KINDS})${QUALIFIER}(?:[ \\t]+thuộc[ \\t]+(?<owner>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Ban|Văn phòng|Cục|Chi cục)(?:[ \\t]+(?:xã|phường|tỉnh|huyện|thành phố|thị xã|đặc khu))?))?` +
    `(?:[ \\t]+(?:gồm|có)[ \\t]+(?<n>\\d{1,3})[ \\t]+(?:đơn vị|đầu mối|cơ quan|tổ chức|phòng)(?=[ \\t]*:)|,?[ \\t]*số lượng[ \\t]*:?[ \\t]*(?<n2>\\d{1,3})(?:[ \\t]*\\([ \\t]*\\p{Ll}[\\p{Ll}\\p{M} ]*\\))?(?=[ \\t]*:)|[ \\t]*:[ \\t]*(?<n3>\\d{1,3})(?=[ \\t]*(?:,[ \\t]*gồm[ \\t]*:|\\(|\\.?[ \\t]*\\n))|(?=[ \\t]*(?:gồm[ \\t]*)?:))`,
  "dgiu",
);
/** Where such a heading may open: a line (after its number or bullet), a sentence, a colon or «;». */
const OPENS_FIRST = /(?:^|\n)[ \t]*(?:[-+•*–●▪➢►][ \t]*|\d{1,2}[.)][ \t]*|\p{Ll}\)[ \t]*)?$|[.;:][ \t]+$/u;
/** The count in brackets right after the names: «(07 phòng)», «(02 đơn vị)». */
const COUNT_AFTER = /^[ \t]*\([ \t]*(\d{1,3})[ \t]+(?:đơn vị|phòng|tổ chức|cơ quan|đầu mối)[ \t]*\)/u;

function kindFirst(text: string, target: ListTarget): DivisionFinding[] {
  const out: DivisionFinding[] = [];
  for (const m of text.matchAll(KIND_FIRST)) {
    if (!OPENS_FIRST.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (m.groups!["owner"] !== undefined && !isOwnBody(text, m.groups!["owner"]!)) continue;
    if (placesVisited(text, m.index)) continue;
    const after = m.index + m[0].length;
    const intro = /^[ \t]*(?:,[ \t]*)?(?:gồm[ \t]*)?:[ \t]*|^[ \t]*(?<bracket>\()|^[ \t]*(?<lines>\.?)[ \t]*(?=\n)/u.exec(text.slice(after, after + 20));
    if (!intro) continue;
    const from = after + intro[0].length;
    const key = (["n", "n2", "n3"] as const).find((k) => m.groups![k] !== undefined) ?? null;
    let count: DivisionFinding["count"];
    let read: ListBody | null;
    if (key) {
      const [start, end] = m.indices!.groups![key]!;
      count = { start, end, value: Number(m.groups![key]) };
      read = intro.groups?.["bracket"]
        ? bracketItems(text, from)
        : intro.groups?.["lines"] !== undefined
          ? countedLines(text, from, count.value)
          : namesJoined(text, from, count.value, itemsAfter(text, from));
    } else {
      read = itemsAfter(text, from);
      const trailing = read ? COUNT_AFTER.exec(text.slice(read.end, read.end + 30)) : null;
      if (!read || !trailing) continue;
      const start = read.end + trailing.index + trailing[0].indexOf(trailing[1]!);
      count = { start, end: start + trailing[1]!.length, value: Number(trailing[1]) };
    }
    if (read && read.items.length === count.value) out.push({ target, list: read, count });
  }
  return out;
}

/**
 * A row of a «biểu» whose label is the kind of division, its count in a cell of its own and the names in a later one
 * (the «Ghi chú» column): taken only when the names are as many as the count.
 */
function tableRows(text: string, target: ListTarget): DivisionFinding[] {
  const out: DivisionFinding[] = [];
  if (!text.includes("\t")) return out;
  for (const m of text.matchAll(ROW_LABEL)) {
    // The label is the whole cell: a tab or the line's start before it.
    let k = m.index;
    while (k > 0 && text[k - 1] === " ") k--;
    if (k > 0 && text[k - 1] !== "\t" && text[k - 1] !== "\n") continue;
    const from = m.index + m[0].length;
    const eol = text.indexOf("\n", from);
    const cells = text.slice(from, eol === -1 ? text.length : eol).split("\t");
    let offset = from;
    let count: DivisionFinding["count"] | null = null;
    for (const cell of cells) {
      const digits = /^\s*(\d{1,3})\s*$/.exec(cell);
      if (digits && !count) {
        const start = offset + cell.indexOf(digits[1]!);
        count = { start, end: start + digits[1]!.length, value: Number(digits[1]) };
      } else if (count && cell.includes(";")) {
        const list = inlineItems(text, offset);
        if (list && list.end <= offset + cell.length && list.items.length === count.value) out.push({ target, list, count });
        break;
      }
      offset += cell.length + 1;
    }
  }
  return out;
}


/** A bracket's counts: «07 phòng chuyên môn, nghiệp vụ», «06 chi cục». */
const BRACKET_COUNT = /(?<![\d.,/])(\d{1,3})[ \t]+\p{Ll}/gu;

/**
 * The length of a bracket right after a count that breaks it down into counts of kinds adding up to it, «(07 phòng
 * chuyên môn, nghiệp vụ và 06 chi cục)» after «13 tổ chức hành chính»; 0 for anything else. At least two parts, and
 * nothing but counted words in it (no names, which would be the list itself).
 */
export function partsBracket(after: string, total: number): number {
  const bracket = /^[ \t]*\(([^()\n]{3,140})\)/u.exec(after);
  if (!bracket || /\p{Lu}/u.test(bracket[1]!)) return 0;
  const parts = [...bracket[1]!.matchAll(BRACKET_COUNT)].map((p) => Number(p[1]));
  return parts.length >= 2 && parts.reduce((a, b) => a + b, 0) === total ? bracket[0].length : 0;
}
