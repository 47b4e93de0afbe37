/**
 * Another level of government named where the sentence rule (vetoText.isOtherLevel) does not look: in an earlier
 * sentence of the same paragraph («Ở cấp huyện, tổng số … 21.686 hồ sơ … Trong số này đã giải quyết được 17.651 hồ
 * sơ, trong đó có 13.767 hồ sơ trước hạn»), or as a named unit («Huyện Lập Thạch … tỷ lệ chậm, quá hạn 0,33%»).
 * Language knowledge only: the levels a field asks for come from the form (vetoText.fieldLevel).
 */
import { fromLastJoint } from "./clauseSpans";
import { isOtherLevel, sentenceAround, type FieldLevel } from "./vetoText";

/**
 * «huyện Lập Thạch», «Quận 1», «Q.1», «xã Chiềng Sơn»: a named unit below the province. Case matters: the name is
 * capitalised («Xã hội» in «Phòng Văn hóa - Xã hội» is no commune); «TP.» is left out, as it names cities of either level.
 */
/** The unit's kind as a clerk writes it before its name, capitalised or not. */
const UNIT_KIND = String.raw`[Hh]uyện|[Qq]uận|[Tt]hị xã|[Xx]ã|[Pp]hường|[Tt]hị trấn`;
/** The people's committee that heads a unit, written before the unit's kind. */
const COMMITTEE = String.raw`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+`;

const NAMED_UNIT = new RegExp(String.raw`(?<![\p{L}])(?:(${UNIT_KIND})\s+(?:\p{Lu}|\d)|([Qq])\.\s?\d)`, "gu");

/** How far back a paragraph's opening may be: a paragraph of a report is rarely longer. */
const PARAGRAPH = 1500;

const LEVEL_NAMED = /(?<![\p{L}])(?:toàn|cấp|các|ubnd)\s+(?:các\s+)?(?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã)(?![\p{L}])/iu;

const PLACE_OR_WAY = new RegExp(String.raw`(?<![\p{L}])(?:(?:tại|ở|từ|về|sang)\s+(?:${COMMITTEE})?|với\s+(?:nhân dân|người dân|cử tri|bà con|công dân)\s+)$`, "iu");

/**
 * From a unit to the next one named with it: the first's capitalised name, then «,», «và» or «với» (and «UBND»).
 * «… xã Hoằng Hóa và UBND phường …», «… xã Ea Tiêu, xã …»; «… xã Hoằng Hóa về Văn phòng, và phường …» is no such pair.
 */
const JOINED_TO_NEXT = new RegExp(String.raw`^(?:${UNIT_KIND}|[Qq]\.)\s*(?:[\p{Lu}\d][\p{L}\p{M}\d]*\s*){1,4}(?:,|và|với)\s+(?:${COMMITTEE})?$`, "u");

/**
 * A list of bodies after a place word, each named from a capital and joined by «,» or «và», that the unit closes:
 * «tại Sở Nội vụ, Sở Dân tộc và Tôn giáo và UBND phường …», «từ Ban Quản lý dự án, phường …». A clause of its own
 * (a lower-case word after the comma: «sang Sở Tư pháp, sau đó phường …») breaks the list.
 */
const LISTED_PLACE = new RegExp(
  String.raw`(?<![\p{L}])(?:tại|ở|từ|về|sang)\s+(?:\p{Lu}[^\s,;:.()\d]*(?:\s+[^\s,;:.()\d]+){0,7}?\s*(?:,|\s+và)\s+)+(?:${COMMITTEE})?$`,
  "u",
);

/**
 * The list is read in the text before the unit as written too, back to its line's start: a long sentence's window
 * may open inside the list («… Sở Ngoại vụ và UBND phường Hải Châu, …» with its «tại» left outside). The unit is
 * found where it is written: the words read have their brackets closed up, so their offsets run short of the text's.
 */
function listedPlace(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf("\n", at - 1) + 1, at - 300);
  return LISTED_PLACE.test(text.slice(from, at));
}

const UNIT_LEVEL: Record<string, number> = { huyện: 1, quận: 1, "thị xã": 1, q: 1, xã: 2, phường: 2, "thị trấn": 2 };

/**
 * The sentence names one unit below the reporting body before the number («Huyện Lập Thạch … 0,33%»): its figure is
 * that unit's, unless the field asks for that level. Units named in brackets are asides and do not count.
 */
