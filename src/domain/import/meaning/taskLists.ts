/**
 * Lists of what a plan holds, not of units: «… với 09 nhóm công việc và 32 nhiệm vụ cụ thể, gồm có: a; b; …», «gồm 05
 * nhóm công việc với 24 nhiệm vụ cụ thể: (1) …; (2) …», «theo 05 nhóm công việc: (1) …; (5) …; với 27 nhiệm vụ cụ
 * thể», «gồm bốn nhóm nhiệm vụ (a; b; c; d) với mười tám nhiệm vụ», bullet lines under «…, 29 nhiệm vụ cụ thể:», or a
 * footnote the count's mark points to («… cụ thể[7];» and «[7] Gồm: a; b; …»).
 *
 * Such items describe work («rà soát, đơn giản hóa TTHC»): lower case as often as not, with commas inside, so they
 * are parted only by «;», a numbering or bullets, never by commas. A list is taken only where the count written
 * right before it names what the list holds (the form's list or its count's label, read with the shared synonyms:
 * «nhóm nhiệm vụ» is «nhóm công việc») and equals the number of items: arithmetic evidence that the items are the
 * counted ones. A second count right after the first («… và 32 nhiệm vụ cụ thể») counts something else and is
 * passed over.
 */
import { listWithoutComment } from "../textClauses";
import { NUMERAL_WORDS, spelledValue } from "../../spelledCounts";
import type { ListBody } from "./listItems";
import { targetOf, type ListTarget } from "./listHeads";
import { syllables } from "./words";
import { escapeRegExp } from "../text";

export interface TaskList {
  target: ListTarget;
  list: ListBody;
  count: { start: number; end: number; value: number; input: string };
}

/** The words that open the name of a kind of unit: a list so named holds names (lists.ts), not descriptions. */
const UNIT_OPENINGS = new Set(["tổ chức", "đơn vị", "cơ quan", "bộ phận", "chi cục", "trung tâm", "văn phòng", "phòng", "ban"]);

function namesUnits(head: readonly string[]): boolean {
  return UNIT_OPENINGS.has(head.slice(0, 2).join(" ")) || UNIT_OPENINGS.has(head[0] ?? "");
}

/** The form's lists of descriptions, read by the heads that say what each holds (its label, its count's). */
export function taskTargets(targets: readonly ListTarget[]): ListTarget[] {
  return targets.filter((t) => t.named.length > 0 && !t.named.some(namesUnits));
}

