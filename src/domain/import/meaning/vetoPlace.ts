/**
 * Evidence, in where a number stands, that it belongs to another figure: a table column whose header names another
 * figure, a room or a body other than the field's («Phó Trưởng phòng Kinh tế» for «Phó Trưởng phòng Tổng hợp - Kinh
 * tế», «Chủ tịch UBND huyện tặng» for an HĐND award), or an organisation the document never names at all (a Sở's
 * report has no «Trung tâm Phục vụ hành chính công»). What a field names comes from the form (label, wordings,
 * section title); the words for rooms, bodies and organisations are the language's.
 */
import { markOf, notesReader } from "./endNotes";
import { organisationAliases } from "./organisationAliases";
import { labelColumnOf } from "./tableGrid";
import { featureSet, syllables, unitAt } from "./words";
import { escapeRegExp } from "../text";

/** How many rows above a cell its column header may be (a header spans one or two rows). */
const HEADER_ROWS = 6;

/** The column header of the table cell holding [start, end), or null when the number is not in a table row. */
export function columnHeader(text: string, start: number): string | null {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd === -1) lineEnd = text.length;
  const row = text.slice(lineStart, lineEnd);
  if (!row.includes("\t")) return null;
  const column = text.slice(lineStart, start).split("\t").length - 1;
  let at = lineStart;
  for (let k = 0; k < HEADER_ROWS && at > 0; k++) {
    const above = text.lastIndexOf("\n", at - 2) + 1;
    const cells = text.slice(above, at - 1).split("\t");
    if (cells.length < 2) return null;
    const cell = (cells[column] ?? "").trim();
    if (cell !== "" && !/\d/.test(cell)) return cell;
    at = above;
  }
  return null;
}

/** The row's label (its first cell with words) shares a word with the field: «Hợp đồng lao động⇥⇥08» under «Đang thực hiện». */
export function rowNamesField(text: string, start: number, own: ReadonlySet<string>): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  // The first cell with words: a «TT» column of row numbers comes before the label in many offices' tables.
  const cells = text.slice(lineStart, start).split("\t");
  const label = cells[labelColumnOf(cells)] ?? "";
  return [...featureSet(label)].some((w) => own.has(w));
}

/** A header that names another figure and shares no word with this one: the number is that other figure's. */
export function headerNamesOther(header: string, own: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  const words = featureSet(header);
  if ([...words].some((w) => own.has(w))) return false;
  return [...words].some((w) => w.includes(" ") && others.has(w));
}

const ROOM = /(?<![\p{L}])[pP]hòng\s+(\p{Lu}[\p{L}]*(?:(?:\s+-\s+|\s+)\p{L}+)*)/gu;

/** Room names written with a capital after «phòng», cut before a lowercase word that starts a new phrase. */
export function roomNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(ROOM)) {
    const words = m[1]!.split(/\s+/);
    // A name goes on while its words are capitalised or follow a capitalised first word («Tổng hợp», «Kinh tế»).
    const kept: string[] = [];
    for (const w of words) {
      if (w !== "-" && kept.length > 0 && /^\p{Ll}/u.test(w) && /^\p{Ll}/u.test(kept.at(-1)!) && kept.at(-1) !== "-") break;
      if (w !== "-" && kept.length > 0 && /^\p{Ll}/u.test(w) && ["và", "về", "tại", "giữa", "của", "để", "với"].includes(w)) break;
      kept.push(w);
    }
    names.push(syllables(kept.join(" ")).join(" "));
  }
  return names;
}

/** The text names rooms near the number, none of them the field's room. */
export function otherRoom(segment: string, fieldRooms: readonly string[]): boolean {
  if (fieldRooms.length === 0) return false;
  const named = roomNames(segment);
  return named.length > 0 && !named.some((n) => fieldRooms.some((f) => n === f || n.startsWith(`${f} `)));
}

const BODIES: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])(?:hđnd|hội đồng nhân dân)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)(?![\p{L}])/iu,
];

/** Which bodies (HĐND, UBND) a text names, as indexes into BODIES. */
export function bodiesIn(text: string): number[] {
  return BODIES.flatMap((re, i) => (re.test(text) ? [i] : []));
}

