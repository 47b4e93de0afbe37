/**
 * A total closing a sentence of parts written in prose: «lĩnh vực đất đai … 4.126 hồ sơ, tiếp đến lĩnh vực tư pháp
 * 2.318 hồ sơ, …, và các sở, ngành còn lại 1.231 hồ sơ; tổng cộng Trung tâm tiếp nhận 12.225 hồ sơ», «Hồ sơ công dân
 * rút … gồm lĩnh vực đất đai 33 hồ sơ, tư pháp 17 hồ sơ và các lĩnh vực khác 14 hồ sơ; tổng cộng 64 hồ sơ». The counts
 * right before «; tổng cộng …» (or «, tổng số …») that add up to it exactly, two or more of one unit, are its parts:
 * each a sector's, a department's or a kind's share, and the whole's figure is the total. A part stays a candidate only
 * for a figure whose own label names it (tableScore.ts partOfTotal), as a table's rows above «Cộng» do. A part's name
 * is the words since the part before it (or since the list's «gồm», colon or the sentence's start), less the words the
 * total says of itself («tiếp nhận», «đã giải quyết»: what every part counts). Only an exact sum marks anything: a
 * «tổng cộng» the parts do not add up to may count something else. Language knowledge only: no field is named.
 * listTotals.ts reads a list whose lead-in ends with a colon; it marks first.
 */
import type { Candidate } from "./candidates";
import { sameGroup } from "./score";
import { features, syllables } from "./words";

/** «; tổng cộng Trung tâm tiếp nhận », «, tổng số », «; tổng cộng đã giải quyết » right before the number. */
const TOTAL_BEFORE = /[;,]\s*(?:tổng cộng|tổng số|tổng|cộng)((?:\s+[\p{L}]+){0,5})\s*:?\s*$/iu;
/** As much as the words right before a number would say (candidates.ts weighs those 1), as listTotals.ts gives. */
const LEAD_WEIGHT = 0.8;
/** The words before the total's number are read this far back. */
const TOTAL_REACH = 60;
/** Where a sentence ends (its parts are not read past it): a full stop before a capital, a line's end. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})|\n/gu;
/** Where a list's first item opens inside its sentence: after «gồm», «bao gồm», «trong đó», a colon. */
const LIST_OPENS = /(?:\bgồm(?: có)?|trong đó|:)\s*/giu;

export function describeTrailingTotals(text: string, candidates: readonly Candidate[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const total = candidates[i]!;
    if (total.token.kind !== "count") continue;
    const total_ = TOTAL_BEFORE.exec(text.slice(Math.max(0, total.token.start - TOTAL_REACH), total.token.start));
    if (!total_) continue;
    const totalStart = total.token.start - total_[0].length;
    const sentenceStart = lastSentenceStart(text, totalStart);
    const parts = partsBefore(candidates, i, totalStart, sentenceStart);
    if (!parts) continue;
    // What every part counts says no part's name: the total's own words and its unit («tiếp nhận», «hồ sơ»).
    const own = new Set(syllables(`${total_[1] ?? ""} ${total.unit ?? ""}`).map((s) => s.toLowerCase()));
    let from = listStart(text, sentenceStart, parts[0]!.token.start);
    // «Hồ sơ đang giải quyết, chưa đến hạn gồm …; tổng cộng 427 hồ sơ»: the words opening the list say what it counts.
    if (from > sentenceStart) {
      for (const f of features(syllables(text.slice(sentenceStart, from)))) total.near.set(f, Math.max(total.near.get(f) ?? 0, LEAD_WEIGHT));
    }
    for (const part of parts) {
      const label = text.slice(from, part.token.start).replace(/\([^()]*\)/gu, " ");
      const pairs = features(syllables(label)).filter((f) => f.includes(" ") && !f.split(" ").some((s) => own.has(s.toLowerCase())));
      part.part ??= { label: new Set(pairs), checked: true };
      from = afterBracket(text, part.token.end);
    }
  }
}

/** The counts right before the total, nearest first, while they add up to no more than it: those that make it exactly. */
function partsBefore(candidates: readonly Candidate[], at: number, totalStart: number, sentenceStart: number): Candidate[] | null {
  const total = candidates[at]!;
  const found: Candidate[] = [];
  let sum = 0;
  for (let j = at - 1; j >= 0; j--) {
    const x = candidates[j]!;
    if (x.token.start < sentenceStart) break;
    if (x.token.end > totalStart) continue;
    if (x.token.kind !== "count" || x.change || x.whole || x.yearLike) return null;
    if (!sameUnit(x, total) || (found.length > 0 && !sameUnit(x, found[0]!))) return null;
    found.unshift(x);
    sum += x.token.value;
    if (sum === total.token.value) return found.length >= 2 ? found : null;
    if (sum > total.token.value) return null;
  }
  return null;
}

/** One unit, or people counted under two of their names («08 người» … «58 công chức»). */
function sameUnit(a: Candidate, b: Candidate): boolean {
  if (a.unit === null || b.unit === null) return a.unit === b.unit;
  return a.unit === b.unit || sameGroup(a.unit, b.unit);
}

function lastSentenceStart(text: string, before: number): number {
  const lineStart = text.lastIndexOf("\n", before - 1) + 1;
  let start = lineStart;
  SENTENCE_END.lastIndex = lineStart;
  for (let m = SENTENCE_END.exec(text); m && m.index < before; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  return start;
}

/** The first item's name opens after the list's «gồm» or colon, when the sentence has one before it. */
function listStart(text: string, sentenceStart: number, firstPart: number): number {
  let from = sentenceStart;
  LIST_OPENS.lastIndex = sentenceStart;
  for (let m = LIST_OPENS.exec(text); m && m.index < firstPart; m = LIST_OPENS.exec(text)) from = m.index + m[0].length;
  return from;
}

/** After a part's number and the bracket that may follow it («2.318 hồ sơ (chủ yếu …)»). */
function afterBracket(text: string, end: number): number {
  const rest = text.slice(end, end + 400);
  const open = /^[^,;(]*\(/u.exec(rest);
  if (!open) return end;
  const close = rest.indexOf(")", open[0].length);
  return close === -1 ? end : end + close + 1;
}
