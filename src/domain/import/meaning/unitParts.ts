/**
 * A body that compiles its units' reports (a department's rooms, its sub-department, its centres) gives many figures
 * unit by unit: «Cao cấp lý luận chính trị: Văn phòng Sở 05; Thanh tra Sở 02; …; Chi cục Thống kê 07», «Đang học …:
 * Thanh tra Sở 01, Chi cục Thống kê 02», «- Văn phòng Sở: được giao 22, có mặt 21 (Chánh Văn phòng, 02 Phó Chánh Văn
 * phòng …);» over «- Thanh tra Sở: …», «Chi cục Thống kê tự tổ chức giao ban 12 cuộc; Trung tâm … 06 cuộc». A careful
 * reader takes a number in an item led by one unit's name, beside items led by other units' names, as that unit's:
 * the whole body's figure is the one stated for it («Tổng cộng toàn Sở: …», «tổng số 06 công chức») or not stated at
 * all, and is then not the reader's to add up. A unit alone with its figure («Điều động đi: Văn phòng Sở 01 công chức
 * …. Các phòng khác không có») may well be the whole's, and is not judged here; nor is a unit named as where or whom
 * («01 tại Phòng Quản lý ngân sách», «cho 01 cá nhân Văn phòng Sở», «sang Phòng Tổng hợp»): it leads no item.
 * Language knowledge only: the unit kinds are the words Vietnamese bodies name their units by.
 */

/**
 * A unit named as a proper name: its kind, capitalised («Văn phòng», «Thanh tra», «Phòng» or «P.», «Chi cục», «Trung
 * tâm», «Đội»), then a capitalised word of its name («Văn phòng Sở», «Phòng Quản lý ngân sách», «P. Tổng hợp»).
 * «Thanh tra tỉnh», «Văn phòng và …» are other bodies or no name.
 */
const UNIT = /^(Văn phòng|Thanh tra|Phòng|P\.|Chi cục|Trung tâm|Đội)[ \t]*(?=\p{Lu})/u;

/**
 * A merged province's branches and areas (stop 45, held-out 1210 and 1214): «Chi nhánh số 1 (phường Yên Bái): tiếp
 * nhận 13.357 …», «Khu vực tỉnh Nam Định cũ: …», «Điểm tiếp nhận Quảng Ngãi: …», each line one part of the whole the
 * «Tổng cộng …» line after them states. Named by a number or a place's name, which tells one from another. One list of
 * the kinds for the three readings of branches here (a line's lead, a lead's name, «Riêng …»).
 */
const BRANCH_KINDS = ["Chi nhánh", "Khu vực", "Điểm tiếp nhận", "Cơ sở"];
const BRANCH = new RegExp(String.raw`^(${BRANCH_KINDS.join("|")})[ \t]+(?=số[ \t]*\d|\d|(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)[ \t]+\p{Lu}|\p{Lu})`, "u");
const branchKindsLower = BRANCH_KINDS.map((k) => k.toLowerCase()).join("|");

