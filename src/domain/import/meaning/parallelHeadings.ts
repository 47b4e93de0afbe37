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
import { TOTAL_LABEL } from "./tableGrid";
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
  // Every number on a bullet line beneath, or on a line that opens with a label (a clerk may leave the marks out) —
  // not a total's («TỔNG CỘNG (mục 1 + 2 + 3): 73 lượt» after the last body is the whole report's).
  const bullets = bulletIntros(text, candidates);
  const below = candidates.filter((c) => (c.token.kind === "count" || c.token.kind === "percent") && (bullets.has(c) || labelOpens(text, c)));
  const titles = headingTitles(headings, below);
  const under = innermost(headings, below);
  const judge = new Map<Candidate, (p: FieldProfile) => boolean>();
  for (const c of below) {
    const h = under.get(c);
    if (h === undefined || !parallel.has(h) || !text.slice(h.offset, c.token.start).includes("\n")) continue;
    const intro = bullets.get(c) ?? [];
    const section = sections.get(h);
    if (section !== undefined) {
      judge.set(c, (p) => p.field.section !== section && !p.field.section.startsWith(`${section}.`));
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
    // Siblings only: headings of one depth under one parent («a) …», «b) …»), not «2.» and its own «c)».
    const key = `${syllables(item.label).join(" ")}|${h.path.split(".").slice(0, -1).join(".")}`;
    (byLabel.get(key) ?? byLabel.set(key, new Set()).get(key)!).add(h);
  }
  // Two headings are parallel when they share two labels or more: one label met under two («- Tiếp nhận: 02 công chức»
  // under «1. Công tác cán bộ», «- Tiếp nhận 07 đơn:» under «5. Đơn thư», 792) is a common verb, no body's part.
  const shared = new Map<string, { a: Heading; b: Heading; labels: number }>();
  for (const set of byLabel.values()) {
    const list = [...set].sort((x, y) => x.offset - y.offset);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]!.offset}|${list[j]!.offset}`;
        const pair = shared.get(key) ?? shared.set(key, { a: list[i]!, b: list[j]!, labels: 0 }).get(key)!;
        pair.labels++;
      }
    }
  }
  const out = new Set<Heading>();
  for (const { a, b, labels } of shared.values()) if (labels >= 2) out.add(a).add(b);
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

/** The number's line opens with a few words and a colon that are not a total's: «Trong đó: định kỳ 07 lượt». */
function labelOpens(text: string, c: Candidate): boolean {
  const line = text.slice(text.lastIndexOf("\n", c.token.start - 1) + 1, c.token.start);
  const head = /^\s*([^:\d\n()]{1,80}?)\s*(?:\([^)\n]*\)\s*)?:/u.exec(line)?.[1];
  return head !== undefined && syllables(head).length <= 12 && !TOTAL_LABEL.test(head.trim());
}
