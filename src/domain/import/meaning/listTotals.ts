/**
 * A total written after the items it adds up says what it counts through the words that open the list: «đề nghị Thủ
 * tướng tặng Bằng khen cho cá nhân thuộc các phòng: Phòng Tổng hợp: 2; Phòng Kinh tế: 1; tổng số: 04 cá nhân» is «04
 * cá nhân đề nghị Thủ tướng tặng Bằng khen», «Thủ trưởng các sở, ban, ngành: Sở Xây dựng: 03 lượt; Sở Y tế: 01 lượt;
 * cộng: 04 lượt» is the departments' «04 lượt», as is a total the clerk writes with no colon after its parts («Điều
 * động đi: tỉnh A (cũ) 02 công chức; tỉnh B (cũ) 03 công chức; tổng số 05 công chức», «…: Nhà khách A 38 viên chức,
 * Nhà khách B 21 viên chức, tổng 59 viên chức»: parts set apart by commas when no semicolon does). Its own words («tổng số», «cộng») name no figure. The items are its
 * parts, as a table's rows above its «Cộng» row are (tableScore.ts): checked when those of its unit add up to it.
 * Language knowledge only: no field is named.
 */
import type { Candidate } from "./candidates";
import { features, syllables } from "./words";
import { lastIndexWithin } from "./lastIndexWithin";

/** «; tổng số: », «; cộng: », «; cộng cấp xã: » right before the number. */
const TOTAL_BEFORE = /[;,]\s*(?:(?:tổng số|tổng cộng|cộng)(?:\s[\p{L}\s]{1,20}?)?\s*:|tổng số|tổng cộng|tổng|cộng)\s*$/iu;
/** A line's own numbering («2.», «II.», «a)»), not a figure. */
const NUMBERING = /^\s*(?:\d{1,2}\.|[IVX]{1,5}\.|[a-zđ]\))\s*/iu;
/** As much as the words right before a number would say (candidates.ts weighs those 1). */
const LEAD_WEIGHT = 0.8;
const MAX_LINE = 1500;
/** TOTAL_BEFORE spans at most this many characters («; cộng cấp xã, phường: »). */
const TOTAL_REACH = 40;
const PAIRED = /^\s*[\p{L}]{1,12}(?:\s[\p{L}]{1,12})?\s*(?:\/|với|\()\s*$/u;

export function describeListTotals(text: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.token.kind !== "count") continue;
    // The words right before the number first: most numbers are no list's total, and a line may be long.
    if (!TOTAL_BEFORE.test(text.slice(Math.max(0, c.token.start - TOTAL_REACH), c.token.start))) continue;
    const lineStart = text.lastIndexOf("\n", c.token.start - 1) + 1;
    if (c.token.start - lineStart > MAX_LINE) continue;
    const before = text.slice(lineStart, c.token.start);
    const total = TOTAL_BEFORE.exec(before);
    if (!total) continue;
    // Items parted by «;», or by «,» when the clerk set the total after a comma and no «;» parts them.
    const listed = before.slice(0, total.index).replace(NUMBERING, "");
    const items = listed.split(";").length < 2 && total[0].trimStart().startsWith(",") ? listed.split(",") : listed.split(";");
    if (items.length < 2) continue;
    const lead = leadOf(items[0]!);
    if (lead === null) continue;
    const from = lineStart + before.length - before.slice(0, total.index).replace(NUMBERING, "").length + lead.length;
    // «cộng: 10 lượt/12 người»: the count paired with the total after a slash or «với» is the other unit's total.
    const next = candidates[i + 1];
    const paired = next && next.unit !== c.unit && PAIRED.test(text.slice(c.token.end, next.token.start)) ? [c, next] : [c];
    for (const t of paired) {
      for (const f of features(syllables(lead))) t.near.set(f, Math.max(t.near.get(f) ?? 0, LEAD_WEIGHT));
      markParts(text, candidates, t, from);
    }
  }
}

/** The items between the lead-in's end and the total, of the total's unit: parts of it, each named by its own label. */
function markParts(text: string, candidates: readonly Candidate[], total: Candidate, from: number): void {
  const items = candidates.filter((x) => x.token.kind === "count" && x.token.start > from && x.token.start < total.token.start && x.unit === total.unit);
  if (items.length < 2) return;
  const checked = items.reduce((sum, x) => sum + x.token.value, 0) === total.token.value;
  for (const x of items) {
    const chunkStart = Math.max(lastIndexWithin(text, ";", x.token.start, from - 1) + 1, from);
    const label = text.slice(chunkStart, x.token.start).replace(/:[^:]*$/, "");
    // An item names a figure by its name's word pairs («tài nguyên», «môi trường»): its «Sở» alone is every department.
    x.part ??= { label: new Set(features(syllables(label)).filter((f) => f.includes(" "))), checked };
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