/** Where an item (or a sub-item) opens: the stretch's start, a line's, or after «;», «:», «,», «(» (and a bullet, spaces). */
const OPENING = /(?:^|[;:,(\n])[ \t]*(?:[-+•*–][ \t]*)?/gu;

/** A whole's word between the unit's name and the number: «Chi cục Thống kê 03, tổng số 06» is no part's. */
const WHOLE = /(?<![\p{L}])(?:tổng số|tổng cộng|toàn|cộng|chung)(?![\p{L}])/iu;

/** A count of units after the number («Trung tâm A; Trung tâm B (02 đơn vị)»): it counts the list, no unit's figure. */
const UNITS_COUNTED = /^[ \t]*(?:đơn vị|phòng|tổ chức|cơ quan|chi cục|trung tâm|đội)(?![\p{L}])/iu;

/**
 * A unit leading an item: `name`, its kind and the first words of its name (lower case), to tell units apart;
 * `text`, what is written from its kind to the first number or stop (as written: «Phòng Khoa giáo - Văn xã»), to
 * compare with the field's own rooms and organisations; where it starts.
 */
export interface UnitLead {
  name: string;
  text: string;
  at: number;
}

/** Words that end a unit's name: what the unit did or has («Văn phòng Sở chuyển 02 …», «Trung tâm X được giao 14»). */
const NAME_END = new Set(["được", "có", "đã", "đang", "sẽ", "tự", "chuyển", "luân", "tiếp", "nhận", "là", "gồm", "với", "tại", "cho", "đề", "thực", "tổ", "giải", "trả", "xử", "không", "ban", "bổ", "điều", "cử", "trong"]);

/** A unit of the issuing body's own kind («Văn phòng UBND tỉnh» in a Văn phòng's report) is the body itself. */
function isBodyItself(name: string, ownKind: string | null): boolean {
  // With no header, the form's own kind (a «Văn phòng»'s report) is the body's.
  return name.startsWith(ownKind ?? "văn phòng");
}

/**
 * The names opening the items of `stretch` (at its openings), in order: the units, and (with `names`) any other
 * capitalised words opening one («Nhà khách UBND tỉnh», «Chánh Văn phòng») as leads of no unit (`name` "").
 * `offset` is where the stretch stands in the text.
 */
function leadsIn(stretch: string, offset: number, ownKind: string | null, names = false): UnitLead[] {
  const out: UnitLead[] = [];
  for (const m of stretch.matchAll(OPENING)) {
    const from = m.index! + m[0].length;
    const rest = stretch.slice(from, from + 90);
    const branch = BRANCH.exec(rest);
    const kind = UNIT.exec(rest) ?? branch;
    if (kind === null) {
      if (names && /^\p{Lu}/u.test(rest)) out.push({ name: "", text: "", at: offset + from });
      continue;
    }
    // A branch's number is its name: «Chi nhánh số 1» and «Chi nhánh số 2» are two.
    const numbered = branch ? /^(?:số[ \t]*)?\d{1,2}(?!\d)/u.exec(rest.slice(kind[0].length))?.[0] : undefined;
    const written = numbered ?? rest.slice(kind[0].length).split(/[\d;:,()\n\t]|\.(?=\s|$)/u)[0]!.normalize("NFC").trim();
    const text = `${kind[1]!} ${written}`;
    const words = written.toLowerCase().split(/\s+/u);
    const named: string[] = [];
    for (const w of words) {
      if (named.length === 3 || w === "" || NAME_END.has(w)) break;
      named.push(w);
    }
    const name = `${kind[1]!.toLowerCase()} ${named.join(" ")}`;
    if (isBodyItself(name, ownKind)) {
      if (names) out.push({ name: "", text: "", at: offset + from });
      continue;
    }
    out.push({ name, text, at: offset + from });
  }
  return out;
}

/** The text from `from` to `start`, brackets closed before `start` blanked (they are asides, not the way to the number). */
function openPath(text: string, from: number, start: number): string {
  const way = text.slice(from, start);
  // Asked for every number: without a closing bracket nothing is blanked, and no array of characters is built.
  if (!way.includes(")")) return way;
  const chars = way.split("");
  let depth = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === ")") depth++;
    else if (chars[i] === "(" && depth > 0) {
      depth--;
      chars[i] = " ";
      continue;
    }
    if (depth > 0) chars[i] = " ";
  }
  return chars.join("");
}

/** The line holding `at`: where it starts and ends. */
function lineAt(text: string, at: number): { from: number; to: number } {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return { from, to: end === -1 ? text.length : end };
}

/** A line that opens an item of its own: a bullet, a heading's numbering, a table row, or nothing on it. */
const OWN_LINE = /^\s*(?:[-+•*–]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}[.)]\s|[a-zđ][.)]\s|$)|\t/u;

/** A numbered heading, or a line of capitals: a title, never broken off an item. */
const HEADING_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}[.)]\s|[a-zđ][.)]\s)|^[^\p{Ll}]*$/u;

/**
 * The line ends its item: a clause's stop, or it is blank, a table row or a heading. A colon ends none: what it
 * introduces on the next line is an item of its own only when that line opens one («- …»), which is asked apart.
 */
function endsItem(line: string): boolean {
  return /[.;!?]\s*$/u.test(line) || line.includes("\t") || HEADING_LINE.test(line);
}

/** How many lines a page's width may have broken one item into, looked back or on over. */
const WRAPPED = 3;

/**
 * The item's lines: a line goes on the one before when that one ends no clause and it opens no item of its own (a
 * PDF's page width broke «- Phòng A (…): tiếp⏎nhận 412, đã giải quyết 405 (trước hạn 390, …»).
 */
function wrappedFrom(text: string, from: number): number {
  for (let k = 0; k < WRAPPED && from > 0 && text[from - 1] === "\n"; k++) {
    const before = lineAt(text, from - 1);
    const line = text.slice(before.from, before.to);
    if (endsItem(line) || OWN_LINE.test(text.slice(from, lineAt(text, from).to))) break;
    from = before.from;
  }
  return from;
}

