/**
 * Items added up in the line that lists them: «CT UBND tỉnh tiếp định kỳ ngày 16/02/2026: 1 lượt, 6 người; PCT UBND
 * tỉnh tiếp theo ủy quyền ngày 05/3/2026: 1 lượt, 3 người. Cộng: 2 lượt, 9 người.» Each item is one part of the total
 * said after them; an item with nothing beside it but its unit says nothing of a figure, and is not its number, however
 * well its unit fits. An item whose own words are the figure's («định kỳ 66 lượt …; cộng: 85 lượt») stays its
 * candidate. Read only when the items of one unit add up to the total exactly.
 */
import type { Candidate } from "./candidates";
import { TOTAL_OPENS } from "./monthItems";
import type { FieldProfile, Vocabulary } from "./profiles";

const OPENS = new RegExp(TOTAL_OPENS, "giu");
/** The total item runs to the end of its sentence, a short one. */
const ITEM_END = /[.;\n]/u;
const MAX_ITEM = 200;

/** The candidates that are parts of a total said after them in their line. */
function partsOfLineTotals(text: string, candidates: readonly Candidate[]): Set<Candidate> {
  const parts = new Set<Candidate>();
  const ordered = candidates.filter((c) => c.token.kind === "count" && c.unit !== null).sort((x, y) => x.token.start - y.token.start);
  // The counts within [from, to), found by halving (a long text may hold thousands of totals and numbers).
  const within = (from: number, to: number) => {
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ordered[mid]!.token.start < from) lo = mid + 1;
      else hi = mid;
    }
    const out: Candidate[] = [];
    for (let i = lo; i < ordered.length && ordered[i]!.token.end <= to; i++) out.push(ordered[i]!);
    return out;
  };
  for (const m of text.matchAll(OPENS)) {
    const from = text.lastIndexOf("\n", m.index - 1) + 1;
    const after = m.index + m[0].length;
    const rest = text.slice(after, after + MAX_ITEM);
    const stop = rest.search(ITEM_END);
    const end = after + (stop === -1 ? rest.length : stop);
    const totals = within(after, end);
    const line = within(from, m.index);
    for (const total of totals) {
      const items = line.filter((c) => c.unit === total.unit);
      if (items.length >= 2 && items.reduce((sum, c) => sum + c.token.value, 0) === total.token.value) for (const c of items) parts.add(c);
    }
  }
  return parts;
}

export function summedItems(text: string, candidates: readonly Candidate[], vocab: Vocabulary): (p: FieldProfile, c: Candidate) => boolean {
  let parts: Set<Candidate> | null = null;
  return (p, c) => {
    parts ??= /cộng|tổng/iu.test(text) ? partsOfLineTotals(text, candidates) : new Set();
    if (!parts.has(c)) return false;
    const own = vocab.own.get(p)!;
    // Its words beside it, but its unit: none of them the figure's.
    return ![...c.near].some(([f, w]) => w >= 1 && own.has(f) && !c.unit!.split(" ").includes(f) && f !== c.unit);
  };
}
