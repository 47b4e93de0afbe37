/**
 * One part announced after its count: «tổ chức 13 cuộc giao ban (kể cả 01 cuộc giao ban đột xuất …)», «mười ba cuộc
 * giao ban … (tháng 10: bốn cuộc, …), trong đó có hai cuộc giao ban trực tuyến». «trong đó», «kể cả», «gồm» say the
 * number after them is a part of the count before them in the same unit: the count is the whole, the part no rival
 * of it for a figure that does not name the part's own words (sums.ts partsYield), and the whole is not the figure
 * that names them (totalsNotMeant). A breakdown of two or more parts is sums.ts's; this reads the lone part.
 */
import type { Candidate } from "./candidates";
import { countLike, sumOf, type Sum } from "./sums";
import { sentenceAround } from "./vetoText";
import { featureSet } from "./words";

/** The words announcing a part, right before it: «trong đó có», «(kể cả», «, gồm:». */
const ANNOUNCING = /(?<![\p{L}])(?:trong đó|trong số đó|trong số này|bao gồm|gồm có|gồm|kể cả)[ \u00a0]*:?[ \u00a0]*(?:có[ \u00a0]+)?$/iu;

export function announcedLoneParts(text: string, candidates: readonly Candidate[], sums: readonly Sum[]): Sum[] {
  const inSums = new Set<Candidate>();
  for (const s of sums) {
    inSums.add(s.total);
    for (const p of s.parts) inSums.add(p.part);
  }
  const found: Sum[] = [];
  for (let i = 1; i < candidates.length; i++) {
    const part = candidates[i]!;
    if (inSums.has(part) || !countLike(part) || part.unit === null) continue;
    if (!ANNOUNCING.test(text.slice(Math.max(0, part.token.start - 24), part.token.start)) || !alone(text, candidates, i)) continue;
    const total = totalBefore(text, candidates, i);
    if (total && !inSums.has(total)) found.push(withoutLineLabel(text, sumOf(text, total, [part], true)));
  }
  return found;
}

/**
 * The nearest count before the part in its sentence, in its unit and larger, that no bracket closed since holds: the
 * months of «(tháng 10: bốn cuộc, …), trong đó có hai cuộc» are an aside, the count before them the whole.
 */
function totalBefore(text: string, candidates: readonly Candidate[], i: number): Candidate | null {
  const part = candidates[i]!;
  const from = sentenceAround(text, part.token.start, part.token.end).from;
  for (let k = i - 1; k >= 0; k--) {
    const c = candidates[k]!;
    if (c.token.start < from) return null;
    if (!countLike(c) || c.unit !== part.unit || c.token.value <= part.token.value || closedSince(text.slice(c.token.end, part.token.start))) continue;
    return c;
  }
  return null;
}

/**
 * The part is the only number of what was announced: «gồm: 9 cuộc giao ban tuần, 3 văn bản chỉ đạo» lists more than
 * parts of the count (sums.ts announcedParts leaves such a count alone), so no number may follow it before its clause
 * or bracket ends.
 */
function alone(text: string, candidates: readonly Candidate[], i: number): boolean {
  const part = candidates[i]!;
  const next = candidates[i + 1];
  if (!next) return true;
  const end = sentenceAround(text, part.token.start, part.token.end).to;
  const between = text.slice(part.token.end, next.token.start);
  return next.token.start >= end || /[;)]/.test(between);
}

/** A bracket open at the start of `between` closes in it. */
function closedSince(between: string): boolean {
  let depth = 0;
  for (const ch of between) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return true;
  }
  return false;
}

/** A line's label before its colon: «12. Chỉ tiêu giao ban: kế hoạch 12 cuộc/quý; thực hiện 13 cuộc …». */
const LINE_LABEL = /^[^:\n]{1,80}:/u;

/**
 * The label of the total's line names what the whole line counts: «12. Chỉ tiêu giao ban: … thực hiện 13 cuộc …,
 * trong đó 01 cuộc giao ban mở rộng» — «giao ban» is the 13's as much as the 01's, and only «mở rộng» is the part's
 * own.
 */
function withoutLineLabel(text: string, sum: Sum): Sum {
  const lineStart = text.lastIndexOf("\n", sum.total.token.start - 1) + 1;
  const label = LINE_LABEL.exec(text.slice(lineStart, sum.total.token.start));
  if (label === null) return sum;
  const named = featureSet(label[0]);
  // A pair with one of the label's words («cuộc giao», «ban mở» beside «Chỉ tiêu giao ban») is the label's thing.
  const labels = (pair: string) => pair.split(" ").some((w) => named.has(w));
  return { ...sum, parts: sum.parts.map((p) => ({ ...p, own: p.own.filter((w) => !labels(w)) })) };
}
