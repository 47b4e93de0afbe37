/**
 * A total written after the items it adds up says what it counts through the words that open the list: «đề nghị Thủ
 * tướng tặng Bằng khen cho cá nhân thuộc các phòng: Phòng Tổng hợp: 2; Phòng Kinh tế: 1; tổng số: 04 cá nhân» is «04
 * cá nhân đề nghị Thủ tướng tặng Bằng khen», «Thủ trưởng các sở, ban, ngành: Sở Xây dựng: 03 lượt; Sở Y tế: 01 lượt;
 * cộng: 04 lượt» is the departments' «04 lượt». Its own words («tổng số», «cộng») name no figure. Language knowledge
 * only: no field is named.
 */
import type { Candidate } from "./candidates";
import { features, syllables } from "./words";

/** «; tổng số: », «; cộng: », «; cộng cấp xã: » right before the number. */
const TOTAL_BEFORE = /[;,]\s*(?:tổng số|tổng cộng|cộng)(?:\s[\p{L}\s]{1,20}?)?\s*:\s*$/iu;
/** A line's own numbering («2.», «II.», «a)»), not a figure. */
const NUMBERING = /^\s*(?:\d{1,2}\.|[IVX]{1,5}\.|[a-zđ]\))\s*/iu;
/** As much as the words right before a number would say (candidates.ts weighs those 1). */
const LEAD_WEIGHT = 0.8;
const MAX_LINE = 1500;

export function describeListTotals(text: string, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.token.kind !== "count") continue;
    const lineStart = text.lastIndexOf("\n", c.token.start - 1) + 1;
    if (c.token.start - lineStart > MAX_LINE) continue;
    const before = text.slice(lineStart, c.token.start);
    const total = TOTAL_BEFORE.exec(before);
    if (!total) continue;
    const items = before.slice(0, total.index).replace(NUMBERING, "").split(";");
    if (items.length < 2) continue;
    const lead = leadOf(items[0]!);
    if (lead === null) continue;
    for (const f of features(syllables(lead))) c.near.set(f, Math.max(c.near.get(f) ?? 0, LEAD_WEIGHT));
  }
}

/** The words before the first item: up to the colon before the item's own label («…các phòng: | Phòng Tổng hợp: 2»). */
function leadOf(first: string): string | null {
  const digit = first.search(/\d/);
  if (digit === -1) return null;
  const colons = [...first.slice(0, digit).matchAll(/:/g)].map((m) => m.index);
  if (colons.length === 0) return null;
  const end = colons.length >= 2 ? colons[colons.length - 2]! : colons[0]!;
  return first.slice(0, end);
}
