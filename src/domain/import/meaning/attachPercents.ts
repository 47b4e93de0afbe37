/**
 * A percentage of a figure found right after that figure: «77 hồ sơ, chiếm 95,06%», «7 766 hồ sơ (79,41 %)», a table's
 * next cell: that is how reports write a share, so it is looked for there before any percentage is scored by words.
 */
import type { FieldId } from "../../types";
import type { Candidate } from "./candidates";
import type { MeaningInput } from "./index";
import { respectiveAt } from "./respective";
import { overTotalAt } from "./overTotal";

/** How far after its part a percentage may be written, with nothing but words and punctuation between. */
const ATTACH_DISTANCE = 48;

export function attachPercents(
  input: MeaningInput,
  candidates: readonly Candidate[],
  spans: ReadonlyMap<FieldId, ReadonlyArray<{ start: number; end: number }>>,
  taken: Set<number>,
): Map<FieldId, Candidate> {
  const { text, tokens, report, exact } = input;
  const byStart = new Map(candidates.map((c) => [c.token.start, c]));
  const attached = new Map<FieldId, Candidate>();
  const parts = new Map<FieldId, number>();
  for (const f of report.fields) if (f.formula?.op === "percentOf") parts.set(f.formula.part, (parts.get(f.formula.part) ?? 0) + 1);
  for (const field of report.fields) {
    const formula = field.formula;
    if (formula?.op !== "percentOf" || exact.has(field.id) && exact.get(field.id)!.state !== "notFound" || spans.has(field.id)) continue;
    if (parts.get(formula.part) !== 1) continue;
    for (const part of spans.get(formula.part) ?? []) {
      // "chiếm 11,90% (10 hồ sơ)", «chiếm 11,9 phần trăm (10 hồ sơ)»: a part in brackets after a percentage is that percentage's; the next one is not.
      if (/(?:%|phần trăm)\s*\(\s*$/iu.test(text.slice(Math.max(0, part.start - 14), part.start))) continue;
      // «(38/141 hồ sơ)»: the figure is the whole of another count's fraction there, not a part a share follows.
      if (/\d\s*\/\s*$/.test(text.slice(Math.max(0, part.start - 3), part.start))) continue;
      // A bare «96,21» in a «Tỷ lệ (%)» column is a percentage as a candidate (layout.ts), not as a token.
      let next = tokens.find((t) => t.start >= part.end && (t.kind !== "other" || byStart.get(t.start)?.token.kind === "percent"));
      // «đã giải quyết 27.538 trên tổng số 28.436 hồ sơ, đạt 96,84%»: the share follows the whole it is taken of (overTotal.ts).
      let from = part.end;
      // …and its fraction's whole, «4.561/5.650 HS (tỷ lệ 80,7%)», as percentEvidence.ts reads past it.
      if (next && next.kind === "count" && (overTotalAt(text.slice(part.end, next.start)) !== -1 || text.slice(part.end, next.start) === "/")) {
        const whole = next;
        from = whole.end;
        next = tokens.find((t) => t.start >= whole.end && (t.kind !== "other" || byStart.get(t.start)?.token.kind === "percent"));
      }
      if (!next || byStart.get(next.start)?.token.kind !== "percent" || next.start - from > ATTACH_DISTANCE || taken.has(next.start)) continue;
      // «(8.802; 96,24%)»: a count and its share alone in one bracket, the «;» only sets them apart.
      const paired = text[part.start - 1] === "(" && /^\s*;\s*$/.test(text.slice(part.end, next.start)) && /^\s*\)/.test(text.slice(next.end, next.end + 3));
      if (!paired && /[;\n]|\.\s/.test(text.slice(from, next.start))) continue;
      const candidate = byStart.get(next.start);
      if (!candidate || pairedByPlace(text, next.start)) continue;
      if (text.slice(from, next.start).includes("\t") && farFromShare(tokens, part.start, spans.get(formula.whole)?.[0]?.start, candidate.token.value)) continue;
      attached.set(field.id, candidate);
      taken.add(next.start);
      break;
    }
  }
  return attached;
}

/**
 * «… lần lượt là 7.766, 130 và 960 hồ sơ, chiếm lần lượt 79,41%, 1,67% và 9,7%»: a share of a list of several paired
 * by place with its labels (respective.ts) is its own label's, not the share of the count it happens to follow.
 */
function pairedByPlace(text: string, start: number): boolean {
  const at = respectiveAt(text, start);
  return at !== null && at.list.labels !== null && at.list.values.length > 1;
}

/**
 * A table's next cell is a share of the count before it only when it is near that count's share of its whole: in
 * «| 176 | 168 | … | 8 | 95.45% |» (held-out 1201, columns «Đang GQ | Tỷ lệ GQ») the rate is the resolved ones', 168
 * of 176, not the 8 pending's. A share stated wrong by a slip stays near; one of another count is far.
 */
function farFromShare(tokens: MeaningInput["tokens"], partStart: number, wholeStart: number | undefined, percent: number | null): boolean {
  const part = tokens.find((t) => t.start === partStart)?.value;
  const whole = wholeStart === undefined ? undefined : tokens.find((t) => t.start === wholeStart)?.value;
  if (part == null || whole == null || percent === null || whole === 0) return false;
  return Math.abs((100 * part) / whole - percent) > 10;
}
