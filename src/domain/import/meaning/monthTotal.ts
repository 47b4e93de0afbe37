/**
 * The total item of a month-by-month line says its figure by the line's introduction: «tổ chức giao ban: tháng
 * 01/2025: 02 cuộc, tháng 02/2025: 01 cuộc, tháng 3/2025: 02 cuộc, cộng quý: 05 cuộc». «cộng quý» says only that it
 * is the sum; what is summed is what the introduction names, as a «Cộng quý» row of a table is described by the
 * table's title (monthItems.ts reads the months' figures as its parts, no candidates of the period's figure).
 * Only a total item after two months' items or more of one clause takes the introduction's words.
 */
import type { Candidate } from "./candidates";
import { MONTH_ITEMS, TOTAL_OPENS } from "./monthItems";
import { features, syllables } from "./words";

const TOTAL_LEAD = new RegExp(`${TOTAL_OPENS}$`, "iu");
/** How far back on its line a total item's months and introduction may stand. */
const REACH = 300;

export function describeMonthTotals(text: string, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.token.kind !== "count") continue;
    if (!TOTAL_LEAD.test(text.slice(Math.max(0, c.token.start - 24), c.token.start))) continue;
    // Within its line, looked for in a bounded window (a line may be millions of characters long).
    const window = text.slice(Math.max(0, c.token.start - REACH), c.token.start);
    const before = window.slice(window.lastIndexOf("\n") + 1);
    // The clause of the months: back to a «;» or a sentence's end before the first month item.
    const months = [...before.matchAll(new RegExp(MONTH_ITEMS.source, MONTH_ITEMS.flags))];
    if (months.length < 2) continue;
    const first = months[0]!.index;
    const lead = before.slice(0, first);
    const from = Math.max(lead.lastIndexOf(";"), lead.lastIndexOf(". "), lead.lastIndexOf("\t")) + 1;
    const intro = syllables(lead.slice(from).replace(/[:\s]+$/u, ""));
    if (intro.length === 0 || intro.length > 12) continue;
    for (const f of features(intro)) c.near.set(f, Math.max(c.near.get(f) ?? 0, 1));
  }
}
