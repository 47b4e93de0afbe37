/**
 * A date belongs to the part of the report it is written in. «A. TỔ CHỨC, BIÊN CHẾ (tính đến ngày 30/11/2025)» dates
 * the staff figures under it: it is not the one-stop centre's end date, though «tính đến ngày» is that field's words.
 * The part is told by the heading the date stands in or under, read against the titles of the form's sections: a
 * heading that names one section of the form (two pairs of its title's words or more, more than any other section's)
 * is that section's part. A heading naming none («I. TÌNH HÌNH CHUNG», where a report-wide cutoff is often written)
 * says nothing, and a section numbered inside another («III.2.c» and its centre's part) is the same part.
 * Only asked of a date whose field's organisation is not named around it (vetoLeading.ts): a date beside the
 * centre's name is the centre's wherever it stands.
 */
import type { Heading } from "../headings";
import { features, syllables } from "./words";

/** A section of the form as a heading may name it: its number and the pairs of words of its title. */
export interface SectionTitle {
  number: string;
  pairs: ReadonlySet<string>;
}

/** The pairs of neighbouring words of a title (single words are too common across titles: «công», «chức»). */
export function titlePairs(title: string): Set<string> {
  return new Set(features(syllables(title)).filter((f) => f.includes(" ")));
}

/** Two pairs of a title's words make a heading that section's: one («công tác», «hành chính») is chance. */
const NAMING_PAIRS = 2;

/** The number of the form's section the heading at or above `at` names, or null (none, or two as well). */
export function sectionNamedAbove(headings: readonly Heading[], at: number, sections: readonly SectionTitle[]): string | null {
  let lo = 0;
  let hi = headings.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid]!.offset <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return null;
  const pairs = titlePairs(headings[found]!.title);
  let best: string | null = null;
  let most = NAMING_PAIRS - 1;
  let tied = false;
  for (const s of sections) {
    const shared = [...s.pairs].filter((p) => pairs.has(p)).length;
    if (shared > most) {
      best = s.number;
      most = shared;
      tied = false;
    } else if (shared === most && best !== null && best !== s.number) tied = true;
  }
  return tied ? null : best;
}

/** Whether the part named `named` is another than the section numbered `own` (neither inside the other). */
export function otherPart(named: string | null, own: string): boolean {
  if (named === null) return false;
  const inside = (a: string, b: string) => a === b || a.startsWith(`${b}.`);
  return !inside(named, own) && !inside(own, named);
}
