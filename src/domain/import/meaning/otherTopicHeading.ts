/**
 * «2.1. Công tác quán triệt, ban hành văn bản / Số lượng: 03 văn bản.» in a report that has its own «2.4. Công tác an
 * sinh xã hội»: a label line says what it counts by its heading, and a heading that names another topic than the
 * form's section of a figure makes the line that topic's, not the figure's — when the document gives that section a
 * heading of its own, where the figure would be written. A report with no heading for the section (its figures
 * gathered under a summary, or one heading for several parts) refuses nothing here; neither does a heading that fits
 * the section's title, nor a line standing anywhere under the section's own heading.
 */
import type { ReportDefinition } from "../../report";
import type { Heading } from "../headings";
import type { Candidate } from "./candidates";
import { labelItems } from "./labelLines";
import type { FieldProfile, Vocabulary } from "./profiles";
import { features, syllables } from "./words";

/** A heading is a section's own when it holds this share of the section title's known words (by rarity)… */
const HOME_FIT = 0.8;
/** …and names another topic when under this share of its own known words are the section title's. */
const OTHER_FIT = 0.3;

export function againstOtherTopic(
  text: string,
  candidates: readonly Candidate[],
  headings: readonly Heading[],
  report: ReportDefinition,
  vocab: Vocabulary,
): (p: FieldProfile, c: Candidate) => boolean {
  const words = (s: string) => new Set(features(syllables(s)).filter((f) => vocab.idf.has(f)));
  const share = (of: ReadonlySet<string>, within: ReadonlySet<string>) => {
    let known = 0;
    let mine = 0;
    for (const f of of) {
      const w = vocab.idf.get(f)!;
      known += w;
      if (within.has(f)) mine += w;
    }
    return known > 0 ? mine / known : 0;
  };
  const titles = new Map(report.sections.map((s) => [s.id, words(s.title)]));
  // «2.1. Công tác …», «2.4. …»: decimal headings, which headings.ts leaves to the structure check, count here too.
  const all = [...headings.map(asPlace), ...decimalHeadings(text)].sort((a, b) => a.offset - b.offset);
  const headingWords = new Map(all.map((h) => [h, words(h.title)]));
  const homes = new Map<string, Set<Place>>();
  for (const [id, t] of titles) {
    const own = all.filter((h) => share(t, headingWords.get(h)!) >= HOME_FIT);
    if (own.length > 0) homes.set(id, new Set(own));
  }
  if (homes.size === 0) return () => false;
  const items = labelItems(text, candidates);
  const paths = pathsOf(all, [...items.keys()]);
  return (p, c) => {
    const path = paths.get(c);
    const home = homes.get(p.field.section);
    if (path === undefined || path.length === 0 || home === undefined) return false;
    const h = path[0]!;
    if (!text.slice(h.offset, c.token.start).includes("\n")) return false;
    if (path.some((x) => home.has(x))) return false;
    const mine = headingWords.get(h)!;
    return mine.size > 0 && share(mine, titles.get(p.field.section)!) < OTHER_FIT;
  };
}

/** A heading where it stands: its depth («2.4.» is 2 deep, «a)» under «2.» too) and whether it is a decimal one. */
interface Place {
  offset: number;
  depth: number;
  title: string;
  decimal: boolean;
}

const asPlace = (h: Heading): Place => ({ offset: h.offset, depth: h.path.split(".").length, title: h.title, decimal: false });

const DECIMAL = /^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,3})\.?[ \t]+(\p{Lu}[^\t|\n]*)$/gmu;
function decimalHeadings(text: string): Place[] {
  return [...text.matchAll(DECIMAL)].map((m) => ({ offset: m.index, depth: m[1]!.split(".").length, title: m[2]!, decimal: true }));
}

/**
 * The headings above each candidate, innermost first: one pass over both in text order. A decimal heading stands
 * under the last numbered one above it («2.4.» under «2.»), a lettered one under the decimal one above it («a)» under
 * «2.3.»), and a heading of the outermost depth closes every one before it.
 */
function pathsOf(headings: readonly Place[], candidates: readonly Candidate[]): Map<Candidate, Place[]> {
  const out = new Map<Candidate, Place[]>();
  let path: Place[] = [];
  let i = 0;
  for (const c of [...candidates].sort((a, b) => a.token.start - b.token.start)) {
    while (i < headings.length && headings[i]!.offset <= c.token.start) {
      const h = headings[i++]!;
      path = path.filter((x) => x.depth < h.depth || (x.decimal && !h.decimal && h.depth > 1));
      path.push(h);
    }
    out.set(c, [...path].reverse());
  }
  return out;
}
