/**
 * A form's sum rule read against another office's way of counting. The quarterly form counts late dossiers apart
 * from the resolved ones (the reference report: «đã giải quyết 7.766 (trong đó … trước hạn, … đúng hạn, … rút và trả
 * lại); 130 hồ sơ trễ …»), while many offices write them inside («Đã giải quyết 4.105 hồ sơ, trong đó trả trước hạn
 * 3.216, đúng hạn 821, rút và trả lại 46, trễ hạn 22; đang giải quyết 277»). Their sums hold by their own count, and the
 * form's rules would call both totals wrong by exactly that figure. A receiving office judges a report by the count it
 * writes, so a sum that misses by exactly a figure the report lists in the total's own breakdown is said as a note,
 * not as an error; so is a sum that counts a part twice because the report lists it inside another of its parts.
 *
 * Decided from the text only (where the bound figures stand and what lists them), over every `sum` rule of any form:
 * no field is named here. A miss that matches no listed figure stays an error (520's on-time dossiers typed 424 for
 * 442, the reference report's own 7.613 + 15 + 109 ≠ 7.766).
 */
import { fieldName } from "../fieldName";
import { numberOf, type Values } from "../compute";
import type { ReportDefinition } from "../report";
import type { FieldId, Problem, Rule } from "../types";
import { formatCount } from "../vnNumber";
import { numberClause } from "./meaning/numberClause";
import { findNumbers, type NumberToken } from "./numbers";
import { lineAt, lineStarts } from "./text";
import type { Occurrence, Recognitions } from "./types";

export interface ConventionNote {
  key: string;
  message: string;
  lines: number[];
}

type SumRule = Extract<Rule, { kind: "sum" }>;

/**
 * The problems the document's own count explains, taken out, and a note for each. `text` is read for the clauses
 * (recognize.ts followedText: a page's break joined), `written` (the document as written, one character for one) for
 * the lines the notes name.
 */
export function byOwnCount(
  text: string,
  report: ReportDefinition,
  values: Values,
  recognitions: Recognitions,
  problems: readonly Problem[],
  written: string = text,
): { problems: Problem[]; notes: ConventionNote[] } {
  const failed = new Set(problems.map((p) => p.key));
  const notes: ConventionNote[] = [];
  const explained = new Set<string>();
  for (const rule of report.rules) {
    if (rule.kind !== "sum" || !failed.has(rule.id)) continue;
    const note = countedInside(text, report, rule, values, recognitions, written) ?? countedTwice(text, report, rule, values, recognitions);
    if (!note) continue;
    explained.add(rule.id);
    notes.push(note);
  }
  return { problems: problems.filter((p) => !explained.has(p.key)), notes };
}

const n = formatCount;

function placesOf(recognitions: Recognitions, id: FieldId): Occurrence[] {
  const r = recognitions.get(id);
  return r?.state === "bound" ? r.occurrences : [];
}

function valuesOf(rule: SumRule, values: Values): { total: number; parts: number[] } | null {
  const total = numberOf(values, rule.total);
  const parts = rule.parts.map((id) => numberOf(values, id));
  if (total === undefined || parts.some((p) => p === undefined)) return null;
  return { total, parts: parts as number[] };
}

/**
 * The total is more than its parts by exactly a count the report lists in the total's breakdown; or the report's own
 * breakdown adds up to it while the form's parts do not (330: late dossiers inside, withdrawn ones after the «;»).
 */
function countedInside(text: string, report: ReportDefinition, rule: SumRule, values: Values, recognitions: Recognitions, written: string): ConventionNote | null {
  const v = valuesOf(rule, values);
  if (!v) return null;
  const gap = v.total - v.parts.reduce((a, b) => a + b, 0);
  if (gap <= 0) return ownBreakdownHolds(text, report, rule, v.total, recognitions, written);
  const partStarts = new Set(rule.parts.flatMap((id) => placesOf(recognitions, id).map((o) => o.start)));
  for (const total of placesOf(recognitions, rule.total)) {
    const inside = breakdownOf(text, total).find((t) => t.kind === "count" && t.value === gap && !partStarts.has(t.start));
    if (!inside) continue;
    const named = boundFieldAt(recognitions, inside.start);
    const what = named ? `«${fieldName(report, named)}» ${inside.text}` : `«${wordsBefore(text, inside.start)} ${inside.text}»`;
    const terms = [...v.parts.map(n), inside.text].join(" + ");
    return {
      key: `convention.inside:${rule.id}`,
      lines: [total.line, lineOf(written, inside.start)].filter((l, i, all) => all.indexOf(l) === i),
      message:
        `Không báo lỗi tổng «${fieldName(report, rule.total)}» ${n(v.total)}: văn bản tính cả ${what} trong số này ` +
        `(${terms} = ${n(v.total)}), còn mẫu tính riêng.`,
    };
  }
  return ownBreakdownHolds(text, report, rule, v.total, recognitions, written);
}

