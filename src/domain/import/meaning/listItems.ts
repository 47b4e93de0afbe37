/**
 * The items of a list as clerks write them after its heading: in prose («gồm: A; B; C và 03 đơn vị…», «là A, B và
 * C»), in brackets («(A; B; C)»), as bullet lines under «…:», or down a table column. Items come back in document
 * order, one per entry, the way the pane asks for them (one per line).
 */
import { UNIT_KIND } from "../../unitKinds";
import { withoutShortName } from "./listAsides";

export interface ListBody {
  start: number;
  end: number;
  items: string[];
}

/** The longest list a heading may introduce in prose: a few dozen names, never the rest of the document. */
const MAX_BODY = 1500;

/** A bullet or numbering opening a line: «- », «+ », «• », «1. », «a) », and the arrows and ticks of slides and mails («➢», «✓»). */
const BULLET = /^[ \t]*(?:[-+•*–●▪■◦○►▸➢➤✓✔❖♦]|\d{1,2}[.)]|\p{Ll}\))[ \t]+/u;

/**
 * A count opening the next clause («… và 03 đơn vị sự nghiệp», «(không kể 83 trường học)», «; ĐVSN 03: …», in words
 * «… và ba đơn vị sự nghiệp», lower case as a name never is): the list ends before. A unit's serial («Nhà khách số 1 và
 * Nhà khách số 2») counts nothing.
 */
const NEXT_COUNT = /(?<![\d.,/]|số[ \t]+)\d{1,3}(?:[ \t]+(?!và[ \t])\p{Ll}|[ \t]*:)|(?<![\p{L}\p{M}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+(?:đơn vị|phòng|tổ chức|cơ quan)(?![\p{L}\p{M}])/u;

/**
 * An item's own number in a list written on one line, «cụ thể: 1) Phòng A; 2) Phòng B», «(1) …», «a) …»: the
 * numbering orders the items, it is no part of a name (a unit's serial ends its name: «Phòng Công chứng số 1»).
 */
const INLINE_NUMBER = /^(?:\(?\d{1,2}\)|\d{1,2}\.(?=[ \t])|\(?\p{Ll}\))[ \t]*/u;

export function splitNames(body: string, joined = false): string[] {
  // An item may hold commas («Trung tâm Văn hóa, Thể thao và Truyền thông»): a list with «;» is split on «;» only.
  const split = body.includes(";") ? /(;)/u : /(,[ \t]+|[ \t]+và[ \t]+(?=[^,]*$))/u;
  const pieces = body.split(split);
  const parts: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!;
    // «…; và Trung tâm …»: after a «;» the «và» opens the last item, it joins no name (namesJoined).
    const last = joined && pieces[i - 1] === ";" ? AND_THEN_NAME.exec(part) : null;
    if (last) parts.push(part.slice(last[0].length));
    // Read joined, a piece that opens no unit's name goes on the name before it (namesJoined).
    else if (joined && parts.length > 0 && !opensName(part)) parts[parts.length - 1] += pieces[i - 1]! + part;
    else parts.push(part);
  }
  // «là Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp», no count beside it: the «và» is the centre's own, as the
  // pane reads it (fieldValues.ts), unless what follows opens a unit's name.
  if (!joined && parts.length === 2 && !/[,;]/.test(body) && !opensName(parts[1]!)) parts.splice(0, 2, body);
  return parts.map((p) => withoutShortName(p.replace(/\s+/g, " ").replace(/^[\s,;.]+|[\s,;.]+$/g, "").replace(INLINE_NUMBER, ""))).filter((p) => p !== "");
}

/**
 * The kinds a unit's name opens with. A piece of a list opening otherwise, or in lower case, is no name of its own:
 * «Phòng Kinh tế, Hạ tầng và Đô thị», «Trung tâm Dịch vụ và hỗ trợ đầu tư», «Phòng Quản lý quy hoạch, xây dựng và môi
 * trường» are one unit each.
 */
const UNIT_OPENING = new RegExp(`^[ \\t]*(?:\\d{1,2}[.)][ \\t]*|\\(\\d{1,2}\\)[ \\t]*)?${UNIT_KIND}`, "u");
export function opensName(piece: string): boolean {
  return UNIT_OPENING.test(piece);
}
const AND_THEN_NAME = new RegExp(`^[ \\t]*và[ \\t]+(?=${UNIT_OPENING.source.slice(1)})`, "u");

const BESIDE = /;[ \t]*(?:cùng(?:[ \t]+với)?|ngoài ra|bên cạnh đó)[ \t]/u;
/**
 * «Phòng A; …; Phòng G; các đơn vị sự nghiệp trực thuộc gồm Trung tâm H, …» (held-out 1391): after a «;», words in
 * lower case naming a kind of units in general and introducing their own names («gồm», «là», «:») open another list
 * set beside this one; an item is a unit's name, never a heading of others, so the list ended at that «;».
 */
const OTHER_LIST = /;[ \t]*(?:và[ \t]+)?(?:các|những|còn)[ \t]+[^;:\n\d]{1,80}?(?:[ \t](?:bao gồm|gồm có|gồm|là|có)(?![\p{L}\p{M}])|[ \t]*:)/u;

function body(text: string, start: number, end: number, joined = false): ListBody | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  // «…; Phòng Quản trị - Tài vụ; cùng Trung tâm …, Nhà khách …» (held-out 1214): what is named «with» the list after
  // its last «;» is beside its items, none of them.
  const beside = BESIDE.exec(text.slice(s, e)) ?? OTHER_LIST.exec(text.slice(s, e));
  if (beside) e = s + beside.index;
  while (e > s && /[\s.;,]/.test(text[e - 1]!)) e--;
  const items = splitNames(text.slice(s, e), joined);
  return items.length > 0 && items.every(isName) ? { start: s, end: e, items } : null;
}

