/**
 * A total and its breakdown in brackets, said in words: «tổng số hồ sơ tiếp nhận 12.530 hồ sơ (trong đó: tiếp nhận
 * mới 12.474 hồ sơ, tồn kỳ trước chuyển sang 65 hồ sơ; tiếp nhận trực tuyến 9.812 hồ sơ)». «trong đó» says the
 * counts in the bracket are parts of the count before it, whether or not they add up (a bracket may give two
 * breakdowns, new/carried over and online/on paper). They are read as sums.ts reads a sum: a figure that names none
 * of the parts' own words takes the total without the margin over them; one that names a part's own words is not the
 * total. Only counts of the total's unit (or with none written), only inside the bracket that opens right after it.
 */
import type { Candidate } from "./candidates";
import { ownPairs, type Sum } from "./sums";

/** After the total: its unit or a few words, then «(trong đó» and maybe a colon. */
const OPENS = /^[^\d()\n;.]{0,30}\(\s*trong đó\s*:?/iu;
/** How far a breakdown's bracket may reach. */
const REACH = 300;

function countLike(c: Candidate): boolean {
  return c.token.kind === "count" && !c.yearLike && !c.change && !c.whole;
}

export function findBreakdowns(text: string, candidates: readonly Candidate[]): Sum[] {
  const out: Sum[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const total = candidates[i]!;
    if (!countLike(total) || total.token.value <= 0) continue;
    const after = text.slice(total.token.end, total.token.end + REACH);
    const opens = OPENS.exec(after);
    if (!opens) continue;
    const close = after.indexOf(")", opens[0].length);
    const nested = after.indexOf("(", opens[0].length);
    if (close === -1 || (nested !== -1 && nested < close)) continue;
    const end = total.token.end + close;
    const parts: Candidate[] = [];
    for (let k = i + 1; k < candidates.length && candidates[k]!.token.start < end; k++) {
      const c = candidates[k]!;
      if (!countLike(c) || (c.unit !== null && total.unit !== null && c.unit !== total.unit)) continue;
      if (c.token.value > total.token.value) break;
      parts.push(c);
    }
    if (parts.length === 0) continue;
    out.push({ total, parts: parts.map((part, k) => ({ part, own: ownPairs(total, parts, k) })) });
  }
  return out;
}
