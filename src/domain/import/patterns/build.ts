/**
 * Builds the figure patterns from wording. A pattern is the report's own words around a figure with one placeholder
 * for the figure, so the table reads like the report and adding a field is adding a line, not code.
 *
 *   {N} the figure: a count (55, 08, 9.780)      {n} another count in the wording, not captured
 *   {Z} a count or the words for zero ("không có", "không/chưa phát sinh") {P} the figure: a percentage (95,06%)
 *   {D} the figure: a date (15/12/2025)          {d} another date, not captured
 *   {Y} the figure: a year (2026)                {L} the figure: a list of names (lazy, may span paragraphs)
 *   {T} the figure: a short text inside one paragraph
 *
 * A space in the wording matches any run of white space (Word exports non-breaking spaces and broken paragraphs).
 * «… gồm:» matches «…, gồm:» too: clerks put a comma before the «gồm» that opens a list, or leave it out, alike.
 * Patterns are case-insensitive.
 */
import type { FieldId, ItemSplit } from "../../types";
import { withoutShortName } from "../meaning/listAsides";
import { measuredToo } from "../meaning/measureWords";
import { nameLines, nameLinesEnd } from "./nameLines";

export type { ItemSplit };

export interface FigurePattern {
  /** Global, with indices; exactly one named group `v`, the figure text. */
  re: RegExp;
  items?: ItemSplit;
  /** The wording it was compiled from (a form's `wording` string): its words also describe the figure for recognition by meaning. */
  wording: string;
}

export type PatternTable = ReadonlyMap<FieldId, readonly FigurePattern[]>;

const MAX_WORDING = 500;
/* Any grouping clerks write (numbers.ts); a capture is kept only if it is a whole number token there. */
const COUNT = String.raw`\d{1,3}(?:\.\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+`;
const DATE = String.raw`\d{1,2}/\d{1,2}/\d{4}`;

/*
 * A count never starts after a digit: without `(?<!\d)` a run of L digits was tried from each of its L starts, each
 * backtracking over the rest (quadratic: 4,000 digits on one line took 15 s, a 30 MB run would never end). A match
 * starting inside a number was dropped anyway (not a whole token).
 */
const TOKENS: Readonly<Record<string, string>> = {
  "{N}": `(?<!\\d)(?<v>${COUNT})(?!\\d)`,
  "{n}": `(?<!\\d)(?:${COUNT})`,
  "{Z}": `(?<v>không có|không phát sinh|chưa phát sinh|không|(?<!\\d)(?:${COUNT}))(?!\\d)`,
  "{P}": String.raw`(?<v>\d{1,3}(?:[.,]\d{1,2})?[ \u00a0\u2009\u202f]?%)`,
  "{D}": `(?<v>${DATE})`,
  "{d}": DATE,
  "{Y}": String.raw`(?<v>\d{4})(?!\d)`,
  // Bounded: an unbounded lazy run scans to the end of the text from every place its opening words match when the
  // closing words never come (a list cut short): quadratic, 8 s for 80,000 short lines. The longest list of the
  // reference report is about 300 characters, a period text a few words.
  "{L}": String.raw`(?<v>[\s\S]{1,3000}?)`,
  "{T}": String.raw`(?<v>[^\n]{1,500}?)`,
};

/**
 * A wording's bullet «[-+•]» is any mark clerks put before a list line: an en dash «–», «▪», «*», «·» as Word's
 * bullets paste as text, not only the three a form's author thought of.
 */
const BULLET_IN_WORDING = "[-+•]";
const ANY_BULLET = "[-+•–▪*·◦‣]";

export function fig(wording: string, items?: ItemSplit): FigurePattern {
  if (wording.length > MAX_WORDING) throw new Error(`Pattern longer than ${MAX_WORDING} characters`);
  // «{N} người» takes «84 lượt người» too, «{N} hồ sơ» «612 lượt hồ sơ» (measureWords.ts).
  const source = measuredToo(wording)
    .split(/(\{[A-Za-z]\})/)
    .map((part) => TOKENS[part] ?? part.replace(/ gồm(?=[ :])/g, ",? gồm").replace(/ +/g, String.raw`\s+`).replaceAll(BULLET_IN_WORDING, ANY_BULLET))
    .join("");
  if ((source.match(/\(\?<v>/g) ?? []).length !== 1) throw new Error(`Pattern needs exactly one figure: ${wording}`);
  const re = new RegExp(source, "dgiu");
  return items ? { re, items, wording } : { re, wording };
}

/**
 * «(1) Chỉ đạo, điều hành; (2) Công bố …», «gồm: 1) chỉ đạo …; 2) rà soát …», «a) …; b) …», «(i) …; (ii) …»: clerks
 * number the items of a list in prose; the number is no part of an item.
 */
const ITEM_NUMBER = /^(?:\(\d{1,2}\)|\d{1,2}\)|\(?[a-zđ]\)|\((?:i{1,3}|iv|vi{0,3}|ix|x)\))[ \t]*/u;

