/**
 * Figures of one kind share most of their words: every award of a report reads «… {N} cá nhân có thành tích xuất sắc
 * trong …». What tells two of them apart is their name, the words of a figure's label no other figure of the form uses
 * («phòng cháy, chữa cháy», «Thủ tướng»). A reader seeing a number written beside one figure's name and none of the
 * other's reads it as that figure's, however many of the shared words the other also fits (assign.ts, a near tie).
 */
import type { Candidate } from "./candidates";
import type { FieldProfile, Vocabulary } from "./profiles";

/**
 * Rare: a word of this figure alone in the whole form. A word two figures share is no name: «kết quả», «nhiệm phó»
 * are shared by look-alike figures too (measured on the held-out corpus: two figures bound wrong). idf = ln(1 + n / df)
 * (profiles.ts): the highest idf is that of a word one figure uses.
 */
const rareFrom = new WeakMap<Vocabulary, number>();

function rareIdf(vocab: Vocabulary): number {
  let at = rareFrom.get(vocab);
  if (at === undefined) {
    // Less a hair: the logarithms of one count need not come out equal to the last bit.
    at = Math.max(0, ...vocab.idf.values()) - 1e-9;
    rareFrom.set(vocab, at);
  }
  return at;
}

/**
 * The figure's name stands among the number's own words (candidates.ts `near`), not only in its clause or the headings
 * above: a word of its label, or of another way of writing that label, that no other figure of the form uses.
 */
export function named(p: FieldProfile, c: Candidate, vocab: Vocabulary): boolean {
  const label = p.descriptions.at(-1);
  if (!label) return false;
  const rare = rareIdf(vocab);
  const names = (words: ReadonlySet<string>) => [...words].some((f) => c.near.has(f) && (vocab.idf.get(f) ?? 0) >= rare);
  return names(label) || p.labelChoices.some(names);
}

/** The number bears `mine`'s name and not `theirs`': `theirs` does not contest it for `mine`. */
export function namedOnlyFor(mine: FieldProfile, theirs: FieldProfile, c: Candidate, vocab: Vocabulary): boolean {
  return named(mine, c, vocab) && !named(theirs, c, vocab);
}