/**
 * A list read on its separators that disagrees with its count, or holds a piece that is no name: read again with every
 * piece that opens no unit's name joined to the name before it, «04 cơ quan … là Văn phòng HĐND và UBND phường, Phòng
 * Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội và Trung tâm …». Taken only when the names so joined are exactly
 * as many as the count (null otherwise): the count says where the separators were a name's own.
 */
export function namesJoined(text: string, from: number, count: number, read: ListBody | null): ListBody | null {
  if (read?.items.length === count) return read;
  const again = read ? body(text, read.start, read.end, true) : proseNames(text, from, true);
  return again?.items.length === count ? again : again ? besideCounted(text, again, count) : null;
}

/**
 * «UBND phường có 03 cơ quan chuyên môn: Văn phòng HĐND và UBND; Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã
 * hội; và Trung tâm Phục vụ hành chính công phường» (held-out 1184): one name more than the count, added last after
 * «; và», is a unit named beside the counted ones. The list is the count's names without it; null otherwise.
 */
function besideCounted(text: string, list: ListBody, count: number): ListBody | null {
  if (list.items.length !== count + 1) return null;
  const added = /;[ \t]*và[ \t]+[^;]*$/u.exec(text.slice(list.start, list.end));
  if (added === null) return null;
  return { start: list.start, end: list.start + added.index, items: list.items.slice(0, -1) };
}

/**
 * A list said to hold one unit is that unit's name whole: «01 đơn vị sự nghiệp là Trung tâm Khuyến công và Xúc tiến
 * thương mại» names one centre, the «và» inside its name no second item. Only two parts joined by «và» are read so,
 * the second not opening as the first does: «Trung tâm A và Trung tâm B», or items set apart by commas, are two
 * names whatever the count says. Null otherwise.
 */
export function oneName(text: string, list: ListBody): ListBody | null {
  const whole = withoutShortName(text.slice(list.start, list.end).replace(/\s+/g, " ").trim());
  if (list.items.length !== 2 || /[,;]/.test(whole) || !isName(whole)) return null;
  const head = (item: string) => item.split(" ")[0]!.toLowerCase();
  return head(list.items[0]!) === head(list.items[1]!) ? null : { start: list.start, end: list.end, items: [whole] };
}

/**
 * A name starts with a capital, is short and holds no number: a sentence («trong đó hai nhà khách … (37») or a
 * figure is not an item, and a list holding one is not taken. A unit's own serial ending its name is no figure:
 * «Phòng Nghiệp vụ 2», «Nhà khách số 2», «Phòng Công chứng số 1»; written «01» as counts are, it may be one.
 */
function isName(item: string): boolean {
  return /^\p{Lu}/u.test(item) && item.length <= 200 && !/[:\d]/.test(item.replace(SERIAL, "").replace(CITATION, ""));
}
/**
 * A document cited in an item by its symbol («… theo Nghị quyết số 66/NQ-CP», «Quyết định số 217/QĐ-UBND») counts
 * nothing: the symbol's number names the document, as a serial names a unit.
 */
const CITATION = /(?<![\p{L}])số[ \t]+\d{1,5}(?:\/\d{4})?\/[\p{Lu}Đ][\p{Lu}Đ-]*(?![\p{L}])/gu;
const SERIAL = /(?<=\p{L})[ \t]+(?:số[ \t]+)?[1-9]\d?$/u;

