/**
 * What the figures already bound say about the others, once everything is bound. Three places where a number is
 * another bound figure's, whatever its words:
 * - a part of a total bound to a figure («đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529, đúng
 *   hạn 1.958, quá hạn 154»: the parts add up) is done as its total is: never a figure whose label says the opposite
 *   aspect of the same verb (files «đang giải quyết» are no part of files «đã giải quyết»). Which parts a total has
 *   varies between offices (overdue files are resolved files here, a third kind in the form), so the form's own sums
 *   are not the test;
 * - a percentage written right after a count («1.958 hồ sơ, chiếm tỷ lệ 12,5%») is that count's share: it is no
 *   percentage of another figure, nor of a part bound elsewhere; a share in brackets right after its count («30 hồ sơ
 *   (32,61%)», bracketShare.ts) is a figure's only when its count is that figure's part: while the count is unclear,
 *   so is its share;
 * - a table's total row («Tổng cộng») under rows bound to different figures adds those figures up: it is none of
 *   them, nor any figure but a total the form makes of them.
 * - a part larger than its whole (partOverWhole.ts) and that whole.
 * Such a figure is demoted to unclear, never dropped: the clerk sees the number and chooses.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { NumberToken } from "../numbers";
import type { Occurrence, Recognition } from "../types";
import { bracketShareEnd } from "./bracketShare";
import { partsOverWhole } from "./partOverWhole";
import { tableCell, TOTAL_LABEL } from "./tableGrid";
import { PARTS_ANNOUNCED } from "./words";

type Result = Map<FieldId, Recognition>;

/** «đã giải quyết» / «đang giải quyết»: a verb with its aspect word, from a label. */
function aspects(label: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of label.normalize("NFC").toLowerCase().matchAll(/(?<![\p{L}])(đã|đang)\s+(\p{L}+)/gu)) out.set(m[2]!, m[1]!);
  return out;
}

/** The two labels name the same verb with opposite aspects. */
function oppositeAspect(a: string, b: string): boolean {
  const x = aspects(a);
  return [...aspects(b)].some(([verb, aspect]) => x.has(verb) && x.get(verb) !== aspect);
}

/** Per field that the form makes a total: the figures it adds up (sum rules and sum formulas). */
function partsByTotal(report: ReportDefinition): Map<FieldId, Set<FieldId>> {
  const out = new Map<FieldId, Set<FieldId>>();
  const add = (total: FieldId, parts: readonly FieldId[]) => {
    const set = out.get(total) ?? new Set<FieldId>();
    for (const p of parts) set.add(p);
    out.set(total, set);
  };
  for (const r of report.rules) if (r.kind === "sum") add(r.total, r.parts);
  for (const f of report.fields) if (f.formula?.op === "sum") add(f.id, f.formula.of);
  return out;
}

/** The bound field of each start offset. */
function boundAt(result: Result): Map<number, FieldId> {
  const at = new Map<number, FieldId>();
  for (const [id, r] of result) if (r.state === "bound") for (const o of r.occurrences) at.set(o.start, id);
  return at;
}

/** Words that announce the parts of the number before them. */
const PARTS_FOLLOW = new RegExp(`^[^;.\\n]{0,30}?(?:${PARTS_ANNOUNCED})(?![\\p{L}])`, "iu");
const MAX_PARTS = 4;

/** The counts after `total` in its sentence, announced by «trong đó»/«gồm», that add up to it exactly. */
export function partsAfter(text: string, tokens: readonly NumberToken[], index: number): NumberToken[] {
  const total = tokens[index]!;
  if (total.kind !== "count" || typeof total.value !== "number" || total.value <= 0) return [];
  let f = index + 1;
  while (f < tokens.length && tokens[f]!.kind !== "count" && tokens[f]!.start - total.end < 40) f++;
  const first = tokens[f];
  if (!first || first.kind !== "count" || !PARTS_FOLLOW.test(text.slice(total.end, first.start))) return [];
  const parts: NumberToken[] = [];
  let sum = 0;
  for (let k = index + 1; k < tokens.length && parts.length < MAX_PARTS; k++) {
    const t = tokens[k]!;
    if (/[\n]|\.\s/.test(text.slice(tokens[k - 1]!.end, t.start))) break;
    if (t.kind === "percent") continue;
    if (t.kind !== "count" || typeof t.value !== "number") break;
    parts.push(t);
    sum += t.value;
    if (sum >= total.value) break;
  }
  return parts.length >= 2 && sum === total.value ? parts : [];
}