/** The field names one body and the sentence names only another. */
export function otherBody(sentence: string, fieldBodies: readonly number[]): boolean {
  if (fieldBodies.length !== 1) return false;
  const named = bodiesIn(sentence);
  return named.length > 0 && !named.includes(fieldBodies[0]!);
}

/**
 * A body with its level: «HĐND tỉnh», «Ủy ban nhân dân huyện». «thành phố» is left out: a city is a province's peer
 * or a district's («HĐND thành phố» of Cần Thơ is a province's council), so it says no level.
 */
const BODY_LEVEL = /(?<![\p{L}])(hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+(tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)(?![\p{L}])/giu;

/** The bodies a text names with their levels, as «body:level» (the body an index into BODIES). */
export function bodyLevelsIn(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.normalize("NFC").matchAll(BODY_LEVEL)) out.add(`${/^(?:hđnd|hội)/iu.test(m[1]!) ? 0 : 1}:${m[2]!.toLowerCase()}`);
  return [...out];
}

/** The number's clause: its sentence cut at the semicolons around it. */
export function clauseText(text: string, sentence: { from: number; to: number }, start: number, end: number): string {
  let from = start;
  while (from > sentence.from && text[from - 1] !== ";") from--;
  let to = end;
  while (to < sentence.to && text[to] !== ";") to++;
  return text.slice(from, to);
}

/**
 * The field names a body at one level («hoạt động HĐND tỉnh») and the number's clause names that body only at others
 * («phục vụ các kỳ họp của HĐND huyện»): the number is another council's (or committee's) figure, even in a
 * district's report, whose own council is not the province's the form asks of.
 */
export function otherBodyLevel(clause: string, fieldLevels: readonly string[]): boolean {
  if (fieldLevels.length === 0) return false;
  const named = bodyLevelsIn(clause);
  return fieldLevels.some((own) => {
    const body = own.slice(0, own.indexOf(":") + 1);
    const same = named.filter((n) => n.startsWith(body));
    return same.length > 0 && !same.includes(own);
  });
}

const ORGANISATION = /^(?:trung tâm|bộ phận|nhà khách|ban|sở)\s+(.+)$/iu;
const LEVEL_TAIL = /\s+(?:tỉnh|huyện|xã)$/u;

/**
 * The ways a document may name the organisation a section title names («Trung tâm Phục vụ hành chính công tỉnh» →
 * «phục vụ hành chính công», «pvhcc», «hành chính công»; «Bộ phận một cửa của Văn phòng» → «một cửa»), or null
 * when the title names no organisation.
 */
export function organisationNames(title: string): string[] | null {
  const m = ORGANISATION.exec(title.normalize("NFC").toLowerCase().trim());
  if (!m) return null;
  const tail = m[1]!.split(/\s+của\s+/u)[0]!.replace(LEVEL_TAIL, "");
  const sylls = tail.split(/\s+/);
  const names = [tail];
  if (sylls.length >= 3) names.push(sylls.map((s) => s[0]).join(""), sylls.slice(-3).join(" "));
  names.push(...organisationAliases(tail));
  return names;
}

/** Whether the (lower-case, NFC) document names the organisation in any of its ways («1 cửa», not «21 cửa»). */
export function namesOrganisation(lowerText: string, names: readonly string[]): boolean {
  return names.some((n) => nameExpression(n).test(lowerText));
}

/** Whether a scope (scopeBefore) names none of the form's organisations, in any of their ways. */
export function namesNoOrganisation(scope: string, organisations: readonly (readonly string[])[]): boolean {
  const lower = scope.normalize("NFC").toLowerCase();
  return !organisations.some((names) => namesOrganisation(lower, names));
}