/**
 * Where a list written in prose ends: the line, the sentence (the next may open with a count: «…; Phòng E. 02 đơn vị
 * sự nghiệp: …»), a bracket, or a comma that opens another clause about
 * the items («…, Nhà khách B và Nhà khách C, trong đó hai nhà khách đã tự chủ…»). The bracket of an item's number
 * («cụ thể: 1) Phòng A; 2) Phòng B», «(1) …») ends nothing.
 */
const PROSE_END = /\n|\.(?=[ \t]+[\p{Lu}\d]|[ \t]*(?:\n|$))|\((?!\d{1,2}\)[ \t])|(?<!(?:^[ \t]*|[;:,][ \t]*)\(?\d{1,2})\)|,[ \t]*(?:trong đó|bên cạnh đó|ngoài ra|đồng thời|tuy nhiên|riêng|với|nay|hiện nay)(?![\p{L}\p{M}])/iu;

/**
 * A bracket closed on its line and followed by «;» and a name is an item's aside, not the list's end: «gồm: Bộ phận
 * Tiếp nhận và Trả kết quả huyện (Bộ phận Một cửa); Ban Tiếp công dân huyện.» lists two units, the «;» saying the
 * list goes on and is split on «;» only. A bracket then «.», «,» or a lower-case clause still ends the list.
 */
const ASIDE_THEN_ITEM = /^\([^()\n;]{1,80}\)[ \t]*;[ \t]*(?=\p{Lu})/u;
/** A bracket of words (no count) closing the list's sentence or line. */
const LAST_ASIDE = /^\([^()\n;\d]{1,80}\)(?=[ \t]*(?:\.(?:[ \t]|$)|\n|$))/u;

/**
 * A line ending in «;» with a name opening the next one is a list wrapped by its page («…; Phòng Nội chính;» over
 * «Phòng Khoa giáo - Văn xã; …», a copied PDF): the «;» says another item follows. A bullet or a number opening the
 * next line starts something else.
 */
const WRAPPED_BEFORE = /;[ \t]*$/u;
const WRAPPED_AFTER = /^[ \t]*\p{Lu}/u;

/** Where a list written in prose ends in `rest`: PROSE_END, past the brackets that are an item's aside. */
function proseEnd(rest: string): number {
  let asides = 0;
  for (let from = 0; ; ) {
    const at = rest.slice(from).search(PROSE_END);
    if (at < 0) return rest.length;
    const aside = rest[from + at] === "(" ? ASIDE_THEN_ITEM.exec(rest.slice(from + at)) : null;
    if (aside) {
      from += at + aside[0].length;
      asides++;
      continue;
    }
    // «…; Nhà khách UBND tỉnh (cơ sở Quy Nhơn); Nhà khách Phù Đổng (cơ sở Pleiku).»: the last item's aside, written
    // as the items before it wrote theirs, is the item's, not a remark on the list.
    const last = asides > 0 && rest[from + at] === "(" ? LAST_ASIDE.exec(rest.slice(from + at)) : null;
    if (last) return from + at + last[0].length;
    if (rest[from + at] === "\n" && WRAPPED_BEFORE.test(rest.slice(Math.max(0, from + at - 8), from + at)) && WRAPPED_AFTER.test(rest.slice(from + at + 1, from + at + 8))) {
      from += at + 1;
      continue;
    }
    return from + at;
  }
}

/** Prose after «gồm:» / «là»: up to the end of the sentence, the line, or the clause that opens with a new count. */
export function inlineItems(text: string, from: number): ListBody | null {
  return proseNames(text, from, false);
}

const BESIDES = /[;,][ \t]*(?:ngoài ra|bên cạnh đó|cùng với)(?![\p{L}])/iu;

