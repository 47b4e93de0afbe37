/**
 * Which way a move of staff went, from the body named after the count: «điều động 02 công chức về Sở Nội vụ», «…
 * về công tác tại UBND các xã», «… đến nhận nhiệm vụ Phó Giám đốc Sở Xây dựng» left the office; «điều động, bổ
 * nhiệm 01 Phó Chánh Văn phòng từ Sở Ngoại vụ», «… (từ Sở Tài chính)» came to it. Clerks write the direction so
 * rather than with the form's «đến»/«đi»; «đến» alone says nothing, since a clerk sends people «đến» another body
 * too. A destination of the office's own kind («về Văn phòng», «về Sở» without a name) says nothing either.
 */
import { syllables } from "./words";

/** Another body, named: «Sở Nội vụ», «UBND các xã», «Ban Quản lý …», a post of another body «Phó Giám đốc Sở …». */
const OTHER_BODY = String.raw`(?:Sở\s+\p{Lu}|UBND|Ủy ban|Uỷ ban|Ban\s+\p{Lu}|Bộ\s+\p{Lu}|Cục\s|Thanh tra\s|Tỉnh ủy|huyện|xã|phường|các\s+(?:xã|phường|huyện|sở)|(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Trưởng ban|Bí thư)\s)`;
const OUT = new RegExp(String.raw`^[^;.\n]{0,40}?(?<![\p{L}\p{M}])(?:về|sang|đến|đi)(?:\s+(?:nhận\s+)?(?:công tác|nhiệm vụ)(?:\s+tại)?)?\s+${OTHER_BODY}`, "u");
const IN = new RegExp(String.raw`^[^;.\n]{0,40}?(?<![\p{L}\p{M}])từ\s+${OTHER_BODY}`, "u");
const MOVE = /(?<![\p{L}\p{M}])(?:điều động|luân chuyển)(?![\p{L}\p{M}])/iu;

/**
 * Words that say the direction of a move counted at [start, end) («điều động» before it in its clause), to describe
 * it as the form's words would: «đi» for one that left, «đến» for one that came; none when nothing says.
 */
export function directionWords(text: string, clauseFrom: number, start: number, end: number): string[] {
  if (!MOVE.test(text.slice(Math.max(clauseFrom, start - 60), start))) return [];
  const after = text.slice(end, end + 120);
  if (IN.test(after)) return syllables("điều động đến");
  if (OUT.test(after)) return syllables("điều động đi");
  return [];
}
