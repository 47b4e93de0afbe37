/**
 * A figure split by place: «đại học: thị trấn cũ (16), xã cũ Vĩnh Hảo (12), xã cũ Vĩnh Quang (10)», «tiếp định kỳ
 * theo lịch, cấp tỉnh 15 lượt, cấp xã 58 lượt», «- Trụ sở chính (thị trấn cũ): 1.146 hồ sơ;» over «- Điểm tiếp nhận
 * xã cũ Vĩnh Hảo: 312 hồ sơ;», «Đang giải quyết: trụ sở chính (49), Vĩnh Hảo (17), Vĩnh Quang (11)». A careful reader
 * takes a number in an item led by one place (a level «cấp tỉnh», a commune or a former one, a village, a seat or a
 * receiving point), beside items led by other places each with its own number, as that place's share: the whole's
 * figure is the one stated for the whole («tổng số 23 lượt, trong đó cấp tỉnh 06 lượt, …») or not stated at all, and
 * is then not the reader's to add up. unitParts.ts reads the same of a body's rooms and centres. A figure whose own
 * words name the place's kind («Lượt tiếp … cấp xã», a commune level's section) may still take it. Language knowledge
 * only: the kinds are the words Vietnamese writes places and levels with.
 */

/** A level or an administrative place, as the kind opening its name («cấp xã», «xã cũ …», «thôn …», «đặc khu …»). */
const LEVEL = String.raw`cấp\s+(?:tỉnh|huyện|xã)`;
const PLACE = String.raw`thị\s+trấn|thị\s+xã|tổ\s+dân\s+phố|khu\s+phố|đặc\s+khu|xã|phường|huyện|quận|thôn|làng|ấp|buôn|xóm|tỉnh`;
/** Where a body receives people or files: «trụ sở chính», «điểm tiếp nhận», «điểm» before a place or a name. */
const SITE = String.raw`trụ\s+sở(?:\s+chính)?|điểm\s+tiếp\s+nhận|điểm(?=[ \t]+(?:${PLACE}|\p{Lu}))`;
/** A name: capitalised syllables («Vĩnh Hảo», «Đắk Tơ Kơn»), or a village's number («thôn 2» is no figure's place). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}`;

/**
 * A place opening an item: a level alone; a site, then maybe a place; a place then «cũ» or a name. The kind's words
 * are kept (`kind`) to compare with a figure's own words.
 */
const LEAD = new RegExp(
  String.raw`^(?:(?<level>${LEVEL})|(?<site>${SITE})(?:[ \t]+(?<sitePlace>${PLACE})(?:[ \t]+cũ)?)?(?:[ \t]+${NAME})?|(?<place>${PLACE})(?:[ \t]+cũ(?:[ \t]+${NAME})?|[ \t]+${NAME}))(?![\p{L}\p{M}])`,
  "u",
);
/**
 * A bare name opening an item, its number right after it («Vĩnh Hảo (17)», «Vĩnh Quang 02»): a place beside kinded
 * ones. Two capitalised syllables at least, each with small letters: «ĐK 34» is an abbreviation, «Tiếp 75» a sentence.
 */
const PROPER = String.raw`\p{Lu}[\p{Ll}\p{M}]+`;
const BARE = new RegExp(String.raw`^(${PROPER}(?:[ \t]+${PROPER}){1,3})(?=[ \t]*[:(]?[ \t]*\d)`, "u");

/** Where an item opens: the stretch's start, a line's, after «;», «:», «,», «(», a dash, «gồm», «trong đó» (a bullet). */
const OPENING = /(?:^|[;:,(\n—–]|(?<![\p{L}])(?:gồm|trong đó)(?![\p{L}]))[ \t]*(?:[-+•*][ \t]*)?/giu;

/** A whole's word between the place and the number: «cấp tỉnh và cấp xã đã tiếp tổng số …» is no part's. */
const WHOLE = /(?<![\p{L}])(?:tổng số|tổng cộng|toàn|cộng|chung|và)(?![\p{L}])/iu;

/** From the place to its number: a few words (a verb, a bracket's aside, a colon), no other number, no stop. */
const TO_NUMBER = /^[^\d;.\n]{0,40}$/u;

export interface PlaceLead {
  /** Lower case, spaces single: the place as named, to tell places apart. */
  name: string;
  /** The kind's words (lower case), or "" for a bare name; a level's («cấp huyện») is its level's word («huyện»). */
  kind: string;
  /** A level of government («cấp tỉnh», «cấp huyện», «cấp xã»), not a place. */
  level: boolean;
  /** Set apart by «riêng» opening its clause («Riêng huyện A tiếp …», «Riêng bộ phận một cửa phường B …»). */
  apart?: boolean;
  at: number;
  end: number;
}

/**
 * A span opening an item, its date written: «từ 01/7/2025», «đến ngày 30/6/2025», «sau 15/8». Beside items led by
 * places each with its number («tỉnh Đồng Nai (cũ) 11; tỉnh Bình Phước (cũ) 05 (đến 30/6/2025); từ 01/7/2025 tiếp
 * nhận, xử lý 29»), such an item is one more share of the list, by time: the whole's figure is not it.
 */
const SPAN = /^(?:kể\s+)?(?:từ|đến|sau|trước)(?:\s+ngày)?\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?![\d/])/iu;