/** A line opened by a list mark: «- », «+ », «• », «– ». */
const BULLET_LINE = /^[ \t]*[-+•–▪*·◦‣][ \t]+/u;

/**
 * The items of a list the wording captured. A list written one item a line, each line opened by a bullet, is split on
 * its lines whatever separator the form's own sentence uses: a clerk who puts «;» or «,» at the end of each bullet line
 * ends a line, not an item, and the bullet is no part of the name.
 */
/**
 * Where a list written in prose ends: its sentence. A lazy {L} that must reach its wording's paragraph end takes the
 * sentences after the list too («…; chế độ thông tin, báo cáo. So với kế hoạch năm 2025 …»): a full stop followed by a
 * capitalised word opens the next sentence. A capital's abbreviation of one or two letters («TP. Hồ Chí Minh») ends
 * nothing; a syllable of two letters («hồ sơ.») is a word.
 * Returns the list's length in `text`.
 */
export function listSentenceEnd(text: string): number {
  const stop = /(?<![\s(]\p{Lu}\p{L}?)\.[ \t]+(?=\p{Lu})/u.exec(text);
  return Math.min(stop ? stop.index : text.length, bulletLinesEnd(text), nameLinesEnd(text));
}

/**
 * A list written one bullet a line ends with its last bullet line when an empty line follows it: what comes after is
 * the next part («+ tranh chấp đất đai\n\n6. So sánh với tháng trước»), and its heading's number closed by «.» is
 * what a wording ending «{L}.» would otherwise take for the list's full stop. Without the empty line the line after a
 * bullet may be its item's wrapped end, so the list is left as the wording found it.
 */
function bulletLinesEnd(text: string): number {
  const lines = text.split("\n");
  const first = lines[0]!.trim() === "" ? 1 : 0;
  let end = first === 1 ? lines[0]!.length + 1 : 0;
  let bullets = 0;
  for (const line of lines.slice(first)) {
    if (!BULLET_LINE.test(line)) return bullets >= 2 && line.trim() === "" ? end - 1 : text.length;
    end += line.length + 1;
    bullets++;
  }
  return text.length;
}

/**
 * «Trung tâm Thông tin, Nhà khách UBND tỉnh (tự chủ chi thường xuyên, 36 viên chức)»: a separator inside a bracket
 * parts the bracket's own words, not the list's items. Brackets that never close are not trusted: split as written.
 */
function outsideBrackets(text: string, separator: RegExp): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  const global = new RegExp(separator.source, "gu");
  if (!text.includes("(")) return text.split(separator);
  let cut = 0;
  for (const m of text.matchAll(global)) {
    for (; cut < m.index; cut++) depth += text[cut] === "(" ? 1 : text[cut] === ")" ? -1 : 0;
    if (depth > 0) continue;
    items.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  for (; cut < text.length; cut++) depth += text[cut] === "(" ? 1 : text[cut] === ")" ? -1 : 0;
  if (depth !== 0) return text.split(separator);
  items.push(text.slice(from));
  return items;
}

export function splitItems(text: string, split: ItemSplit): string[] {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  if (lines.length > 1 && lines.every((line) => BULLET_LINE.test(line))) {
    return lines.map((line) => withoutShortName(line.replace(BULLET_LINE, "").replace(/[\s.;,]+$/, "").replace(/\s+/g, " ").trim())).filter((item) => item !== "");
  }
  // One name a line, no bullet: each line is an item (nameLines.ts).
  const named = nameLines(text);
  if (named) return named.map((line) => withoutShortName(line.replace(/\s+/g, " ").trim().replace(ITEM_NUMBER, "").replace(/^\d{1,2}[.)][ \t]*/u, "").replace(/[\s.;,]+$/u, "")));
  // A clerk who parts the names by «;» leaves their commas and «và» to the names («Trung tâm Dịch vụ và Hỗ trợ đầu
  // tư; Ban Quản lý dự án …»), whatever separator the form's own wording uses (meaning/listItems.ts splitNames).
  const semicolons = split === "semicolons" || outsideBrackets(text, /;/).length > 1;
  const separator = semicolons ? /;/ : /,|\svà\s/;
  // The list's own full stop is no part of its last name («…; f) Trung tâm Phục vụ hành chính công tỉnh.\nVà 03 …»);
  // an ellipsis is («đề nghị làm đường giao thông nông thôn...»).
  return outsideBrackets(text, separator)
    .map((item) => withoutShortName(item.replace(/\s+/g, " ").trim().replace(ITEM_NUMBER, "").replace(/[\s;,]+$/u, "").replace(/(?<!\.)\.$/u, "")))
    .filter((item) => item !== "");
}