/** Each name's expression, made once: namesOrganisation is asked for every number and figure, of a few names. */
const nameExpressions = new Map<string, RegExp>();
function nameExpression(name: string): RegExp {
  let re = nameExpressions.get(name);
  if (!re) {
    if (nameExpressions.size > 10_000) nameExpressions.clear();
    // Not global: `test` keeps no position between texts.
    nameExpressions.set(name, (re = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}])`, "u")));
  }
  return re;
}

/** The text's notes, read once per text: the vetoes ask the scope of every number of one text. */
const notesOf = notesReader();

/** How far back the scope of a number may reach: a section's heading is rarely farther above its figures. */
const SCOPE = 1500;
/** A numbered heading («II. …», «3) …», «b. …»), or a table's group row: a Roman numeral or a capital alone in its first cell («IV⇥Công tác cán bộ»). */
const HEADING_LINE = /^\s*(?:(?:[IVX]+|\d+|[a-zđ])[.)]\s|(?:[IVX]+|[A-ZĐ])\t)/u;
const NUMBERED = /^\s*\d+[.)]\s/u;

/**
 * The line at `from` heads what follows it: a numbered heading, or a table's group row. A table's row numbered in
 * digits («2. Hồ sơ đã giải quyết⇥2.805⇥3.108») is a row of the table, its sub-rows' label, no heading: the group row
 * or the heading above the table says whose its figures are.
 */
function headingAt(text: string, from: number, start: number): boolean {
  const head = text.slice(from, Math.min(from + 12, start));
  if (!HEADING_LINE.test(head)) return false;
  if (!NUMBERED.test(head)) return true;
  const end = text.indexOf("\n", from);
  return !text.slice(from, end === -1 || end > start ? start : end).includes("\t");
}

/**
 * The text a number belongs to: back to the nearest heading line (included), brackets left out — «Bộ phận tiếp nhận
 * và trả kết quả của Sở (đặt tại Trung tâm Phục vụ hành chính công tỉnh)» is the Sở's desk, not the centre. A note
 * typed after the body belongs where its mark is (endNotes.ts): the mark's scope, then the note's line.
 */
export function scopeBefore(text: string, start: number): string {
  const mark = markOf(notesOf(text), start);
  if (mark !== null) return `${scopeOf(text, mark)}\n${scopeOf(text, start, text.lastIndexOf("\n", start - 1) + 1)}`;
  return scopeOf(text, start);
}

/**
 * The scope before the number with some sentences left out (blanked, their lines kept): `scopeBefore` of a text in
 * which they say nothing. Other bodies' desk sentences (otherDesk.ts otherDeskSentences) name no subject for a later
 * sentence that has none.
 */
export function scopeBeforeWithout(text: string, start: number, without: ReadonlyArray<{ from: number; to: number }>): string {
  if (without.length === 0) return scopeBefore(text, start);
  let masked = text.slice(0, start);
  for (const r of without) masked = masked.slice(0, r.from) + masked.slice(r.from, r.to).replace(/[^\n]/gu, " ") + masked.slice(r.to);
  return scopeBefore(masked + text.slice(start), start);
}

/** A line opening with a total's label: «Tổng cộng toàn xã: tiếp nhận 1.486 hồ sơ; …», «Cộng: …». */
const TOTAL_LINE = /^\s*(?:tổng cộng|tổng số|cộng)(?![\p{L}])[^:\n]{0,30}:/iu;

function scopeOf(text: string, start: number, low = Math.max(0, start - SCOPE)): string {
  let from = text.lastIndexOf("\n", start - 1) + 1;
  // A total's line after a numbered list adds the list up: its items («1. Lĩnh vực đất đai: …») are the total's
  // parts, no headings of their own, and the text above the list says whose the total is.
  const total = TOTAL_LINE.test(text.slice(from, start));
  while (from > low && !(headingAt(text, from, start) && !(total && NUMBERED.test(text.slice(from, from + 12))))) {
    // Below an empty first line (from 1) the line above starts at 0: lastIndexOf(…, -1) would find the same «\n».
    from = from < 2 ? 0 : text.lastIndexOf("\n", from - 2) + 1;
  }
  const scope = text.slice(Math.max(from, low), start);
  // «4. CCHC, TTHC (BPMC của Ban tại TTPVHCC tỉnh)»: a heading's bracket naming whose desk or unit the section is
  // about says whose its figures are; every other bracket is an aside.
  // The loop stopped above `low` only at a heading; at `low` itself it may stand on one.
  const headingEnd = from > low || (from === low && headingAt(text, from, start)) ? scope.indexOf("\n") : -1;
  // Only a heading's own line, not a paragraph opened by a lettered heading and holding figures.
  const heading = headingEnd === -1 || headingEnd > HEADING_LENGTH ? "" : opened(scope.slice(0, headingEnd)).replace(OWNED_BRACKET, (b) => ` ${b.slice(1, -1)} `).replace(ASIDE, " ");
  return heading + opened(scope.slice(heading === "" ? 0 : headingEnd)).replace(ASIDE, " ");
}

/**
 * «(Mục III.2 Đề cương: Kết quả giải quyết TTHC tại Bộ phận một cửa của Văn phòng; điền Biểu số 02.)»: the outline's
 * request copied in brackets above its answer (outlineRequests.ts) is no aside: it says what the answer under it is
 * about, whose desk included, as a heading would. Its brackets are read as words.
 */
function opened(scope: string): string {
  return /đề[ \t]+cương|yêu[ \t]+cầu/iu.test(scope) ? scope.replace(REQUEST_BRACKET, (b) => ` ${b.slice(1, -1)} `) : scope;
}

const HEADING_LENGTH = 160;
/** A bracket quoting the outline's request, «(Mục II.4 Đề cương: …)», «(Câu 4 - Yêu cầu: …)», one bracket inside it at most. */
const REQUEST_BRACKET = /\((?=[ \t]*(?:(?:mục|câu|nội[ \t]+dung)[ \t]+[^():\n]{0,24}?[ \t-]*)?(?:yêu[ \t]+cầu|đề[ \t]+cương)[ \t]*:)(?:[^()\n]|\([^()\n]*\))*\)/giu;
/** A bracket within one line: an aside. */
const ASIDE = /\([^()\n]*\)/g;
/** A bracket that names something of the reporting body: «(BPMC của Ban …)», «(Bộ phận một cửa của Sở)». */
const OWNED_BRACKET = /\((?=[^()\n]*?(?<![\p{L}])của[ \t]+(?:Ban|Sở|Văn phòng|VP|cơ quan|đơn vị)(?![\p{L}]))[^()\n]*\)/gu;

/**
 * «công chức 64/70 (có mặt/được giao); biên chế sự nghiệp 18/20»: a legend in brackets says which side of a fraction
 * is which. The parts of the legend for this number's side and for the other, or null when there is none.
 */
export function fractionLegend(sentence: string, start: number, end: number, offset: number): { mine: string; other: string } | null {
  const s = start - offset;
  const e = end - offset;
  const first = sentence[e] === "/" && /\d/.test(sentence[e + 1] ?? "");
  const second = sentence[s - 1] === "/" && /\d/.test(sentence[s - 2] ?? "");
  if (!first && !second) return null;
  const legend = /\(([^()/\d]+)\/([^()/\d]+)\)/u.exec(sentence);
  if (!legend) return null;
  return first ? { mine: legend[1]!, other: legend[2]! } : { mine: legend[2]!, other: legend[1]! };
}

/**
 * «Trung tâm đã giải quyết: 4.561/5.650 HS»: with no legend, the words before a fraction name its part, those after
 * its whole. For the number at [start, end) that is a fraction's whole, its own words (its unit set aside: both sides
 * count it) and the part's (from the clause's start, a colon's label included), or null when it is no whole.
 */
export function fractionWholeSides(text: string, start: number, end: number): { mine: string; other: string } | null {
  const part = /(\d[\d.]*)\/$/u.exec(text.slice(Math.max(0, start - 16), start));
  if (part === null || /\d/.test(text[start - part[0].length - 1] ?? "")) return null;
  const partStart = start - part[0].length;
  const before = text.slice(Math.max(0, partStart - 120), partStart);
  const cut = Math.max(...[";", "\n", "(", ")", ". ", ","].map((c) => before.lastIndexOf(c)));
  const other = cut === -1 ? before : before.slice(cut + 1);
  const after = /^[^,;:.()\n\d]*/u.exec(text.slice(end, end + 80))![0];
  const words = syllables(after);
  const unit = unitAt(words);
  return { mine: (unit === null ? words : words.slice(unit.split(" ").length)).join(" "), other };
}

/** The legend names the field on the other side of the fraction and not on this one. */
export function otherSide(legend: { mine: string; other: string }, own: ReadonlySet<string>): boolean {
  const shares = (t: string) => [...featureSet(t)].some((w) => own.has(w));
  return !shares(legend.mine) && shares(legend.other);
}