function proseNames(text: string, from: number, joined: boolean): ListBody | null {
  const limit = Math.min(text.length, from + MAX_BODY);
  const rest = text.slice(from, limit);
  const ends = [proseEnd(rest)];
  const next = rest.slice(0, ends[0]).search(NEXT_COUNT);
  if (next >= 0) {
    const before = rest.slice(0, next);
    // «…, B và 03 đơn vị …» ends at its «và»; a «và» further back is a name's own («Phòng Quản lý lao động và doanh
    // nghiệp»), and the list ends at the last separator.
    const and = /[ \t]và[ \t]*$/u.exec(before);
    const separator = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("("));
    // «…; Thông tin, báo cáo với 41 nhiệm vụ» (held-out 1461) ends at its «với»: the count goes with the plan, the words
    // before it are the last item whole, commas and all. Read so first, and at the last separator where that gives no
    // list of names («…; Nhà khách tự chủ 100% chi thường xuyên với 19 viên chức» is a remark, held-out 1353). Not «;
    // cùng với 02 trường …», a list set beside this one after its last separator.
    const plan = and ? null : /(?<!cùng)[ \t]với[ \t]*$/u.exec(before);
    ends.splice(0, 1, ...(plan && plan.index > 0 ? [plan.index] : []), and ? and.index : separator);
    if (ends.at(-1)! <= 0) return null;
  }
  for (const at of ends) {
    let end = at;
    // «A; B; C; ngoài ra có Trung tâm …»: what is named «besides» is no item of the list (812).
    const besides = rest.slice(0, end).search(BESIDES);
    if (besides > 0) end = besides;
    end = remarkAt(rest.slice(0, end)) ?? end;
    const list = body(text, from, from + end, joined);
    if (list !== null || at === ends.at(-1)) return list;
  }
  return null;
}

/**
 * A list names each unit once: a piece after «;» that opens with a name already listed and goes on in lower case is a
 * remark on that unit, not another item, and the list ended before it (held-out 1333: «có 02 đơn vị: Trung tâm Thông
 * tin - Công báo và Nhà khách UBND tỉnh; Nhà khách UBND tỉnh tự bảo đảm chi thường xuyên, …»). Where the remark
 * starts, or null.
 */
function remarkAt(list: string): number | null {
  for (let semi = list.indexOf(";"); semi !== -1; semi = list.indexOf(";", semi + 1)) {
    const piece = list.slice(semi + 1).replace(/^[ \t]+/u, "").split(";")[0]!;
    const named = list.slice(0, semi).split(/[;,]|[ \t]và[ \t]/u).map((n) => n.replace(/\s+/gu, " ").trim());
    const said = piece.replace(/\s+/gu, " ");
    // What follows the name says something of it in lower case; a capital or a dash goes on with a longer name
    // («Nhà khách UBND tỉnh; Nhà khách UBND tỉnh tại Hà Nội» are two houses). A word or two in lower case still name
    // a unit of their own: «Phòng Kinh tế; Phòng Kinh tế ngành» (held-out 1464) are two rooms; a remark says more.
    if (named.some((n) => opensName(n) && n.includes(" ") && said.startsWith(`${n} `) && remarkWords(said.slice(n.length + 1)))) return semi;
  }
  return null;
}

/** Lower-case words that say something of a unit (a verb and what it does), not the end of another unit's name. */
function remarkWords(rest: string): boolean {
  return /^[\p{Ll}][^\p{Lu}]*$/u.test(rest) && rest.trim().split(/\s+/u).length >= 3;
}

/** The words that open a bracketed list, «(bao gồm: A; B)», «(gồm A, B)»: they introduce the items, name none. */
const BRACKET_INTRO = /^[ \t]*(?:bao gồm|gồm có|gồm|cụ thể là|cụ thể|là)[ \t]*:?[ \t]*/iu;

/** «(A; B; C)» or «(bao gồm: A; B; C)» right after the heading. */
export function bracketItems(text: string, from: number): ListBody | null {
  const opening = BRACKET_INTRO.exec(text.slice(from, from + 24));
  const start = from + (opening?.[0].length ?? 0);
  const rest = text.slice(start, Math.min(text.length, start + MAX_BODY));
  const close = rest.search(/[()\n]/);
  if (close < 0 || rest[close] !== ")") return null;
  return body(text, start, start + close);
}

/**
 * The items after an intro that ends its line: bullet lines, or, unmarked, the names one a line down to the first
 * line that is no name (a blank line, «và 04 đơn vị sự nghiệp, gồm:», a heading with a number), or the enumeration
 * the line below holds («…trực thuộc:» over «Trung tâm A; Nhà khách B.»). On the intro's own line, the prose after it.
 */
export function itemsAfter(text: string, from: number): ListBody | null {
  return bulletItems(text, from) ?? lineItems(text, from) ?? inlineItems(text, from);
}

/** A line that is one name and nothing else: capitalised, short, no sentence in it, at most a «;» or «.» closing it. */
const NAME_LINE = /^[ \t]*\p{Lu}[^\n:;.!?]{0,119}?[ \t]*[;,.]?[ \t]*$/u;

