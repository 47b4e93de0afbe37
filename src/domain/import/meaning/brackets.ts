/**
 * «tặng Bằng khen cho 1 cá nhân (phong trào phòng cháy, chữa cháy) và cho 1 tập thể cùng 1 cá nhân (hoạt động của
 * HĐND tỉnh)»: a bracket of words only, right after a count and its unit, says what that count is for — as much as
 * words before it would. The counts joined to it by «và»/«cùng» share it. A bracket with a number in it is a figure
 * of its own (its words are that figure's), and one farther than the unit is a comment on the sentence. One over 60
 * characters lists what was counted, no name of it: «tiếp nhận 48 hồ sơ (cấp phép hoạt động trong phạm vi bảo vệ công
 * trình thủy lợi, phê duyệt phương án ứng phó thiên tai)» (its many words had made the count look like other figures').
 */
import type { Candidate } from "./candidates";
import { features, syllables } from "./words";

const EXPLAINS = /^([\p{L}\s]{0,24}?)\s*\(([^()\d]{3,60})\)/u;
const JOINED = /^\s*[\p{L}\s]{0,24}?\s(?:và|cùng)\s+(?:cho\s+)?$/u;

export function describeBrackets(text: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.token.kind !== "count") continue;
    const after = EXPLAINS.exec(text.slice(c.token.end, c.token.end + 130));
    // Only the unit may stand between the count and the bracket: «1 cá nhân (…)», «05 (…)».
    if (!after || syllables(after[1]!).length > 3) continue;
    const words = features(syllables(after[2]!));
    for (let k = i; k >= 0; k--) {
      const x = candidates[k]!;
      if (k < i && !JOINED.test(text.slice(x.token.end, candidates[k + 1]!.token.start))) break;
      for (const f of words) x.near.set(f, 1);
    }
  }
}
