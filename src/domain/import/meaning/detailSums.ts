/**
 * A summary line whose counts the items under it break down: «Điều động, bổ nhiệm, luân chuyển: điều động đến 01,
 * bổ nhiệm 04, luân chuyển 08. Cụ thể:» over «- Bổ nhiệm sau sáp nhập phòng: 01 Trưởng phòng … và 03 Phó Trưởng
 * phòng (02 …, 01 …).» and «- Luân chuyển: 01 công chức …; 03 chuyên viên … và 04 chuyên viên …». The summary's
 * «bổ nhiệm 04» is the total of the item its words open (01 + 03), as «04, gồm 01 … và 03 …» would be in one
 * sentence (sums.ts): a total of appointments of two ranks, no count of either rank (siblingParts.ts decides).
 *
 * Read only where the shape says so: the summary line ends with «:» and item lines follow (a label and its colon,
 * with a bullet or without); an item is taken for a count when its label opens with the count's own words (at least
 * two syllables, from its clause's start); its parts are the counts after its colon outside brackets (a bracket
 * breaks a part down further), two to four of them adding up to the count exactly.
 */
import type { Candidate } from "./candidates";
import { countLike, type Sum } from "./sums";
import { syllables } from "./words";

const MAX_PARTS = 4;
/** The fewest syllables that say what a count counts («bổ nhiệm», «luân chuyển»). */
const LEAD_AT_LEAST = 2;
/** A summary line's end: a colon closing its line. */
const SUMMARY_END = /:[ \t]*\n/g;
/** An item's line: a bullet or none, then a label of words (no number: «3.1.4.» opens the next heading) and its colon. */
const ITEM = /^[ \t]*(?:[-+•*–▪·][ \t]*)?(?<label>[^\d:\n]{2,80}):/u;
/** How many lines under a summary are read for its items. */
const MAX_LINES = 16;
/** A heading's number or letter opening a line: the summary's items ended above it. */
const HEADING = /^[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXL]{1,5}\.|\p{L}\))[ \t]/u;

export function detailedSums(text: string, candidates: readonly Candidate[]): Sum[] {
  const sums: Sum[] = [];
  for (const end of text.matchAll(SUMMARY_END)) {
    const lineFrom = text.lastIndexOf("\n", end.index - 1) + 1;
    const totals = within(candidates, lineFrom, end.index).filter((c) => countLike(c) && c.token.value > 0);
    if (totals.length === 0) continue;
    const items = itemsUnder(text, end.index + end[0].length, candidates);
    if (items.length === 0) continue;
    for (const total of totals) {
      const lead = leadOf(text, lineFrom, total);
      if (lead.length < LEAD_AT_LEAST) continue;
      const item = items.find((i) => lead.every((w, k) => i.label[k] === w));
      if (!item || item.parts.length < 2 || item.parts.length > MAX_PARTS) continue;
      if (item.parts.reduce((sum, p) => sum + (p.token.value as number), 0) !== total.token.value) continue;
      sums.push({ total, parts: item.parts.map((part) => ({ part, own: [] })), namesEach: false });
    }
  }
  return sums;
}

interface Item {
  /** The syllables of the item's label, before its colon. */
  label: string[];
  parts: Candidate[];
}

/**
 * The item lines from `from` on, each with its label and its counts outside brackets (none if any number there is
 * no count). They end at the next heading («3.1.4. …», «b) …») or an empty line; a line of prose between them (a
 * remark, no label) is passed over.
 */
function itemsUnder(text: string, from: number, candidates: readonly Candidate[]): Item[] {
  const items: Item[] = [];
  for (let at = from, k = 0; at < text.length && k < MAX_LINES; k++) {
    const next = text.indexOf("\n", at);
    const lineEnd = next < 0 ? text.length : next;
    const line = text.slice(at, lineEnd);
    if (line.trim() === "" || HEADING.test(line)) break;
    const item = ITEM.exec(line);
    if (item) {
      const colon = at + item[0].length - 1;
      items.push({ label: syllables(item.groups!["label"]!), parts: outsideBrackets(text, colon, within(candidates, colon, lineEnd)) });
    }
    at = lineEnd + 1;
  }
  return items;
}

/** The counts among `found` not inside a bracket opened after `from`; none at all when another kind of number stands there. */
function outsideBrackets(text: string, from: number, found: readonly Candidate[]): Candidate[] {
  const parts: Candidate[] = [];
  for (const c of found) {
    const before = text.slice(from, c.token.start);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth > 0 || c.token.kind === "percent") continue;
    if (!countLike(c)) return [];
    parts.push(c);
  }
  return parts;
}

/** The count's own words: from its clause's start (the line's, or the last «,», «;» or «:» before it) to it. */
function leadOf(text: string, lineFrom: number, c: Candidate): string[] {
  const before = text.slice(lineFrom, c.token.start);
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  return syllables(before.slice(cut + 1));
}

/** The candidates standing in [from, to), found by bisection (candidates are in text order). */
function within(candidates: readonly Candidate[], from: number, to: number): Candidate[] {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.token.start < from) lo = mid + 1;
    else hi = mid;
  }
  const found: Candidate[] = [];
  for (let i = lo; i < candidates.length && candidates[i]!.token.start < to; i++) found.push(candidates[i]!);
  return found;
}