/** The counts the report lists under the total add up to it exactly: the report's own sum holds. */
function ownBreakdownHolds(text: string, report: ReportDefinition, rule: SumRule, total: number, recognitions: Recognitions, written: string): ConventionNote | null {
  for (const place of placesOf(recognitions, rule.total)) {
    const listed = breakdownOf(text, place).filter((t) => t.kind === "count");
    if (listed.length < 2 || listed.reduce((sum, t) => sum + t.value, 0) !== total) continue;
    return {
      key: `convention.own:${rule.id}`,
      lines: [...new Set([place.line, ...listed.map((t) => lineOf(written, t.start))])].sort((a, b) => a - b),
      message:
        `Không báo lỗi tổng «${fieldName(report, rule.total)}» ${n(total)}: các số văn bản kể trong số này cộng lại đúng ` +
        `(${listed.map((t) => t.text).join(" + ")} = ${n(total)}); văn bản chia số này khác cách chia của mẫu.`,
    };
  }
  return null;
}

/** The parts are more than the total by exactly a part the report lists inside another part's breakdown. */
function countedTwice(text: string, report: ReportDefinition, rule: SumRule, values: Values, recognitions: Recognitions): ConventionNote | null {
  const v = valuesOf(rule, values);
  if (!v) return null;
  const excess = v.parts.reduce((a, b) => a + b, 0) - v.total;
  if (excess <= 0) return null;
  for (const [i, twice] of rule.parts.entries()) {
    if (v.parts[i] !== excess) continue;
    const twicePlaces = placesOf(recognitions, twice);
    for (const [j, host] of rule.parts.entries()) {
      if (j === i) continue;
      const hostPlace = placesOf(recognitions, host).find((o) => breakdownOf(text, o).some((t) => twicePlaces.some((p) => p.start === t.start)));
      if (!hostPlace) continue;
      return {
        key: `convention.twice:${rule.id}`,
        lines: [hostPlace.line, ...twicePlaces.map((p) => p.line)].filter((l, k, all) => all.indexOf(l) === k).sort((a, b) => a - b),
        message:
          `Không báo lỗi tổng «${fieldName(report, rule.total)}» ${n(v.total)}: văn bản đã tính «${fieldName(report, twice)}» ` +
          `${n(excess)} trong «${fieldName(report, host)}» ${n(v.parts[j]!)}, nên cộng thêm lần nữa thì thừa đúng ${n(excess)}.`,
      };
    }
  }
  return null;
}

function boundFieldAt(recognitions: Recognitions, start: number): FieldId | null {
  for (const [id, r] of recognitions) if (r.state === "bound" && r.occurrences.some((o) => o.start === start)) return id;
  return null;
}

/** The 1-based line of an unbound count in the document as written (bound ones carry theirs); asked only when a note is made. */
function lineOf(text: string, at: number): number {
  return lineAt(lineStarts(text), at);
}

/** The few words that name a listed count («trễ hạn» of «…, trễ hạn 22»), back to the list's last comma or mark. */
function wordsBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 40), at);
  const cut = Math.max(head.lastIndexOf(","), head.lastIndexOf("("), head.lastIndexOf(":"), head.lastIndexOf("-"), head.lastIndexOf("\t"));
  return head.slice(cut + 1).trim();
}

/** A bracket naming another period than the figure's own: the year's, last quarter's, the same time last year. */
const OTHER_PERIOD = /(?<![\p{L}])(?:cả năm|năm \d{4}|cùng kỳ|quý (?:[IVX]+|\d)(?![\p{L}\d])|quý trước|kỳ trước|tháng trước|l[ũu]y kế|từ đầu năm)/iu;

/** Before the breakdown: the total's unit and share («hồ sơ, đạt 93,68%,»), no other count. */
const CUE = /(?:trong đó|bao gồm|gồm|cụ thể)\s*:?/iu;
/** The cue opening a clause. */
const CUE_OPENS = new RegExp(`^\\s*${CUE.source}`, CUE.flags);
const LIST_ITEM = /^\s*(?:[-+•–]|[a-zđ]\)|\d+\))\s/u;