const SPELLED = `(?:${[...NUMERAL_WORDS].join("|")})(?:[ \\t]+(?:${[...NUMERAL_WORDS].join("|")})){0,3}`;
/** The count right before the heading's first word: digits (their echo in words after them), or words. */
const COUNT_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d.,/])(?:(?<n>\\d{1,3})(?:[ \\t]*\\([ \\t]*\\p{Ll}[\\p{Ll}\\p{M} ]*\\))?|(?<w>${SPELLED}))[ \\t]+$`,
  "u",
);
/** A second count right after the heading, of something else: «, 32 nhiệm vụ cụ thể», «và 35 nhiệm vụ», «với mười tám nhiệm vụ». */
const COMPANION = new RegExp(
  `^[ \\t]*(?:,|với|và)[ \\t]+(?:\\d{1,3}|${SPELLED})(?:[ \\t]*\\([^()\\n]{1,20}\\))?(?:[ \\t\\n]+\\p{Ll}[\\p{Ll}\\p{M}]*){1,5}`,
  "u",
);
/** The plan's other count closing the list's last item, of the tasks it holds: «, với 18 nhiệm vụ cụ thể», «và ba mươi nhiệm vụ». */
const TRAILING_COUNT = new RegExp(
  `[ \\t]*[,;]?[ \\t]+(?:với|và)[ \\t]+(?:\\d{1,3}|${SPELLED})(?:[ \\t]*\\([^()\\n]{1,20}\\))?[ \\t]+(?:nhiệm vụ|công việc|nội dung|chỉ tiêu|hoạt động)(?:[ \\t]+\\p{Ll}[\\p{Ll}\\p{M}]*){0,3}[ \\t.]*$`,
  "u",
);
/** What introduces the items: «, gồm có:», «, cụ thể:», «:», or a bracket; a footnote's mark «[7]» sends to its note. */
const INTRO = /^(?:[ \t]*(?:(?<colon>,?[ \t]*(?:bao gồm|gồm có|gồm|cụ thể(?:[ \t]+(?:là|như sau))?)[ \t]*:?|:)|(?<bracket>\())|\[(?<note>\d{1,2})\](?![ \t]*[:(]))/u;
/** A bullet opening a line, any of the glyphs clerks use. */
const BULLET = /^[ \t]*(?:[-+•*–●▪■□◦○►▸➢➤✓✔❖♦])[ \t]+/u;
/** An item's own number: «(1)», «1)», «1.». */
const NUMBER = /^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]*/u;
/** Where items written in prose end: the line, or a full stop before a capital or the line's end. */
const PROSE_END = /\n|\.(?=[ \t]+\p{Lu}|[ \t]*(?:\n|$))/u;
const LONGEST = 1500;
const HEADING_WORDS = 6;

/**
 * Every list of the form's task targets written out with its count. One pass: the heading's first words are looked for
 * («nhóm»), the count before them and the items after.
 */
export function taskLists(text: string, targets: readonly ListTarget[]): TaskList[] {
  // Matched by their named heads only; a finding keeps the form's own target (lists.ts groups findings by it).
  const own = taskTargets(targets);
  if (own.length === 0) return [];
  const tasks = own.map((t) => ({ ...t, heads: t.named }));
  const firsts = new Set(tasks.flatMap((t) => t.heads.map((h) => h[0]!)));
  const opening = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...firsts].map(escapeRegExp).join("|")})(?![\\p{L}\\p{M}])`, "giu");
  const found: TaskList[] = [];
  for (const m of text.matchAll(opening)) {
    const before = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before) continue;
    const heading = headingAt(text, m.index, tasks);
    if (!heading) continue;
    const countFrom = m.index - before[0].length;
    const value = before.groups!["n"] !== undefined ? Number(before.groups!["n"]) : spelledValue(before.groups!["w"]!);
    if (value === null || value < 2) continue;
    const digits = before.groups!["n"] ?? before.groups!["w"]!;
    const count = { start: countFrom, end: countFrom + digits.length, value, input: before.groups!["n"] ?? String(value) };
    let at = heading.end;
    const companion = COMPANION.exec(text.slice(at, at + 80));
    if (companion) at += companion[0].length;
    const intro = INTRO.exec(text.slice(at, at + 40));
    if (!intro || (!intro.groups!["note"] && !intro.groups!["colon"] && !intro.groups!["bracket"])) continue;
    const from = at + intro[0].length;
    const list = intro.groups!["bracket"]
      ? bracketed(text, from)
      : intro.groups!["colon"]
        ? (bullets(text, from) ?? prose(text, from))
        : noted(text, intro.groups!["note"]!);
    if (list && list.items.length === value) found.push({ target: own[tasks.indexOf(heading.target)]!, list, count });
  }
  return found;
}

/** The heading's words from `at` and the task list they name (synonyms read: «nhóm nhiệm vụ»), longest first. */
function headingAt(text: string, at: number, tasks: readonly ListTarget[]): { target: ListTarget; end: number } | null {
  const run = /^[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)*/u.exec(text.slice(at, at + 80));
  if (!run) return null;
  const written = [...run[0].matchAll(/[\p{L}\p{M}]+/gu)].slice(0, HEADING_WORDS);
  const own = new Set(tasks.flatMap((t) => t.heads.flat()));
  // The longest run naming a list and ending on one of its words: «nhóm công việc và …» ends before «và».
  for (let k = written.length; k >= 2; k--) {
    const last = written[k - 1]!;
    const read = syllables(written.slice(0, k).map((w) => w[0]).join(" "));
    const target = own.has(read.at(-1)!) ? targetOf(read, tasks) : null;
    if (target) return { target, end: at + last.index + last[0].length };
  }
  return null;
}