function placesIn(stretch: string, offset: number): PlaceLead[] {
  const out: PlaceLead[] = [];
  for (const m of stretch.matchAll(OPENING)) {
    const from = m.index + m[0].length;
    const rest = stretch.slice(from, from + 80);
    const span = SPAN.exec(rest);
    if (span !== null) {
      out.push({ name: span[0].toLowerCase().replace(/\s+/gu, " "), kind: "", level: false, at: offset + from, end: offset + from + span[0].length });
      continue;
    }
    // The kind is matched in lower case, its first letter as a line may capitalise it; a name keeps its capitals.
    const lead = LEAD.exec(rest.charAt(0).toLowerCase() + rest.slice(1));
    if (lead !== null) {
      const g = lead.groups!;
      const kind = (g["level"] ?? g["sitePlace"] ?? g["place"] ?? g["site"] ?? "").toLowerCase().replace(/\s+/gu, " ");
      out.push({ name: lead[0].toLowerCase().replace(/\s+/gu, " "), kind: kind.replace(/^cấp /u, ""), level: g["level"] !== undefined, at: offset + from, end: offset + from + lead[0].length });
      continue;
    }
    const bare = BARE.exec(rest);
    if (bare !== null) out.push({ name: bare[1]!.toLowerCase().replace(/\s+/gu, " "), kind: "", level: false, at: offset + from, end: offset + from + bare[1]!.length });
  }
  return out;
}

/**
 * «Riêng huyện Yên Thành tiếp 13 lượt», «Riêng bộ phận một cửa phường Bắc Sơn tiếp nhận 59 hồ sơ, đã giải quyết …»:
 * «riêng» opening a clause sets one place apart from the rest (a few words of the body before the place's kind, as
 * «bộ phận một cửa»), with a name: what the clause counts is that place's alone.
 */
const APART = new RegExp(
  String.raw`(?:^|[.;:,(\n])[ \t]*(?:[-+•*][ \t]*)?(?:[Tt]rong đó,?[ \t]+)?[Rr]iêng[ \t]+((?:[\p{Ll}\p{M}]+[ \t]+){0,5}?)((?:${LEVEL})|(?:${PLACE})(?:[ \t]+cũ)?[ \t]+${NAME})(?![\p{L}\p{M}])`,
  "gu",
);

function apartIn(stretch: string, offset: number): PlaceLead[] {
  const out: PlaceLead[] = [];
  for (const m of stretch.matchAll(APART)) {
    // The place is matched in lower case where a kind may open a line; its name keeps its capitals.
    const place = m[2]!;
    const kind = (/^(?:cấp\s+\p{L}+|thị\s+trấn|thị\s+xã|tổ\s+dân\s+phố|khu\s+phố|đặc\s+khu|\p{L}+)/iu.exec(place)?.[0] ?? "").toLowerCase().replace(/\s+/gu, " ");
    const end = m.index + m[0].length;
    out.push({ name: place.toLowerCase().replace(/\s+/gu, " "), kind: kind.replace(/^cấp /u, ""), level: /^cấp/iu.test(place), apart: true, at: offset + end - place.length, end: offset + end });
  }
  return out;
}

/** The lead is followed by its own number: a few words on, no other number or stop between. */
function numbered(text: string, lead: PlaceLead): boolean {
  const after = text.slice(lead.end, lead.end + 48);
  const digit = after.search(/\d/u);
  return digit !== -1 && TO_NUMBER.test(after.slice(0, digit)) && !WHOLE.test(after.slice(0, digit));
}

/** The line holding `at`. */
function lineAt(text: string, at: number): { from: number; to: number } {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return { from, to: end === -1 ? text.length : end };
}

/** Lines looked at around a place's own line for its fellows' («- Điểm tiếp nhận …: 312 hồ sơ;»). */
const FELLOW_LINES = 4;

/** The place opening the line (after a bullet) with its own number, or undefined. */
function lineLead(text: string, line: { from: number; to: number }): PlaceLead | undefined {
  const head = /^[ \t]*(?:[-+•*–][ \t]*)?/u.exec(text.slice(line.from, line.to))![0].length;
  const lead = placesIn(text.slice(line.from + head, line.to), line.from + head)[0];
  return lead !== undefined && lead.at === line.from + head && lead.kind !== "" && numbered(text, lead) ? lead : undefined;
}