function lineItems(text: string, from: number): ListBody | null {
  const eol = text.indexOf("\n", from);
  if (eol < 0 || text.slice(from, eol).trim() !== "") return null;
  const first = eol + 1;
  const next = text.indexOf("\n", first);
  const line = text.slice(first, next < 0 ? text.length : next);
  // One line holding the enumeration: read as prose (its sentence may wrap on to the lines below, as copied PDFs do).
  if (line.includes(";")) return inlineItems(text, first);
  let at = first;
  let end = first;
  const lines: string[] = [];
  while (at < text.length && lines.length < 40) {
    const stop = text.indexOf("\n", at);
    const own = text.slice(at, stop < 0 ? text.length : stop);
    if (!NAME_LINE.test(own)) break;
    lines.push(own);
    end = at + own.length;
    if (/[.][ \t]*$/.test(own)) break;
    at = stop < 0 ? text.length : stop + 1;
  }
  if (lines.length < 2) return null;
  const items = lines.map((l) => withoutShortName(l.replace(/[\s.;,]+$/, "").trim()));
  return items.every(isName) ? { start: first, end, items } : null;
}

/** Lines opened by a bullet right under a heading that ends its line with «:». */
export function bulletItems(text: string, from: number): ListBody | null {
  const eol = text.indexOf("\n", from);
  if (eol < 0 || text.slice(from, eol).trim() !== "") return null;
  const items: string[] = [];
  let at = eol + 1;
  let end = at;
  // «+» items under a «- …:» line end where the next «-» line opens the heading's sibling: one list, one mark.
  let mark: string | null = null;
  while (at < text.length && items.length < 100) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next < 0 ? text.length : next);
    const bullet = BULLET.exec(line);
    if (!bullet) break;
    const own = markOf(bullet[0]);
    if (mark !== null && own !== mark) break;
    mark = own;
    items.push(line.slice(bullet[0].length));
    end = at + line.length;
    at = next < 0 ? text.length : next + 1;
  }
  if (items.length === 0) return null;
  const names = items.map((i) => withoutShortName(i.replace(/[\s.;,]+$/, "").trim()));
  return names.every(isName) ? { start: eol + 1, end, items: names } : null;
}

/** A bullet's kind: its sign, or «1.» / «a)» as numbering of one style. */
function markOf(bullet: string): string {
  const b = bullet.trim();
  return /^\d/.test(b) ? `1${b.slice(-1)}` : /^\p{Ll}/u.test(b) ? `a${b.slice(-1)}` : b;
}

const SECTION_ROW = /^[ \t]*[IVX]{1,4}\.?[ \t]*$/u;

/** The cells under column `column` of the tab-separated rows after the header line ending at `headerEnd`. */
export function columnItems(text: string, headerEnd: number, column: number): ListBody | null {
  const items: string[] = [];
  let at = headerEnd + 1;
  let start = -1;
  let end = at;
  while (at < text.length && items.length < 100) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next < 0 ? text.length : next);
    if (!line.includes("\t")) break;
    const cells = line.split("\t");
    // A row numbered «II», «III» opens the table's next part: the column's list ended above it.
    if (SECTION_ROW.test(cells[0]!)) break;
    const cell = (cells[column] ?? "").trim();
    if (cell !== "") {
      const offset = at + cells.slice(0, column).join("\t").length + (column > 0 ? 1 : 0);
      if (start < 0) start = offset;
      items.push(cell);
      end = offset + (cells[column] ?? "").length;
    }
    at = next < 0 ? text.length : next + 1;
  }
  return items.length > 0 && items.every(isName) ? { start, end, items } : null;
}

/**
 * «Cơ quan chuyên môn, đơn vị thuộc UBND xã: 04.» then one name a line, each closed by «.» (742): as many lines as the
 * count says, read from the line after `from`, every one a name. Null when any of them is not.
 */
export function countedLines(text: string, from: number, count: number): ListBody | null {
  const eol = text.indexOf("\n", from);
  if (eol < 0 || text.slice(from, eol).trim() !== "" || count < 2 || count > 40) return null;
  const items: string[] = [];
  let at = eol + 1;
  let end = at;
  while (items.length < count && at < text.length) {
    const stop = text.indexOf("\n", at);
    const line = text.slice(at, stop < 0 ? text.length : stop);
    const name = withoutShortName(line.replace(BULLET, "").replace(/[\s.;,]+$/, "").trim());
    if (!isName(name) || name.length > 120) return null;
    items.push(name);
    end = at + line.length;
    at = stop < 0 ? text.length : stop + 1;
  }
  return items.length === count ? { start: eol + 1, end, items } : null;
}