/**
 * The counts a report lists as the parts of the figure at `o`: the bracket right after it and its share («1.241 hồ
 * sơ, đạt 96,50% (trước hạn 1.032, …, trễ hạn 06)»), the rest of its clause after «trong đó / gồm» («…, trong đó trả trước hạn …, trễ hạn 22»),
 * or the list lines under it («trong đó:» then «- Trả trước hạn: …»; a table's «- Trễ, quá hạn» rows, in its column).
 */
export function breakdownOf(text: string, o: Pick<Occurrence, "start" | "end">): NumberToken[] {
  const clause = numberClause(text, o.start, o.end);
  const after = text.slice(o.end, clause.to);
  const open = after.indexOf("(");
  if (open >= 0 && onlyShares(after.slice(0, open)) && !CUE.test(after.slice(0, open))) {
    const close = closingBracket(text, o.end + open);
    // A bracket of no count, or of another period's, is an aside («(quý III: 95,1%)», «(cả năm 117.320 hồ sơ, đạt
    // 98,76%)»): the breakdown may follow it («…, gồm trước hạn …»).
    const inBracket = close > 0 ? numbersIn(text, o.end + open + 1, close) : [];
    if (inBracket.some((t) => t.kind === "count") && !OTHER_PERIOD.test(text.slice(o.end + open + 1, close))) return inBracket;
  }
  // «đã giải quyết 2.781 hồ sơ, đạt 97,72%; trong đó trả trước hạn 2.215 …, trễ hạn 15 hồ sơ»: the breakdown opened
  // by «trong đó» after the share's «;» is still this figure's.
  if (!CUE.test(after) && onlyShares(after) && text[clause.to] === ";") {
    const next = numberClause(text, clause.to + 1, clause.to + 1);
    const opened = CUE_OPENS.exec(text.slice(clause.to + 1, next.to));
    if (opened && text.slice(clause.to + 1 + opened[0].length, next.to).trim() !== "") return numbersIn(text, clause.to + 1 + opened[0].length, next.to);
  }
  const cue = CUE.exec(after);
  // Between the figure and its cue, an aside bracket of another period says nothing of the breakdown.
  if (cue && onlyShares(after.slice(0, cue.index).replace(/\([^()\n]*\)/gu, (b) => (OTHER_PERIOD.test(b) ? " " : b)))) {
    const from = o.end + cue.index + cue[0].length;
    if (text.slice(from, clause.to).trim() !== "") return numbersIn(text, from, clause.to);
  }
  return listUnder(text, o, clause.to);
}

/** Nothing but words, commas and percentages between the figure and its cue. */
function onlyShares(between: string): boolean {
  return findNumbers(between).every((t) => t.kind === "percent" || /^\s*%/u.test(between.slice(t.end)));
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length && text[i] !== "\n"; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

function numbersIn(text: string, from: number, to: number): NumberToken[] {
  return findNumbers(text.slice(from, to)).map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
}

/**
 * The list lines right under the figure's line, when its line says no more after it (or ends on its cue): in a table
 * (tab-separated), each line's cell in the figure's column; otherwise each line's counts.
 */
function listUnder(text: string, o: Pick<Occurrence, "start" | "end">, clauseEnd: number): NumberToken[] {
  const lineEnd = text.indexOf("\n", o.end) === -1 ? text.length : text.indexOf("\n", o.end);
  if (clauseEnd < lineEnd && text.slice(clauseEnd, lineEnd).trim() !== "") return [];
  const lineStart = text.lastIndexOf("\n", o.start - 1) + 1;
  const rest = text.slice(o.end, lineEnd);
  const tabled = text.slice(lineStart, o.start).includes("\t");
  if (!tabled && findNumbers(rest).some((t) => t.kind === "count")) return [];
  const column = tabled ? text.slice(lineStart, o.start).split("\t").length - 1 : -1;
  const found: NumberToken[] = [];
  let at = lineEnd + 1;
  while (at < text.length) {
    const end = text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at);
    const line = text.slice(at, end);
    if (!LIST_ITEM.test(line)) {
      // A share row between the items («Tỷ lệ trả sớm hạn 19,78%») belongs to the list; anything else ends it.
      if (!(tabled && /^\s*tỷ lệ/iu.test(line))) break;
    } else if (tabled) {
      const cells = line.split("\t");
      const cellStart = at + cells.slice(0, column).reduce((sum, c) => sum + c.length + 1, 0);
      if (column < cells.length) found.push(...numbersIn(text, cellStart, cellStart + cells[column]!.length));
    } else found.push(...numbersIn(text, at, end));
    at = end + 1;
  }
  return found;
}