function wrappedTo(text: string, to: number): number {
  for (let k = 0; k < WRAPPED && to < text.length && text[to] === "\n"; k++) {
    const line = text.slice(lineAt(text, to - 1).from, to);
    const next = lineAt(text, to + 1);
    if (endsItem(line) || OWN_LINE.test(text.slice(next.from, next.to))) break;
    to = next.to;
  }
  return to;
}

/** Lines looked at around a unit's own line for its fellows' («- Thanh tra Sở: …»), a paragraph moved between them. */
const FELLOW_LINES = 6;

/** The unit opening the line [from, to) at its start (after a bullet), or undefined. */
function lineLead(text: string, line: { from: number; to: number }, ownKind: string | null): UnitLead | undefined {
  const first = leadsIn(text.slice(line.from, line.to), line.from, ownKind, true)[0];
  return first !== undefined && first.name !== "" && /^[ \t]*(?:[-+•*–][ \t]*)?$/u.test(text.slice(line.from, first.at)) ? first : undefined;
}

/**
 * The unit whose figure the number at [start, end) is, when it stands in an item led by that unit beside items led
 * by other units (in its sentence, or on the lines near its own when each line is one unit's); else null.
 * `ownKind` is the kind of the issuing body (documentHeader.ts, vetoOwnAward.kindOf): a unit of that kind is the body.
 */
export function unitOwning(text: string, start: number, end: number, sentence: { from: number; to: number }, ownKind: string | null): UnitLead | null {
  const from = wrappedFrom(text, sentence.from);
  const path = openPath(text, from, start);
  // The number's item: after the last «;» on the open way to it.
  const cut = path.lastIndexOf(";") + 1;
  const item = path.slice(cut);
  // The last name opening an item on the way to the number, outside the brackets still open there: «(Chánh Văn
  // phòng, 02 Phó Chánh Văn phòng …» breaks the unit's figure down; «Nhà khách UBND tỉnh (…, 36 viên chức)» is no unit.
  const open = item.indexOf("(");
  const lead = leadsIn(open === -1 ? item : item.slice(0, open), from + cut, ownKind, true).at(-1) ?? branchLeadingLine(text, start, ownKind);
  if (lead === undefined || lead.name === "") return null;
  if (WHOLE.test(text.slice(lead.at + lead.text.length, start)) || UNITS_COUNTED.test(text.slice(end, end + 20))) return null;
  const others = (leads: readonly UnitLead[]) => leads.some((l) => l.name !== lead.name);
  if (others(leadsIn(text.slice(from, wrappedTo(text, sentence.to)), from, ownKind))) return lead;
  // «- Văn phòng Sở: …» over «- Thanh tra Sở: …»: each line one unit's, led at the line's start.
  const line = lineAt(text, lead.at);
  if (lineLead(text, line, ownKind)?.at !== lead.at) return null;
  for (const way of [-1, 1] as const) {
    let at = line;
    for (let k = 0; k < FELLOW_LINES; k++) {
      if (way === -1 ? at.from === 0 : at.to >= text.length) break;
      at = way === -1 ? lineAt(text, at.from - 1) : lineAt(text, at.to + 1);
      const fellow = lineLead(text, at, ownKind);
      if (fellow !== undefined && fellow.name !== lead.name) return lead;
    }
  }
  return null;
}

const BRANCH_NAME = new RegExp(`^(?:${branchKindsLower}) `, "u");

/**
 * The branch leading the line of a number in a later clause of it: «+ Chi nhánh số 1 (…): tiếp nhận 13.357 hồ sơ; …;
 * đang giải quyết 532 hồ sơ.» The clauses after «;» are the branch's still. Only branches: a room's line may go on to
 * the office's own figures.
 */
function branchLeadingLine(text: string, start: number, ownKind: string | null): UnitLead | undefined {
  const lead = lineLead(text, lineAt(text, start), ownKind);
  return lead !== undefined && BRANCH_NAME.test(lead.name) ? lead : undefined;
}

/** «Riêng điểm tiếp nhận Đồng Xoài tiếp nhận 17 385 hồ sơ»: one branch's figures set apart from the whole's. */
const BRANCH_APART = new RegExp(String.raw`^[ \t]*(?:[-+•*–][ \t]*)?riêng[ \t]+(?:tại[ \t]+|ở[ \t]+)?(?:${branchKindsLower})(?![\p{L}])`, "iu");

/**
 * Whether the sentence from `from` sets one branch apart («Riêng điểm tiếp nhận …», «Riêng Chi nhánh số 2 …»; stop 45,
 * held-out 1231): its numbers are that branch's, never the whole centre's a sentence before it gave.
 */
export function branchSetApart(text: string, from: number): boolean {
  return BRANCH_APART.test(text.slice(from, from + 60));
}
