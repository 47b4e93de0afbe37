/**
 * «… DN, HTX: 37 ý kiến, VP tổng hợp, chuyển sở, ngành trả lời 37/37», «xử lý 09 PAKN; trả lời đúng hạn 09/09»: a
 * ratio written bare whose whole restates a count of its sentence counts what that count counts. The whole is the
 * count said again, the part a share of the same things, so both take its unit: «37/37» are opinions, not heads of
 * a room appointed, nor files returned. Read once per ratio, back over its own sentence.
 * Not a ratio that carries its rate («đã xử lý 9/9, đạt tỷ lệ 100%», «03/51 (5,88%)»): the rate's own reading pairs it
 * with its part and whole (percentOwnCount.ts), and what they count is theirs to settle. Nor is another ratio's whole
 * («48/51 vụ việc») the count said again: it is itself a restatement.
 */
import type { Candidate } from "./candidates";
import { sentenceAround } from "./vetoText";

/** A rate in the ratio's clause right after it: «(5,88%)», «, đạt tỷ lệ 100%». */
const RATE_AFTER = /^[^;.\n]*?\d[\d.,]*[ \u00a0]*%/u;

/** A number written as a ratio's part or whole: «48/51». */
function inRatio(text: string, t: { start: number; end: number }): boolean {
  return text[t.end] === "/" || text[t.start - 1] === "/";
}

export function describeRestatedWholes(text: string, candidates: readonly Candidate[]): void {
  for (let i = 1; i + 1 < candidates.length; i++) {
    const part = candidates[i]!;
    const whole = candidates[i + 1]!;
    if (part.token.kind !== "count" || whole.token.kind !== "count" || part.unit !== null || whole.unit !== null) continue;
    if (text.slice(part.token.end, whole.token.start) !== "/" || RATE_AFTER.test(text.slice(whole.token.end, whole.token.end + 40))) continue;
    const from = sentenceAround(text, part.token.start, whole.token.end).from;
    // The nearest count of the same value before it in the sentence, written with its unit.
    for (let j = i - 1; j >= 0 && candidates[j]!.token.start >= from; j--) {
      const said = candidates[j]!;
      if (said.token.kind !== "count" || said.token.value !== whole.token.value || inRatio(text, said.token)) continue;
      if (said.unit !== null) part.unit = whole.unit = said.unit;
      break;
    }
  }
}
