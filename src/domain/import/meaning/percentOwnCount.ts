/**
 * A percentage written right after a count is that count's share: «đã giải quyết 1.187 bộ, đạt tỷ lệ 95,26%, trong
 * đó trả trước hạn 402 bộ (33,87%)» — 95,26% is the share of the files settled, whatever the words after it («trong
 * đó trả trước hạn») say. So it may be a form's percentage only where the count before it may be that percentage's
 * part: when the count's words describe another percentage's part clearly better (by the assignment's margin), the
 * percentage is not this one's. Whether the count's own figure was found does not matter (its unit may be written
 * «bộ» for «hồ sơ»); only the words do. The form's arithmetic (percentOf) says which figure is whose part.
 */
import type { FieldId } from "../../types";
import { MARGIN } from "./assign";
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";
import { eligible, score } from "./score";

/**
 * Between the count and its percentage: its unit (three syllables at most), a comma, a verb of share and «tỷ lệ», or
 * a bracket. Nothing else: «tiếp nhận 81 hồ sơ, đã giải quyết đúng hạn đạt 98%» is not 81's share.
 */
const SHARE = /^[ \u00a0]*(?:[\p{L}\p{M}]+[ \u00a0]+){0,2}?(?:[\p{L}\p{M}]+)?[ \u00a0]*,?[ \u00a0]*(?:(?:đạt|chiếm|bằng|tương ứng|tương đương)[ \u00a0]+)?(?:(?:tỷ|tỉ)[ \u00a0]+lệ[ \u00a0]*:?[ \u00a0]*)?\(?[ \u00a0]*$/iu;

/**
 * For each percentage field, whether a candidate is refused as the share of a count that is another part's. Built
 * once per document; each percentage candidate's count is found once.
 */
export function percentOfOtherPart(text: string, candidates: readonly Candidate[], profiles: readonly FieldProfile[], vocab: Vocabulary): (p: FieldProfile, c: Candidate) => boolean {
  const byId = new Map<FieldId, FieldProfile>(profiles.map((p) => [p.field.id, p]));
  const parts = [...new Set(profiles.flatMap((p) => (p.field.formula?.op === "percentOf" ? [p.field.formula.part] : [])))].flatMap((id) => byId.get(id) ?? []);
  const index = new Map(candidates.map((c, i) => [c, i]));
  const counts = new Map<Candidate, Candidate | null>();
  const shares = new Map<Candidate, Map<FieldId, number>>();
  const countBefore = (c: Candidate): Candidate | null => {
    if (!counts.has(c)) {
      const i = index.get(c);
      const before = i === undefined || i === 0 ? undefined : candidates[i - 1];
      const ok = before !== undefined && before.token.kind === "count" && c.token.start - before.token.end <= 48 && SHARE.test(text.slice(before.token.end, c.token.start));
      counts.set(c, ok ? before : null);
    }
    return counts.get(c)!;
  };
  const partScores = (count: Candidate): Map<FieldId, number> => {
    let found = shares.get(count);
    if (!found) shares.set(count, (found = new Map(parts.map((p) => [p.field.id, eligible(p, count) ? score(p, count, vocab) : 0]))));
    return found;
  };
  return (p, c) => {
    const formula = p.field.formula;
    if (formula?.op !== "percentOf" || c.token.kind !== "percent") return false;
    const count = countBefore(c);
    if (count === null) return false;
    const scores = partScores(count);
    const own = scores.get(formula.part) ?? 0;
    let best = 0;
    for (const [id, s] of scores) if (id !== formula.part && s > best) best = s;
    return best - own >= MARGIN;
  };
}
