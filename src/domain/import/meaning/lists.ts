/**
 * Lists of names, and the counts that go with them, found by what the list is OF rather than by the form's sentence:
 * «Văn phòng có 06 phòng, đơn vị trực thuộc gồm: A; B; …», «+ 03 đơn vị sự nghiệp: A, B, C», «Các phòng, đơn vị
 * trực thuộc (04): …», «Đơn vị sự nghiệp trực thuộc có 03 đơn vị gồm: …», «ĐVSN (02): …», «… 07 tổ chức trực thuộc,
 * cụ thể: 1) A; 2) B; …», a «biểu» row «Đơn vị sự nghiệp trực thuộc | Đơn vị | 03 | A; B; C», «07 phòng, đơn vị trực thuộc (A; B; …)», bullet lines under a heading, a table column headed
 * «Tổ chức trực thuộc (05)». A list is taken only where it is clearly the field's:
 *  - its heading is made only of the list's own words and words naming units (listHeads.ts), and names one list;
 *  - the heading opens a clause («có», «gồm», «và», a line, a bullet): «kiểm tra tại 02 đơn vị trực thuộc: …» is a
 *    list of places visited, not of the office's units;
 *  - a count written with it («05 … gồm:») must equal the number of items, or neither is taken (arithmetic evidence:
 *    when both agree the reading is right); a list in brackets is taken only with such a count.
 * Found the same way twice with different items, a list is left for the clerk.
 */
import type { FieldId } from "../../types";
import type { ReportDefinition } from "../../report";
import { headingVocabulary, headingWordsOf, listTargets, shortFormsEnding, targetOf, type ListTarget } from "./listHeads";
import { bracketItems, inlineItems, itemsAfter, namesJoined, oneName, opensName, type ListBody } from "./listItems";
import { findDivisions } from "./divisionHeads";
import { placesVisited } from "./listPlaces";
import { anotherBodyHas, isOwnBody } from "./listOwner";
import { endsWhatItHas } from "./listHas";
import { cellList } from "./tableRows";
import { restatedLists } from "./listRestated";
import { NUMERAL_WORDS, spelledValue } from "../../spelledCounts";
import { taskLists } from "./taskLists";
import { escapeRegExp } from "../text";
import { remarkLength } from "./countRemark";

export interface Span {
  start: number;
  end: number;
  /** What the pane's input gets: the count's digits as written («06»), or the items one per line. */
  input: string;
}

interface Finding {
  target: ListTarget;
  list?: ListBody;
  /** `input` when the count is not its digits as written («bốn nhóm» is 4). */
  count?: { start: number; end: number; value: number; input?: string };
}

/*
 * Where a list heading may start: a line, a cell, a bullet or a lettered heading «b)», after «:»/«;»/«(» or a
 * sentence, or after the verbs that state what an office has («có», «gồm», «quản lý», «còn», «và», «cùng với»). The heading itself is read by lookahead
 * so that a heading inside a longer run of words is still found. Its count may be written in words, «… cùng một đơn
 * vị sự nghiệp trực thuộc là …», or echoed in them, «05 (năm) …». A heading opened by «số» whose count follows with «là»
 * («Văn phòng có số tổ chức trực thuộc là 05 tổ chức, gồm: …») is read from after «số».
 */
const NUMERAL = `(?:${[...NUMERAL_WORDS].join("|")})`;
const START = new RegExp(
  String.raw`(?<=^|[\n\t:;(]|[.!?][ \t]|[-+•*–➢►][ \t]|^[ \t]*\p{Ll}\)[ \t]|(?<![\p{L}\p{M}])(?:có|gồm|quản lý|còn|và|cùng với|cùng)[ \t])[ \t]*(?=(?:(?<n>\d{1,3})(?:[ \t]*\([ \t]*\p{Ll}[\p{Ll}\p{M} ]*\))?[ \t]+|(?<w>${NUMERAL}(?:[ \t]+${NUMERAL}){0,3})[ \t]+|số[ \t]+(?=[^\n]{2,80}?[ \t]là[ \t]+\d))?(?<rest>\p{L}[\p{L}\p{M} ,\-–]{1,80}))`,
  "dgimu",
);

