/**
 * A number written right before a post's title counts the holders of that post: «UBND phường hiện có Chủ tịch và 02
 * Phó Chủ tịch», «có 01 Giám đốc và 02 Phó Giám đốc». Holders of a post are some of a body's people, never the whole
 * of a staffing quota or of one kind of staff in post: a quota figure («Biên chế sự nghiệp đang thực hiện», «Công chức
 * được giao») takes no such number, however near its words («hiện có», «biên chế») stand. Posts are what vetoDeputy.ts
 * reads as one (a title, «Phó» before it or not); a figure that counts a post names it in its own words and is not a
 * quota's (staffKinds.ts figureStaffKind). Language knowledge only: no field is named.
 */
import { figureStaffKind } from "./staffKinds";
import { startsWithPost } from "./vetoDeputy";

/** What the number ending at `end` counts, right after it: past a closing bracket («hai (02) Phó …») and «đồng chí». */
const AFTER = /^[ \u00a0]*\)?[ \u00a0]*(?:(?:đồng chí|đ\/c)[ \u00a0]+)?(\p{L}[^,;.:()\n\t]{0,60})/iu;

/** The number ending at `end` is a count of a post's holders, and the figure whose words are `figureWords` a quota's. */
export function postHoldersForQuota(figureWords: string, text: string, end: number): boolean {
  if (figureStaffKind(figureWords) === null) return false;
  const after = AFTER.exec(text.slice(end, end + 80));
  return after !== null && startsWithPost(after[1]!);
}
