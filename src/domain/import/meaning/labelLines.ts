/**
 * Lines written as a label and its figure: «- Số lượt tiếp: 45 lượt», «+ Tiếp định kỳ: 12 lượt/15 người», «Tổng số
 * hồ sơ tiếp nhận : 1.234», «Số đơn ........ 15», «Tiến sĩ: 03; Thạc sĩ: 44». The words before the colon (or the dot
 * leader) name the number right after it, and nothing else does; what they stand under says whose it is: an earlier
 * label on the line («Biên chế công chức được giao: 102; có mặt: 95»), the line a bullet hangs from, the headings
 * above (their titles are added by the reader, labelReading.ts). Layout only: no field is named here.
 */
import type { Candidate } from "./candidates";
import { lineStarts } from "../text";
import { features, syllables } from "./words";

export interface LabelItem {
  /** The words that name the number: «Số lượt» of «Số lượt/số người: 01 lượt/04 người». */
  label: string;
  /** The label as written on the line, all its parts. */
  written: string;
  /** What the label stands under on its own line and the lines above, nearest first. */
  levels: string[];
}

/** A colon, a dot leader («……», «.....») or tabs, then the number. */
const SEPARATOR = /(?:\s*:|\s*(?:\.{3,}|…+)[.…\s]*|\t+)\s*$/u;
const MARKER = /^[ \t]*(?:[-+•*–—·][ \t]*|\d{1,2}[.)][ \t]+|[a-zđ]\)[ \t]+)?/u;
/** A label is a name, not a sentence: «Số hồ sơ đã được giải quyết, trả kết quả» at most. */
const MAX_LABEL = 16;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const MAX_INTRO = 20;
/** «quý IV», «năm 2025», «Quý IV/2025», «6 tháng», «cả năm»: a label naming only a period. */
const PERIOD_ONLY = /^(?:trong\s+|riêng\s+)?(?:quý\s+(?:IV|III|II|I)(?:\s*(?:\/|năm)\s*\d{4})?|năm\s+\d{4}|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?:\s+\d{4})?|cả năm)$/iu;
const LINES_ABOVE = 30;

/** Read once per document: the reader and the assignment's heading check both ask (candidates are per document). */
const read = new WeakMap<readonly Candidate[], Map<Candidate, LabelItem>>();
const readWithZeros = new WeakMap<readonly Candidate[], Map<Candidate, LabelItem>>();

/**
 * `zeros`: also the words for zero the caller says are an item's value («- Nâng lương trước thời hạn: không có.»,
 * zeroWords.ts), so that the label line's own «không có» meets a sibling line's count as a rival.
 */
export function labelItems(text: string, candidates: readonly Candidate[], zeros?: (c: Candidate) => boolean): Map<Candidate, LabelItem> {
  const memo = zeros ? readWithZeros : read;
  const known = memo.get(candidates);
  if (known) return known;
  const items = new Map<Candidate, LabelItem>();
  memo.set(candidates, items);
  const starts = lineStarts(text);
  let line = 0;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.token.kind !== "count" && c.token.kind !== "percent" && !(c.token.kind === "zero" && zeros?.(c) === true)) continue;
    while (line + 1 < starts.length && starts[line + 1]! <= c.token.start) line++;
    const from = starts[line]!;
    const own = itemAt(text, from, c, candidates[i - 1]);
    const item = own ? { ...own, levels: [...own.levels, ...intros(text, starts, line)] } : pairedWith(text, c, candidates[i - 1], items);
    if (!item) continue;
    items.set(c, { ...item, label: (c.unit && partFor(item.written, c.unit)) ?? item.written });
  }
  return items;
}

/** Every count or percentage on a bullet line («- …», «+ …»), with the lines it hangs from, nearest first. */
export function bulletIntros(text: string, candidates: readonly Candidate[]): Map<Candidate, string[]> {
  const out = new Map<Candidate, string[]>();
  const starts = lineStarts(text);
  const byLine = new Map<number, string[]>();
  let line = 0;
  for (const c of candidates) {
    if (c.token.kind !== "count" && c.token.kind !== "percent") continue;
    while (line + 1 < starts.length && starts[line + 1]! <= c.token.start) line++;
    if (markerRank(lineText(text, starts, line)) < 2) continue;
    out.set(c, byLine.get(line) ?? byLine.set(line, intros(text, starts, line)).get(line)!);
  }
  return out;
}

type Written = Omit<LabelItem, "label">;

