/**
 * A document written body by body: the same label under two or more headings («- Số lượt/số người: …» under «1.
 * LÃNH ĐẠO UBND TỈNH», «2. THỦ TRƯỞNG CÁC SỞ», «3. CHỦ TỊCH UBND CÁC XÃ»). There the headings say whose every figure
 * beneath is. Each such heading is matched to the form's section whose title it fits best, one heading to one section,
 * best fits first (so «CHỦ TỊCH UBND CÁC XÃ» takes the district section once the province's is taken by the heading
 * that names the province); a number on a bullet line under a matched heading is a candidate for that section's
 * figures only, and under an unmatched one for figures the heading speaks of (labelLevels.ts). Elsewhere a heading is
 * only where a figure stands: a summary under «I. ĐẶC ĐIỂM, TÌNH HÌNH» may state any figure.
 */
import type { ReportDefinition } from "../../report";
import type { Heading } from "../headings";
import type { Candidate } from "./candidates";
import { headingTitles, innermost, levelAgainst, type Family } from "./labelLevels";
import { bulletIntros, labelItems } from "./labelLines";
import type { FieldProfile, Vocabulary } from "./profiles";
import { features, syllables } from "./words";

/** The least share of a heading's known words (by rarity) a section's title must hold to be matched to it. */
const SECTION_FIT = 0.3;

export function againstParallelHeading(
  text: string,
  candidates: readonly Candidate[],
  headings: readonly Heading[],
  report: ReportDefinition,
  vocab: Vocabulary,
  family: Family,
): (p: FieldProfile, c: Candidate) => boolean {
  const parallel = parallelHeadings(text, candidates, headings);
  if (parallel.size === 0) return () => false;
  const sections = matchSections(parallel, report, vocab);
  const bullets = bulletIntros(text, candidates);
  const titles = headingTitles(headings, [...bullets.keys()]);
  const under = innermost(headings, [...bullets.keys()]);
  const judge = new Map<Candidate, (p: FieldProfile) => boolean>();
  for (const [c, intro] of bullets) {
    const h = under.get(c);
    if (h === undefined || !parallel.has(h)) continue;
    const section = sections.get(h);
    if (section !== undefined) {
      judge.set(c, (p) => p.field.section !== section);
      continue;
    }
    const level = [...intro, ...(titles.get(c) ?? [])].map((l) => features(syllables(l))).find((w) => w.some((f) => !f.includes(" ")));
    if (level) judge.set(c, (p) => levelAgainst(level, p, family, vocab));
  }
  return (p, c) => judge.get(c)?.(p) ?? false;
}

/** Headings under which a label is written that is written under another heading too. */
function parallelHeadings(text: string, candidates: readonly Candidate[], headings: readonly Heading[]): Set<Heading> {
  const items = labelItems(text, candidates);
  const under = innermost(headings, [...items.keys()]);
  const byLabel = new Map<string, Set<Heading>>();
  for (const [c, item] of items) {
    const h = under.get(c);
    if (h === undefined) continue;
    const key = syllables(item.label).join(" ");
    (byLabel.get(key) ?? byLabel.set(key, new Set()).get(key)!).add(h);
  }
  const out = new Set<Heading>();
  for (const set of byLabel.values()) if (set.size > 1) for (const h of set) out.add(h);
  return out;
}

/** Each heading's section: all (heading, section) fits above the least, best first, each heading and section once. */
function matchSections(parallel: ReadonlySet<Heading>, report: ReportDefinition, vocab: Vocabulary): Map<Heading, string> {
  const titles = report.sections.map((s) => ({ id: s.id, words: new Set(features(syllables(s.title))) }));
  const pairs: Array<{ h: Heading; id: string; fit: number }> = [];
  for (const h of parallel) {
    let known = 0;
    const words = new Set(features(syllables(h.title)));
    for (const f of words) known += vocab.idf.get(f) ?? 0;
    if (known === 0) continue;
    for (const t of titles) {
      let mine = 0;
      for (const f of words) if (t.words.has(f)) mine += vocab.idf.get(f) ?? 0;
      if (mine / known >= SECTION_FIT) pairs.push({ h, id: t.id, fit: mine / known });
    }
  }
  pairs.sort((a, b) => b.fit - a.fit);
  const matched = new Map<Heading, string>();
  const used = new Set<string>();
  for (const { h, id } of pairs) {
    if (matched.has(h) || used.has(id)) continue;
    matched.set(h, id);
    used.add(id);
  }
  return matched;
}
