/**
 * Which way a move of staff went, from the body named after the count: «điều động 02 công chức về Sở Nội vụ», «…
 * về công tác tại UBND các xã», «… đến nhận nhiệm vụ Phó Giám đốc Sở Xây dựng» left the office; «điều động, bổ
 * nhiệm 01 Phó Chánh Văn phòng từ Sở Ngoại vụ», «… (từ Sở Tài chính)» came to it. Clerks write the direction so
 * rather than with the form's «đến»/«đi»; «đến» alone says nothing, since a clerk sends people «đến» another body
 * too. A destination of the office's own kind («về Văn phòng», «về Sở» without a name) says nothing either.
 */
import { syllables } from "./words";

/**
 * Another body, named: «Sở Nội vụ», «UBND các xã», «Ban Quản lý …», «Đảng ủy xã», «(Cơ quan) Ủy ban MTTQ Việt Nam
 * tỉnh», «Hội Nông dân tỉnh», «BHXH Việt Nam», a centre («về làm việc tại Trung tâm Kiểm soát bệnh tật»: a
 * public-service unit is no room of the office), a post of another body «Phó Giám đốc Sở …». «cơ quan» as often
 * in lower case: «sang công tác tại cơ quan Đảng ủy phường».
 */
const OTHER_BODY = String.raw`(?:[Cc]ơ quan\s+)?(?:Sở\s+\p{Lu}|UBND|Trung tâm\s+\p{Lu}|BHXH|Bảo hiểm xã hội|Kho bạc|Đảng ủy|Đảng uỷ|Mặt trận|Hội\s+\p{Lu}|Ủy ban|Uỷ ban|Ban\s+\p{Lu}|Bộ\s+\p{Lu}|Cục\s|Thanh tra\s|Tỉnh ủy|huyện|xã|phường|các\s+(?:xã|phường|huyện|sở)|(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng ban|Bí thư)\s)`;
const OUT = new RegExp(String.raw`^[^;.\n]{0,40}?(?<![\p{L}\p{M}])(?:về|sang|đến|đi)(?:\s+(?:nhận\s+)?(?:công tác|nhiệm vụ|làm việc)(?:\s+tại)?)?\s+${OTHER_BODY}`, "u");
const IN = new RegExp(String.raw`^[^;.\n]{0,40}?(?<![\p{L}\p{M}])từ\s+${OTHER_BODY}`, "u");
const MOVE_AT = /(?<![\p{L}\p{M}])(?:điều động|luân chuyển)(?![\p{L}\p{M}])/giu;
const OTHER_ACT = /(?<![\p{L}\p{M}])(?:tiếp nhận|tuyển dụng|biệt phái|nâng lương|nghỉ hưu)(?![\p{L}\p{M}])/giu;

/**
 * «điều động đến 01 công chức, điều động đi 02 công chức (01 sang Sở Nội vụ …)»: a clause that opens another move
 * names its own way; the body it names is not where the count before it went.
 */
const NEXT_MOVE = /[,;][^,;()\d\n]{0,20}?(?<![\p{L}\p{M}])(?:điều động|luân chuyển)(?![\p{L}\p{M}])/iu;

/** The move named after the count, up to its way's word (where the body it names is read from). */
const MOVED_AFTER = /^[^;.\n\d]{0,40}?(?<![\p{L}\p{M}])(?:được\s+)?(?:điều động|luân chuyển)\s+(?=(?:về|sang|đến|đi|từ)(?![\p{L}\p{M}]))/iu;

function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

/**
 * Words that say the direction of a move counted at [start, end) («điều động» before it in its clause), to describe
 * it as the form's words would: «đi» for one that left, «đến» for one that came; none when nothing says.
 */
export function directionWords(text: string, clauseFrom: number, start: number, end: number): string[] {
  const before = text.slice(Math.max(clauseFrom, start - 60), start);
  const move = lastMatch(MOVE_AT, before);
  const ahead = text.slice(end, end + 120);
  // The body named after the count, up to a clause that opens the next move (NEXT_MOVE).
  const next = NEXT_MOVE.exec(ahead);
  const after = next ? ahead.slice(0, next.index) : ahead;
  // «Về điều động, bổ nhiệm, luân chuyển, trong quý Văn phòng tiếp nhận 01 công chức từ Sở Nội vụ»: the act that
  // counts the number is the last one before it, and a staff taken on is no move (the form counts it apart).
  // …unless the move is named after the count: «tiếp nhận và bổ nhiệm 02 công chức lãnh đạo cấp phòng điều động từ
  // Sở Tài chính», «1 công chức được điều động về phường từ phường Phú Thượng».
  const movedAfter = MOVED_AFTER.exec(ahead);
  if (movedAfter === null && (move < 0 || lastMatch(OTHER_ACT, before) > move)) return [];
  // «01 công chức Phòng Quản lý môi trường được điều động đến Sở Nông nghiệp và Môi trường»: a move named after the
  // count names its body after its own way's word, however long the count's noun before it.
  // Else (and when that names no body) the words right after the count, as before.
  for (const way of movedAfter === null ? [after] : [after.slice(Math.min(after.length, movedAfter[0].length)), after]) {
    if (IN.test(way)) return syllables("điều động đến");
    if (OUT.test(way)) return syllables("điều động đi");
  }
  return [];
}

/** A stretch's words with the way its move went: «đi» and the move's words added, and an «đến» of a move away dropped. */
export function withWay(words: ReadonlySet<string>, way: readonly string[]): ReadonlySet<string> {
  if (way.length === 0) return words;
  const out = new Set(words);
  if (way.at(-1) === "đi") out.delete("đến");
  for (const w of way) out.add(w);
  return out;
}