function itemAt(text: string, lineFrom: number, c: Candidate, previous: Candidate | undefined): Written | null {
  const before = text.slice(lineFrom, c.token.start);
  const separator = separatorAtEnd(before);
  if (!separator) return null;
  // A table's cell is read by its row and column (tableGrid.ts), unless its row label ends in a colon («Tiếp nhận:⇥38»).
  if (c.rowPlace && !separator[0].includes(":")) return null;
  const lineEnd = text.indexOf("\n", c.token.end);
  if (separator[0].includes("\t") && text.slice(c.token.end, lineEnd === -1 ? text.length : lineEnd).includes("\t")) return null;
  // Asides in brackets are neither label nor lead: «Nhà khách tỉnh (02 cơ sở: …) tự chủ …: 36 viên chức».
  let region = blankBrackets(before.slice(0, separator.index));
  const marker = MARKER.exec(region)![0].length;
  region = " ".repeat(marker) + region.slice(marker);
  // Another figure earlier on the line ends its own clause: «… giao: 102; có mặt: 95», «… 61 hồ sơ, trả đúng hạn: 52».
  const first = headLabel(region);
  const sentence = Math.max(region.lastIndexOf(";"), region.lastIndexOf(". "));
  let cut = sentence + 1;
  const lastDigit = region.search(/\d[^\d]*$/u);
  if (lastDigit >= cut && previous && previous.token.start >= lineFrom) {
    const comma = region.indexOf(",", lastDigit);
    if (comma !== -1) cut = comma + 1;
  }
  // «… 13 cuộc giao ban (bao gồm: 09 cuộc …)»: a colon in an open bracket heads the bracket's list, not a label line.
  const head = before.slice(0, separator.index);
  if (head.lastIndexOf("(") > head.lastIndexOf(")")) return null;
  const pieces = region.slice(cut).split(":");
  const label = pieces.pop()!.trim();
  const words = syllables(label);
  // A label names; one with a figure in it is a sentence («quý IV tổ chức 13 cuộc giao ban»), a year apart.
  if (words.length === 0 || words.length > MAX_LABEL || /\d/u.test(label.replace(YEAR, ""))) return null;
  const levels = pieces.reverse().map((p) => p.trim()).filter((p) => p !== "");
  // A label after the line's first figure («…: 61 hồ sơ; trong đó: trả trước hạn: 09») stands under that figure's label.
  // A sibling that names itself in full («nâng lương trước thời hạn: 04; nâng lương thường xuyên: 23») does not.
  const named = new Set(features(words).filter((f) => !f.includes(" ")));
  const sibling = levels.length === 0 && first !== null && features(syllables(first)).some((f) => named.has(f));
  if (cut > 0 && first !== null && first !== label && !sibling && !levels.includes(first)) levels.push(first);
  // «Điều động đến: năm 2025: 03 công chức; quý IV: 01 công chức»: a label that only names a period says whose the
  // number is (periodScope.ts), not what it counts; the label it stands under names it.
  if (PERIOD_ONLY.test(label) && levels.length > 0) return { written: levels[0]!, levels: levels.slice(1) };
  return { written: label, levels };
}

/** Characters SEPARATOR matches, each: a match lies in the run of them that ends the text. */
const SEPARATOR_CHAR = /[\s:.…]/u;

/**
 * SEPARATOR's match at the end of `before`, tried on the run of separator characters it ends with: every number of a
 * long paragraph tried the regex at every character back to the line's start.
 */
function separatorAtEnd(before: string): { index: number; 0: string } | null {
  let from = before.length;
  while (from > 0 && SEPARATOR_CHAR.test(before[from - 1]!)) from--;
  const found = SEPARATOR.exec(before.slice(from));
  return found && { index: from + found.index, 0: found[0] };
}

/** The line's first label: the words before its first colon, when they are words. */
function headLabel(region: string): string | null {
  const colon = region.indexOf(":");
  if (colon === -1) return null;
  const words = region.slice(0, colon).trim();
  return words !== "" && syllables(words).length <= MAX_LABEL ? words : null;
}

/** «Số lượt/số người: 01 lượt/04 người»: the second count of a pair is named by the label's part for its unit. */
function pairedWith(text: string, c: Candidate, previous: Candidate | undefined, items: ReadonlyMap<Candidate, LabelItem>): Written | null {
  const first = previous && items.get(previous);
  if (!first || !previous.unit || !c.unit || c.unit === previous.unit) return null;
  if (!/^\s+[\p{L}\s]{1,20}?\s*\/\s*$/u.test(text.slice(previous.token.end, c.token.start))) return null;
  return { written: first.written, levels: first.levels };
}

/** The part of «Số lượt/số người» that names `unit`, if the label is written in such parts. */
export function partFor(label: string, unit: string): string | null {
  const parts = label.split("/");
  if (parts.length < 2) return null;
  return parts.find((p) => syllables(p).join(" ").includes(unit)) ?? null;
}

function blankBrackets(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    out += depth > 0 ? " " : ch;
    if (ch === ")" && depth > 0) depth--;
  }
  return out;
}

/**
 * The lines a bullet hangs from, nearest first: «+ Trước hạn: 15.210» under «- Số hồ sơ đã giải quyết: 16.604 …», and
 * a «-» item under the short line that opens its list («Hồ sơ đề nghị khen thưởng …, cụ thể:», «BỘ PHẬN MỘT CỬA»).
 */
function intros(text: string, starts: readonly number[], line: number): string[] {
  const out: string[] = [];
  let rank = markerRank(lineText(text, starts, line));
  for (let k = line - 1, seen = 0; k >= 0 && seen < LINES_ABOVE && rank > 0; k--) {
    const above = lineText(text, starts, k);
    if (above.trim() === "") continue;
    seen++;
    const r = markerRank(above);
    if (r === 0) break;
    if (r >= rank) continue;
    const body = above.slice(MARKER.exec(above)![0].length);
    const words = headLabel(blankBrackets(body)) ?? body;
    // A sentence of narrative above a list says little: only a short line or one that opens the list counts.
    if (syllables(words).length <= MAX_INTRO || /:\s*$/.test(above)) out.push(words);
    rank = r;
  }
  return out;
}

function lineText(text: string, starts: readonly number[], line: number): string {
  const end = line + 1 < starts.length ? starts[line + 1]! - 1 : text.length;
  return text.slice(starts[line]!, end);
}

/**
 * «+» under «-» under a plain line under a line in capitals («BỘ PHẬN MỘT CỬA»); numbered lines («1.», «a)») are
 * headings, read from the heading path.
 */
function markerRank(line: string): number {
  const m = /^[ \t]*([-+•*–—·])/u.exec(line);
  if (m) return m[1] === "+" ? 3 : 2;
  if (/^[ \t]*(?:\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)/u.test(line)) return 0;
  return /\p{Ll}/u.test(line) || /\d/u.test(line) ? 1 : 0.5;
}
