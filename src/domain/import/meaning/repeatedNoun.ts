/**
 * «Sở quản lý 27 nhiệm vụ khoa học và công nghệ …, nghiệm thu 6 nhiệm vụ»: a count whose noun is written bare, in the
 * sentence where the same noun was just counted with words that make it something else (another field's, another
 * domain's), counts those same things; the clerk does not repeat the qualifier. The bare count is refused for a figure
 * the qualified one does not fit. Language knowledge only: which words qualify is left to the scores.
 */
import { CONSIDER } from "./assign";
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";

/** What may stand between the two counts of one sentence: no full stop, semicolon, colon or line break. */
const SENTENCE_BREAK = /[.;:\n\t]/u;

/** The unit written right after the number, then nothing before the clause ends. */
function bareUnit(text: string, c: Candidate): boolean {
  const after = text.slice(c.token.end, c.token.end + (c.unit?.length ?? 0) + 8);
  const unit = c.unit!.replace(/\s+/gu, "\\s+");
  return new RegExp(`^\\s+${unit}\\s*(?:[.;,)\\n]|$)`, "iu").test(after);
}

/** The unit written right after the number and words after it, in the same clause. */
function qualifiedUnit(text: string, c: Candidate): boolean {
  const after = text.slice(c.token.end, c.token.end + (c.unit?.length ?? 0) + 12);
  const unit = c.unit!.replace(/\s+/gu, "\\s+");
  return new RegExp(`^\\s+${unit}[ \\u00a0]+\\p{L}`, "iu").test(after);
}

export function repeatedNounYields(
  text: string,
  candidates: readonly Candidate[],
  profiles: readonly FieldProfile[],
  fits: (p: FieldProfile, c: Candidate) => number,
): (p: FieldProfile, c: Candidate) => boolean {
  const fitsOther = new Map<Candidate, FieldProfile[]>();
  // The figures that consider the qualified count: when another figure does, it is that one's, and says nothing here.
  const fitting = (e: Candidate) => fitsOther.get(e) ?? fitsOther.set(e, profiles.filter((q) => fits(q, e) >= CONSIDER)).get(e)!;
  // In text order, each bare count looks back only to its sentence's last break.
  const ordered = [...candidates].sort((x, y) => x.token.start - y.token.start);
  const index = new Map(ordered.map((c, i) => [c, i]));
  const earlier = new Map<Candidate, Candidate[]>();
  const qualifiedBefore = (c: Candidate): Candidate[] => {
    let found = earlier.get(c);
    if (found) return found;
    found = [];
    if (c.unit && c.token.kind === "count" && bareUnit(text, c)) {
      for (let i = index.get(c)! - 1; i >= 0; i--) {
        const e = ordered[i]!;
        if (SENTENCE_BREAK.test(text.slice(e.token.end, c.token.start))) break;
        if (e.unit === c.unit && e.token.kind === "count" && qualifiedUnit(text, e)) found.push(e);
      }
    }
    earlier.set(c, found);
    return found;
  };
  return (p, c) => {
    const before = qualifiedBefore(c);
    if (before.length === 0) return false;
    const own = fits(p, c);
    // The qualified count is something no other figure of the form counts, and fits this one less than its repeat.
    return own >= CONSIDER && before.some((e) => { const s = fits(p, e); return s >= 0 && s < own && fitting(e).every((q) => q === p); });
  };
}