/** How far before a list's ending words its heading may start (a count, «Các», the unit words). */
const WINDOW = 160;

/** The last pair of words of every way the form names a list, as one pattern. */
function endingsOf(targets: readonly ListTarget[]): RegExp {
  const pairs = new Set(targets.flatMap((t) => t.heads.map((h) => h.slice(-2).map(escapeRegExp).join("[ \\t]+"))));
  // A heading written short ends with its abbreviation («ĐVSN (02): …»).
  const shorts = shortFormsEnding(new Set(targets.flatMap((t) => t.heads.map((h) => h.slice(-2).join(" "))))).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...pairs, ...shorts].join("|")})(?![\\p{L}\\p{M}])`, "giu");
}

/*
 * The count after a heading: «(04)», «(06 tổ chức)», «có/gồm/là 03 đơn vị», «: 02 đơn vị» (then «(A; B)» or «: A; B»),
 * or the number alone right after it or its colon: «phòng, đơn vị trực thuộc 05: …», «Tổ chức trực thuộc: 05, gồm:»,
 * «Đơn vị sự nghiệp trực thuộc: 01 (Trung tâm A)», «…, số lượng: 07 (bảy): …» (legal style spells it in brackets).
 * A lower-case bracket first says which units are counted, «02 đơn vị sự nghiệp (không kể các trường học): …».
 * Case-sensitive: a capitalised bracket is a list of names («: 01 (Trung tâm A)»), never an aside or a spelled count.
 * «… sự nghiệp công lập: …» names the same units; «gồm 03 (ba) đơn vị, là: …» echoes its count in words before its names.
 */
const AFTER =
  /^(?:[ \t]+công lập(?![\p{L}\p{M}]))?(?:[ \t]*\((?![ \t]*(?:bao gồm|gồm|cụ thể|là)(?![\p{L}\p{M}]))[ \t]*\p{Ll}[^()\n]{0,80}\))?[ \t]*(?:\([ \t]*(?<n>\d{1,3})(?:[ \t]+(?:đơn vị|tổ chức|phòng|cơ quan))?[ \t]*\)|(?:có|gồm|là|:)[ \t]+(?<n2>\d{1,3})(?:[ \t]*\([ \t]*\p{Ll}[\p{Ll}\p{M} ]*\))?[ \t]+(?:đơn vị|tổ chức|phòng|cơ quan)(?![\p{L}\p{M}])|(?:,?[ \t]*số lượng)?[ \t]*:?[ \t]*(?<n3>\d{1,3})(?![.,]\d)(?:[ \t]*\([ \t]*\p{Ll}[\p{Ll}\p{M} ]*\))?(?=[ \t]*[:,(.;]))?(?<intro>,?[ \t]*(?:bao gồm|gồm có|gồm|cụ thể(?:[ \t]+(?:là|như sau))?)[ \t]*:?|[ \t]*:|,?[ \t]*là[ \t]*:?(?=[ \t])|[ \t]*\((?![ \t]*\d{1,3}[ \t]*\)))?/du;

/** A heading not followed by a list ends its clause here: «có 05 phòng, đơn vị trực thuộc và 03 đơn vị sự nghiệp.» */
const CLAUSE_END = /^[ \t]*(?:[.;,\n]|$|và[ \t])/u;

export function findLists(text: string, report: ReportDefinition): Map<FieldId, Span[]> {
  const targets = listTargets(report).filter((t) => t.heads.length > 0);
  const out = new Map<FieldId, Span[]>();
  if (targets.length === 0) return out;
  const vocab = headingVocabulary(targets);
  const findings: Finding[] = [];
  let previous = -1;
  const seen = new Set<number>();
  const start = new RegExp(START.source, START.flags);
  // Headings are looked for only just before the words that end one of the form's lists («trực thuộc», «sự nghiệp»):
  // trying every place a heading may start costs a regex run per character of a long text.
  // Windows overlap where endings are close: each place is read once, from where the last window stopped.
  let scanned = 0;
  for (const ending of text.matchAll(endingsOf(targets))) {
    if (scanned > ending.index) continue;
    start.lastIndex = Math.max(scanned, ending.index - WINDOW);
    let m = start.exec(text);
    for (; m && m.index <= ending.index; m = start.exec(text)) {
      if (m[0].length === 0) start.lastIndex++;
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      const f = opensClause(text, m.index, previous) && !placesVisited(text, m.index) && !anotherBodyHas(text, m.index) ? atHeading(text, m, vocab, targets) : null;
      if (f) previous = m.index;
      if (f && f !== "units") findings.push(f);
    }
    scanned = m ? m.index : text.length;
  }
  findings.push(...tableColumns(text, vocab, targets));
  // «… 09 nhóm công việc, 32 nhiệm vụ cụ thể. Các nhóm:» and its bullet lines (listRestated.ts).
  findings.push(...restatedLists(text, targets, vocab));
  // Lists of work, not of units: «09 nhóm công việc và 32 nhiệm vụ cụ thể, gồm có: a; b; …» (taskLists.ts).
  // Only for a list no other reading found: two readings of one list would differ in trimming and leave it unread.
  findings.push(...taskLists(text, targets).filter((t) => !findings.some((f) => f.target === t.target && f.list)));
  // A heading both readings take («03 phòng, đơn vị trực thuộc là …») is one finding.
  findings.push(...findDivisions(text, targets).filter((d) => !d.count || !findings.some((f) => f.count?.start === d.count!.start)));
  for (const t of targets) decide(text, t, findings.filter((f) => f.target === t), out);
  return out;
}

/** The list the heading at `m` introduces or counts; "units" for a heading of unit words that names no list of the form. */
function atHeading(text: string, m: RegExpMatchArray, vocab: ReadonlySet<string>, targets: readonly ListTarget[]): Finding | "units" | null {
  const rest = m.indices?.groups?.["rest"];
  if (!rest) return null;
  // The heading is the run of words it may be made of; the first other word ends it.
  const heading: string[] = [];
  let end = rest[0];
  const runs = [...text.slice(rest[0], rest[1]).matchAll(/[\p{L}\p{M}]+/gu)];
  for (const [i, w] of runs.entries()) {
    const word = headingWordsOf(w[0].normalize("NFC").toLowerCase(), vocab) ?? joinedKind(runs, i, heading, vocab);
    if (!word) break;
    heading.push(...word);
    end = rest[0] + w.index + w[0].length;
  }
  if (heading.length < 2 || /,\s*$/.test(text.slice(rest[0], end))) return null;
  const target = targetOf(heading, targets);
  if (!target) return "units";
  end += asides(text, end, heading.at(-1) === "thuộc");
  const after = AFTER.exec(text.slice(end, end + 120))!;
  const nSpan = m.indices?.groups?.["n"];
  const wSpan = m.indices?.groups?.["w"];
  const spelled = wSpan ? spelledValue(text.slice(wSpan[0], wSpan[1]).toLowerCase()) : null;
  // A count in words only after a verb of having: «Hai đơn vị sự nghiệp trực thuộc (A, B) có …» opening a sentence
  // says something of two of the units, not what the office has.
  if (wSpan && (!spelled || !HAVING_BEFORE.test(text.slice(Math.max(0, wSpan[0] - 12), wSpan[0])))) return null;
  const count = nSpan
    ? { start: nSpan[0], end: nSpan[1], value: Number(text.slice(nSpan[0], nSpan[1])) }
    : wSpan
      ? { start: wSpan[0], end: wSpan[1], value: spelled!, input: String(spelled) }
      : (after.groups?.["n"] ?? after.groups?.["n2"] ?? after.groups?.["n3"]) !== undefined
        ? countIn(text, end, after)
        : undefined;
  const intro = after.groups?.["intro"];
  const from = end + after[0].length;
  if (!intro) {
    return count && CLAUSE_END.test(text.slice(from, from + 8)) ? { target, count } : null;
  }
  const read = intro.trim() === "(" ? (count ? bracketItems(text, from) : null) : itemsAfter(text, from);
  // A name holding the list's separators («Phòng Kinh tế, Hạ tầng và Đô thị») read whole as the count says.
  const joined = count && intro.trim() !== "(" ? namesJoined(text, from, count.value, read) : null;
  // One unit said, several read: the «và» or commas were its name's (listItems.ts oneName).
  const list = joined ?? (read && count?.value === 1 && read.items.length > 1 ? oneName(text, read) : read);
  return list ? { target, list, ...(count ? { count } : {}) } : null;
}

/**
 * «Các phòng chuyên môn và đơn vị hành chính trực thuộc Văn phòng»: two kinds of units joined by «và», and the
 * «đơn vị hành chính» (an administrative unit) among them, are one heading. «và» only between heading words, so a
 * heading never ends with it («… trực thuộc và 03 đơn vị sự nghiệp» stays two).
 */
function joinedKind(runs: readonly RegExpMatchArray[], i: number, heading: readonly string[], vocab: ReadonlySet<string>): string[] | null {
  const word = (k: number) => runs[k]?.[0].normalize("NFC").toLowerCase() ?? "";
  if (word(i) === "và" && heading.length > 0 && vocab.has(word(i + 1))) return ["và"];
  const after = heading.slice(-2).join(" ");
  if (word(i) === "hành" && word(i + 1) === "chính" && after === "đơn vị") return ["hành"];
  if (word(i) === "chính" && after === "vị hành") return ["chính"];
  return null;
}

/**
 * «và», «cùng (với)», «còn» open a list heading only when they carry on an enumeration of units begun in the same
 * sentence («có 05 tổ chức trực thuộc, gồm: … và 03 đơn vị sự nghiệp: …»); «kiểm tra tại Phòng X và 02 đơn vị
 * trực thuộc: …» lists places visited.
 */
function opensClause(text: string, at: number, previous: number): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  if (!/(?<![\p{L}\p{M}])(?:và|cùng với|cùng|còn)[ \t]*$/iu.test(before)) return true;
  if (endsWhatItHas(text, at)) return true;
  // «Văn phòng có 06 tổ chức trực thuộc, gồm:\na) …;\nf) … .\nVà 03 đơn vị sự nghiệp công lập: …»: a line opened by
  // «Và» goes on with the list just read above it, in the same paragraph.
  if (previous >= 0 && at - previous < 2000 && /(?:^|\n)[ \t]*Và[ \t]*$/u.test(before) && !/\n[ \t]*\n/u.test(text.slice(previous, at))) return true;
  // Bounded: a sentence is not 2 000 characters long, and a far heading must not make each «và» rescan the text.
  return previous >= 0 && at - previous < 2000 && !/\n|\.[ \t]+\p{Lu}/u.test(text.slice(previous, at));
}

const HAVING_BEFORE = /(?<![\p{L}\p{M}])(?:có|gồm|còn|và|cùng với|cùng)[ \t]*$/iu;

/** After «trực thuộc»/«thuộc», the body the units are under: «Sở», «UBND xã», «Văn phòng» (checked to be the issuer's). */
const OWNER_AFTER = /^[ \t]+((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Ban|Văn phòng|Cục|Chi cục)(?:[ \t]+(?:xã|phường|tỉnh|huyện|thành phố|thị xã|đặc khu))?)(?![\p{L}\p{M}])/u;
/**
 * The legal basis of the structure between the heading and its list: «06 phòng, đơn vị trực thuộc theo Điều 4 Quyết
 * định số 1147/QĐ-UBND nêu trên, gồm: …». Only a «theo» naming a document by its symbol, and only before the list's
 * intro.
 */
const BASIS = /^[ \t]+theo[ \t]+[^,:;()\n]{0,100}?số[ \t]+\d{1,5}\/[^,:;()\n]{1,60}?(?=,?[ \t]*(?:bao gồm|gồm|cụ thể)(?![\p{L}\p{M}])|[ \t]*:)/u;

/** How many characters after a heading are its asides: its own body after «thuộc», the legal basis of the structure, a remark on the count. */
function asides(text: string, end: number, under: boolean): number {
  const owner = under ? OWNER_AFTER.exec(text.slice(end, end + 40)) : null;
  const skip = owner && isOwnBody(text, owner[1]!) ? owner[0].length : 0;
  const basis = BASIS.exec(text.slice(end + skip, end + skip + 200));
  const said = skip + (basis?.[0].length ?? 0);
  // «Các đơn vị sự nghiệp thuộc Văn phòng, được tổ chức lại từ 07 đơn vị …, tổng cộng là 03 đơn vị, gồm: …»: the count
  // said after an aside, as the total of what the heading names.
  const total = TOTAL_AFTER_ASIDE.exec(text.slice(end + said, end + said + 200));
  if (total) return said + total[0].length;
  // «06 tổ chức trực thuộc, không thay đổi, gồm: …»: how the count changed, between it and its names (countRemark.ts).
  return said + remarkLength(text, end + said);
}

/** An aside of one clause (no «;», «:» nor line), then «(với) tổng số / tổng cộng» before «là N». */
const TOTAL_AFTER_ASIDE = /^(?:,[^;:\n]{0,160}?)?,?[ \t]*(?:với[ \t]+)?(?:tổng số|tổng cộng)[ \t]+(?=là[ \t]+\d)/u;

function countIn(text: string, end: number, after: RegExpExecArray): Finding["count"] {
  const at = after.indices!.groups!;
  const [from, to] = (at["n"] ?? at["n2"] ?? at["n3"])!;
  return { start: end + from, end: end + to, value: Number(text.slice(end + from, end + to)) };
}

/**
 * The lines holding a tab, with their offsets, found by indexOf: the regex /^[^\n]*\t[^\n]*$/gm overflowed the
 * stack on a line of millions of characters (README: a 9.9 M-character line must still be checked).
 */
function* tabbedLines(text: string): Generator<{ 0: string; index: number }> {
  for (let from = 0; from <= text.length; ) {
    const tab = text.indexOf("\t", from);
    if (tab === -1) return;
    const index = text.lastIndexOf("\n", tab) + 1;
    const newline = text.indexOf("\n", tab);
    const end = newline === -1 ? text.length : newline;
    yield { 0: text.slice(index, end), index };
    from = end + 1;
  }
}

/**
 * A tab-separated cell that is a list heading: under a header row («Tổ chức trực thuộc (05)») the column under it is
 * the list; on a row of its own the cell beside it (tableRows.ts).
 */
function tableColumns(text: string, vocab: ReadonlySet<string>, targets: readonly ListTarget[]): Finding[] {
  const found: Finding[] = [];
  for (const line of tabbedLines(text)) {
    let offset = line.index;
    const cells = line[0].split("\t");
    cells.forEach((cell, column) => {
      const head = /^[ \t]*(?<words>[\p{L}\p{M} ,\-–]+?)[ \t]*(?:\([ \t]*(?<n>\d{1,3})[ \t]*\))?[ \t]*$/u.exec(cell);
      const words = head?.groups?.["words"]?.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
      const target = words.length >= 2 && words.every((w) => vocab.has(w)) ? targetOf(words, targets) : null;
      const counted = target ? countedRow(text, line.index, cells, column) : null;
      if (target && counted) {
        found.push({ target, ...counted });
        offset += cell.length + 1;
        return;
      }
      const list = target ? cellList(text, line.index, cells, column) : null;
      if (target && list) {
        const n = head!.groups!["n"];
        const at = n === undefined ? -1 : offset + cell.lastIndexOf(n);
        found.push({ target, list, ...(n === undefined ? {} : { count: { start: at, end: at + n.length, value: Number(n) } }) });
      }
      offset += cell.length + 1;
    });
  }
  return found;
}

/** A unit's cell in a «biểu» row: a word or two naming what is counted («Đơn vị», «Phòng»). */
const UNIT_CELL = /^[ \t]*\p{L}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+)?[ \t]*$/u;
const COUNT_CELL = /^[ \t]*(\d{1,3})[ \t]*$/u;

/**
 * A «biểu» row labelled by a list's heading, «Đơn vị sự nghiệp trực thuộc | Đơn vị | 03 | Trung tâm A; Nhà khách B;
 * Nhà khách C»: its unit, its count, then the names in the notes cell. The count and the names are taken together
 * (decide() keeps them only when they agree).
 */
function countedRow(text: string, lineStart: number, cells: readonly string[], column: number): Pick<Finding, "list" | "count"> | null {
  let k = column + 1;
  if (cells[k] !== undefined && UNIT_CELL.test(cells[k]!)) k++;
  const digits = COUNT_CELL.exec(cells[k] ?? "");
  const names = cells[k + 1];
  if (!digits || names === undefined || names.trim() === "") return null;
  const countAt = lineStart + cells.slice(0, k).join("\t").length + 1 + cells[k]!.indexOf(digits[1]!);
  const from = lineStart + cells.slice(0, k + 1).join("\t").length + 1;
  const list = inlineItems(text.slice(0, from + names.length), from);
  return list ? { list, count: { start: countAt, end: countAt + digits[1]!.length, value: Number(digits[1]) } } : null;
}

function decide(text: string, target: ListTarget, findings: readonly Finding[], out: Map<FieldId, Span[]>): void {
  // A count that disagrees with its own list says one of the two was misread: neither is taken from there.
  const agreed = findings.filter((f) => !f.list || !f.count || f.count.value === f.list.items.length);
  const lists = agreed.filter((f) => f.list && (f.count || f.list.items.length > 1 || oneUnitNamed(text, f.list)));
  const values = new Set(lists.map((f) => f.list!.items.join("\n")));
  if (values.size === 1) {
    const items = [...values][0]!;
    out.set(target.list.id, lists.map((f) => ({ start: f.list!.start, end: f.list!.end, input: items })));
  }
  if (!target.count) return;
  // Two readings of one heading («02 nhóm công việc» as a heading and as a list of work) give one place.
  const counts = agreed.filter((f) => f.count).map((f) => f.count!).filter((c, i, all) => all.findIndex((o) => o.start === c.start) === i);
  const listed = values.size === 1 ? lists[0]!.list!.items.length : null;
  const numbers = new Set(counts.map((c) => c.value));
  if (values.size > 1 || numbers.size !== 1 || (listed !== null && !numbers.has(listed))) return;
  // The count as the clerk wrote it («06» stays «06», house style), like every other figure's input.
  out.set(target.count.id, counts.map((c) => ({ start: c.start, end: c.end, input: c.input ?? text.slice(c.start, c.end) })));
}

/**
 * One name with no count beside it is a list only when it names a unit by its kind, in three words at least, and
 * ends its sentence: «Đơn vị sự nghiệp trực thuộc: Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp.» (held-out
 * 1051; read as two names before the «và» inside a centre's name was kept whole). «gồm Trạm Y tế xã và 09 trường» goes
 * on to count others, and a table's «Đơn vị» is the column of units.
 */
function oneUnitNamed(text: string, list: ListBody): boolean {
  const name = list.items.length === 1 ? list.items[0]! : "";
  return opensName(name) && name.split(/\s+/u).length >= 3 && /^[ \t]*(?:\.|\n|$)/u.test(text.slice(list.end, list.end + 4));
}