/** Between a count and the percentage it owns: its unit, then «chiếm (tỷ lệ)», «đạt», a bracket, nothing else. */
const SHARE = /^\s*[\p{L}\s]{0,12}?[\s,(:-]*(?:(?:chiếm|đạt|bằng)\s*(?:tỷ lệ|tỉ lệ)?\s*(?:là)?\s*)?[(:]?\s*$/iu;
/** «7.311 hồ sơ nộp trực tuyến (chiếm 65,65%)»: a longer description of the count, when «chiếm» says whose share it is. */
const SHARE_DESCRIBED = /^\s*[\p{L}\s]{0,40}?[\s,(:-]*chiếm\s*(?:tỷ lệ|tỉ lệ)?\s*(?:là)?\s*[(:]?\s*$/iu;

const sharesOf = (between: string) => SHARE.test(between) || SHARE_DESCRIBED.test(between);

function demote(result: Result, id: FieldId): void {
  const r = result.get(id);
  if (r?.state === "bound") result.set(id, { state: "ambiguous", candidates: r.occurrences as Occurrence[] });
}

export function demoteByNeighbours(text: string, tokens: readonly NumberToken[], report: ReportDefinition, result: Result): void {
  const totals = partsByTotal(report);
  const at = boundAt(result);
  const out = new Set<FieldId>();
  const label = (id: FieldId) => report.byId.get(id)?.label ?? "";
  tokens.forEach((t, i) => {
    const owner = at.get(t.start);
    if (owner === undefined) return;
    for (const p of partsAfter(text, tokens, i)) {
      const id = at.get(p.start);
      if (id !== undefined && id !== owner && oppositeAspect(label(owner), label(id))) out.add(id);
    }
  });
  tokens.forEach((t, i) => {
    if (t.kind !== "percent") return;
    const id = at.get(t.start);
    const formula = id === undefined ? undefined : report.byId.get(id)?.formula;
    if (formula?.op !== "percentOf") return;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.kind === "other") k--;
    const last = tokens[k];
    if (!last || last.kind !== "count" || !sharesOf(text.slice(last.end, t.start))) return;
    // «3/29 lượt … chiếm 10,35%»: the share is the numerator's, not the whole's after the slash.
    const over = k > 0 && tokens[k - 1]!.kind === "count" && /^\/$/.test(text.slice(tokens[k - 1]!.end, last.start));
    const before = over ? tokens[k - 1]! : last;
    const of = at.get(before.start);
    if (of !== undefined && of !== formula.part) out.add(id!);
    // «30 hồ sơ (32,61%)»: the bracket says the share is its count's and no other's; a count no figure took leaves
    // whose share it is as unclear as whose count.
    if (of === undefined && bracketShareEnd(text, last.end, t) !== null) out.add(id!);
    // «hồ sơ nộp trực tuyến 15.330 hồ sơ, chiếm 72,78%» when the part is bound elsewhere: the share of a count no
    // figure took, not the part's.
    const part = result.get(formula.part);
    if (of === undefined && part?.state === "bound" && !part.occurrences.some((o) => o.start === before.start)) out.add(id!);
  });
  for (const id of totalRowsOfFigures(text, tokens, result, totals, at)) out.add(id);
  for (const id of partsOverWhole(report, result)) out.add(id);
  for (const id of out) demote(result, id);
  // A percentage of a demoted figure was found beside it: it goes too.
  for (const f of report.fields) if (f.formula?.op === "percentOf" && out.has(f.formula.part)) demote(result, f.id);
}

/** Fields bound in a total row whose rows above are bound to two different figures or more. */
function totalRowsOfFigures(text: string, tokens: readonly NumberToken[], result: Result, totals: Map<FieldId, Set<FieldId>>, at: Map<number, FieldId>): FieldId[] {
  const out: FieldId[] = [];
  // The fields bound in each cell, by line and column, read once: a table of thousands of rows is walked once per
  // total row. Only the total's own column counts: «Cộng⇥128⇥104⇥24» under a row per unit adds up each column, and the
  // units' «định kỳ» bound above it make its «định kỳ» a total of them, not of two different figures.
  const onLine = new Map<string, Set<FieldId>>();
  const columnOf = (pos: number, from: number) => text.slice(from, pos).split(/[\t|]/).length - 1;
  for (const t of tokens) {
    const id = at.get(t.start);
    if (id === undefined) continue;
    const from = text.lastIndexOf("\n", t.start - 1) + 1;
    const key = `${from}:${columnOf(t.start, from)}`;
    onLine.set(key, (onLine.get(key) ?? new Set<FieldId>()).add(id));
  }
  const lineOf = (pos: number) => {
    const from = text.lastIndexOf("\n", pos - 1) + 1;
    const end = text.indexOf("\n", pos);
    return { from, to: end === -1 ? text.length : end };
  };
  for (const t of tokens) {
    const id = at.get(t.start);
    if (id === undefined || result.get(id)?.state !== "bound") continue;
    const cell = tableCell(text, t);
    if (!cell || !TOTAL_LABEL.test(cell.label.trim())) continue;
    const column = columnOf(t.start, lineOf(t.start).from);
    const sameColumn = new Map<number, Set<FieldId>>();
    const anyColumn = new Map<number, Set<FieldId>>();
    for (let line = lineOf(t.start); line.from > 0; ) {
      line = lineOf(line.from - 1);
      const row = text.slice(line.from, line.to);
      if (!/[\t|]/.test(row)) break;
      const cells = row.split(/[\t|]/).length;
      const here = new Set<FieldId>();
      for (let c = 0; c < cells; c++) for (const f of onLine.get(`${line.from}:${c}`) ?? []) if (f !== id) here.add(f);
      if (here.size > 0) anyColumn.set(line.from, here);
      const own = new Set([...(onLine.get(`${line.from}:${column}`) ?? [])].filter((f) => f !== id));
      if (own.size > 0) sameColumn.set(line.from, own);
    }
    // Figures bound in the total's own column say what it adds up; with none there, those of the other columns do.
    const above = sameColumn.size > 0 ? sameColumn : anyColumn;
    const fields = new Set([...above.values()].flatMap((s) => [...s]));
    if (above.size < 2 || fields.size < 2) continue;
    if ([...fields].some((f) => totals.get(id)?.has(f))) continue;
    out.push(id);
  }
  return out;
}