/** Items parted by «;», each without its number; every part must be a description (no colon, not too long). */
function parted(text: string, start: number, whole: number): ListBody | null {
  // The last item ends before a clause commenting on them all (textClauses.ts).
  let end = start + listWithoutComment(text.slice(start, whole));
  // «…; (6) thông tin, báo cáo, với 18 nhiệm vụ cụ thể»: a count written after the last item is the plan's other
  // count (COMPANION), not words of that item: an item describes work and counts nothing.
  const trailing = TRAILING_COUNT.exec(text.slice(start, end));
  if (trailing && trailing.index > 0) end = start + trailing.index;
  const raw = text.slice(start, end);
  const parts = raw.split(";");
  if (parts.length < 2) return null;
  const items = parts.map((p) => p.replace(/\s+/g, " ").replace(NUMBER, "").replace(/^[\s,.]+|[\s,.]+$/g, ""));
  return items.every(isDescription) ? { start, end, items } : null;
}

function isDescription(item: string): boolean {
  return item !== "" && item.length <= 200 && !item.includes(":") && /^\p{L}/u.test(item);
}

/** «(a; b; c)»: up to the bracket's close on its line. */
function bracketed(text: string, from: number): ListBody | null {
  const rest = text.slice(from, from + LONGEST);
  const close = rest.search(/[()\n]/);
  return close > 0 && rest[close] === ")" ? parted(text, from, from + close) : null;
}

/**
 * Items in prose after the intro, to the end of the sentence. In a numbered list the items end with the last
 * numbered one: «(5) kiểm tra …; với 27 nhiệm vụ cụ thể» goes on about the plan, not about a sixth group.
 */
function prose(text: string, from: number): ListBody | null {
  const rest = text.slice(from, from + LONGEST);
  let end = rest.search(PROSE_END);
  if (end < 0) end = rest.length;
  let start = from;
  while (start < from + end && /[ \t]/.test(text[start]!)) start++;
  if (NUMBER.test(text.slice(start, start + 6))) {
    const parts = text.slice(start, from + end).split(";");
    const numbered = parts.findIndex((p, i) => i > 0 && !NUMBER.test(p));
    if (numbered > 0) end = start - from + parts.slice(0, numbered).join(";").length;
  }
  while (end > 0 && /[\s.;,]/.test(text[from + end - 1]!)) end--;
  return parted(text, start, from + end);
}

/** Lines opened by bullets or numbers right under an intro that ends its line. */
function bullets(text: string, from: number): ListBody | null {
  const eol = text.indexOf("\n", from);
  if (eol < 0 || text.slice(from, eol).trim() !== "") return null;
  const items: string[] = [];
  let at = eol + 1;
  let end = at;
  while (at < text.length && items.length < 60) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next < 0 ? text.length : next);
    // Numbered lines one item a line («(1) Rà soát …;⏎(2) …», as a PDF sets them) are bullets of their own kind.
    const bullet = BULLET.exec(line) ?? NUMBER.exec(line);
    if (!bullet) break;
    items.push(line.slice(bullet[0].length).replace(/[\s.;,]+$/, "").trim());
    end = at + line.length;
    at = next < 0 ? text.length : next + 1;
  }
  return items.length >= 2 && items.every(isDescription) ? { start: eol + 1, end, items } : null;
}

/** The note a footnote's mark points to: the line opening with the same mark, «[7] Gồm: a; b; …». */
function noted(text: string, mark: string): ListBody | null {
  const note = new RegExp(`(?:^|\\n)\\[${mark}\\][ \\t]*(?:(?:Bao gồm|Gồm có|Gồm|Cụ thể|bao gồm|gồm có|gồm|cụ thể)[ \\t]*:?[ \\t]*)?`, "u").exec(text);
  return note ? prose(text, note.index + note[0].length) : null;
}