/**
 * The place whose share the number at `start` is, when it stands in an item led by that place beside items led by
 * other places, each with a number (in its sentence, or on the lines near its own when each line is one place's,
 * kinded); else null. A bare name counts only beside a kinded place.
 */
export function placeOwning(text: string, start: number, sentence: { from: number; to: number }): PlaceLead | null {
  const stretch = text.slice(sentence.from, sentence.to);
  // A place set apart by «riêng» owns every number after it in its sentence, up to another place's lead.
  const apart = apartIn(stretch, sentence.from).filter((l) => l.end <= start).at(-1);
  // «riêng đối với xã Sín Thầu là 01 xã được … giúp đỡ»: a count of places of that kind counts the place, no share of it.
  const countsPlaces = apart !== undefined && apart.kind !== "" && new RegExp(String.raw`^[^\S\n]*${apart.kind.replace(/ /gu, String.raw`\s+`)}(?![\p{L}\p{M}])`, "iu").test(text.slice(text.slice(start).search(/\D/u) + start));
  if (apart !== undefined && !countsPlaces && !placesIn(stretch, sentence.from).some((l) => l.at > apart.end && l.end <= start) && !/[;\n]/u.test(text.slice(apart.end, start))) return apart;
  const leads = placesIn(stretch, sentence.from);
  const lead = leads.filter((l) => l.end <= start).at(-1);
  if (lead === undefined || !TO_NUMBER.test(text.slice(lead.end, start)) || WHOLE.test(text.slice(lead.end, start))) return null;
  // Fellows stand in the same list: at the same depth of brackets («Cấp xã tiếp 38 lượt …; 01 đoàn (phường A, 06
  // người)» has one place in an aside, no fellow).
  const depth = (at: number) => {
    let d = 0;
    for (const c of text.slice(sentence.from, at)) d += c === "(" ? 1 : c === ")" ? -1 : 0;
    return d;
  };
  const fellows = leads.filter((l) => l.name !== lead.name && numbered(text, l) && depth(l.at) === depth(lead.at));
  if (fellows.length > 0 && [lead, ...fellows].some((l) => l.kind !== "")) return lead;
  // «- Trụ sở chính (thị trấn cũ): 1.146 hồ sơ;» over «- Điểm tiếp nhận xã cũ Vĩnh Hảo: 312 hồ sơ;»: a place a line.
  const line = lineAt(text, lead.at);
  if (lineLead(text, line)?.at !== lead.at) return null;
  for (const way of [-1, 1] as const) {
    let at = line;
    for (let k = 0; k < FELLOW_LINES; k++) {
      if (way === -1 ? at.from === 0 : at.to >= text.length) break;
      at = way === -1 ? lineAt(text, at.from - 1) : lineAt(text, at.to + 1);
      if (at.from === at.to) break;
      const fellow = lineLead(text, at);
      if (fellow !== undefined && fellow.name !== lead.name) return lead;
    }
  }
  return null;
}

/** The field's own words (its label and its section's title, lower case) name the place's kind: it may take the share. */
export function namesPlaceKind(ownWords: string, lead: PlaceLead): boolean {
  // One named place set apart is no level's figure: «các huyện» counts them all, «Riêng huyện A» one of them.
  if (lead.kind === "" || (lead.apart === true && !lead.level)) return false;
  return new RegExp(String.raw`(?<![\p{L}\p{M}])${lead.kind.replace(/ /gu, String.raw`\s+`)}(?![\p{L}\p{M}])`, "iu").test(ownWords);
}

/** A place set apart that the issuer's own header names («Riêng xã Yên Thành» under «UBND XÃ YÊN THÀNH») is the issuer. */
export function issuersPlace(lead: PlaceLead, issuer: string | null): boolean {
  if (lead.apart !== true || lead.level || issuer === null) return false;
  const name = lead.name.slice(lead.kind.length).replace(/^\s*cũ\s*/u, "").trim();
  return name !== "" && issuer.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").includes(name.normalize("NFC"));
}

/** The levels as vetoText.ts numbers them (ownLevel): 0 the province, 1 the district, 2 the commune. */
const LEVELS = ["tỉnh", "huyện", "xã"];

/**
 * «- Cấp huyện: biên chế công chức giao 86, …» over «- Cấp xã: …» in a district's own report: the issuer's own level
 * is the report's own figure, the other levels its lower ones. Only where the form does not add its figures up across
 * levels (`levelled`, a monthly reception form does: there every level is a part).
 */
export function issuersLevel(lead: PlaceLead, ownLevel: number, levelled: boolean): boolean {
  return lead.level && !levelled && LEVELS.indexOf(lead.kind) === ownLevel;
}