export function namedUnitBefore(text: string, start: number, end: number, own: number, field: FieldLevel): boolean {
  const s = sentenceAround(text, start, end);
  // A statement joined by «, cùng với đó» names its own units, as a new sentence would (clauseSpans.ts).
  const prefix = fromLastJoint(outsideBrackets(text.slice(s.from, start)));
  // «Chủ tịch UBND huyện đối thoại … tại xã Chiềng Pấc, nhận được 17 ý kiến»: a unit after «tại»/«ở» within the
  // sentence is where it happened, not whose figure («Ở huyện Mộc Châu, …» opening the sentence still is).
  // Nor is one a person came from or went to: «tiếp nhận 01 công chức từ UBND huyện Quảng Ninh; bổ nhiệm 01 …», nor
  // the people a dialogue was held with: «Chủ tịch UBND huyện đối thoại với Nhân dân xã Thành Vinh …, nhận được 16 ý kiến».
  // A unit closing a list of bodies after such a word is one of those places as the list's first body is (held-out 1400:
  // «luân chuyển 03 công chức đi nhận công tác tại Sở Nội vụ, Sở Dân tộc và Tôn giáo và UBND phường Thái Bình, tiếp
  // nhận 06 công chức …; bổ nhiệm 02 Trưởng phòng» bound the appointments to the ward, and the office's own figure to
  // a bracket's share before the list).
  const where = (m: RegExpMatchArray) =>
    (PLACE_OR_WAY.test(prefix.slice(0, m.index)) && /\p{L}/u.test(prefix.slice(0, Math.max(0, m.index! - 4)))) ||
    LISTED_PLACE.test(prefix.slice(Math.max(0, m.index! - 300), m.index)) ||
    listedPlace(text, text.indexOf(m[0], s.from + m.index!));
  // «tiếp nhận 02 công chức từ UBND xã Hoằng Hóa và UBND phường Hạc Thành»: a unit joined to such a place is one too
  // (held-out 1140, whose «luân chuyển 03 công chức giữa các phòng» later in the sentence was read as the ward's).
  let joined = false;
  let last = 0;
  const places = [...prefix.matchAll(NAMED_UNIT)].filter((m) => {
    joined = where(m) || (joined && JOINED_TO_NEXT.test(prefix.slice(last, m.index)));
    last = m.index;
    return !joined;
  });
  const found = places.at(-1);
  if (!found) return false;
  const level = UNIT_LEVEL[(found[1] ?? found[2]!).toLowerCase()]!;
  return field.levels.length > 0 ? !field.levels.includes(level) : level > own;
}

/**
 * How a paragraph turns to another level: it opens with it («Ở cấp huyện, …», «Với cấp xã, …», «Cấp huyện: …»,
 * «- Huyện Mộc Châu: …»). A level named in passing later in a sentence («các sở, UBND các huyện») does not carry.
 */
const OPENS_WITH_LEVEL =
  /^\s*(?:[-+•*]\s*)?(?:(?:ở|với|tại|đối với|riêng|còn|trong đó)\s+)?((?:cấp|toàn)\s+(?:tỉnh|huyện|xã|thành phố|thị xã)|(?:huyện|quận|thị xã|xã|phường|thị trấn)\s+\S+)[^,:;.\n]{0,60}[,:]/iu;

/**
 * The number's sentence names no level and no organisation of the field, and its paragraph opens with another level:
 * the paragraph goes on about that level («Ở cấp huyện, … Trong số này đã giải quyết được 17.651 hồ sơ»).
 */
export function levelCarried(
  text: string,
  start: number,
  end: number,
  own: number,
  field: FieldLevel,
  namesOrganisation: (lower: string) => boolean,
): boolean {
  const s = sentenceAround(text, start, end);
  // A paragraph's opening is looked for at most this far back: the cost stays linear on texts without line breaks.
  // Most sentences open their paragraph: nothing to carry.
  if (s.from === 0 || /\n\s*$/.test(text.slice(Math.max(0, s.from - 4), s.from))) return false;
  const low = Math.max(0, s.from - PARAGRAPH);
  const cut = text.slice(low, s.from).lastIndexOf("\n");
  if (cut === -1 && low > 0) return false;
  const paragraph = low + cut + 1;
  if (paragraph >= s.from) return false;
  const sentence = text.slice(s.from, start);
  if (namesOrganisation(sentence.normalize("NFC").toLowerCase())) return false;
  // A sentence that names its own level is the sentence rule's to judge.
  if (LEVEL_NAMED.test(sentence) || new RegExp(NAMED_UNIT.source, "u").test(sentence)) return false;
  const head = OPENS_WITH_LEVEL.exec(text.slice(paragraph, s.from));
  if (!head) return false;
  const probe = `${head[0]} `;
  return isOtherLevel(probe, probe.length, probe.length, own, field) || namedUnitBefore(probe, probe.length, probe.length, own, field);
}

/**
 * The words outside brackets. A long sentence is read from a window that may open inside a bracket («… so với cùng kỳ
 * (cùng kỳ Bộ phận Một cửa huyện … tiếp nhận 5.299 hồ sơ), …»): what stands before its unmatched «)» is the bracket's.
 */
function outsideBrackets(prefix: string): string {
  let out = prefix;
  for (let before = ""; before !== out; ) [before, out] = [out, out.replace(/\([^()]*\)/g, " ")];
  const close = out.lastIndexOf(")");
  return close === -1 ? out : " ".repeat(close + 1) + out.slice(close + 1);
}
