/**
 * Finds the report's figures in plain text by the wording around them (see patterns/). Each field is bound to every
 * place its wording occurs, or left notFound, or marked ambiguous when the candidates disagree within one section or
 * another field claims the same characters: a wrong figure silently imported is worse than one typed by hand.
 */
import { parseField } from "../fieldValues";
import type { ReportDefinition } from "../report";
import type { FieldDef, FieldId } from "../types";
import { scanHeadings, whereAt, type Heading } from "./headings";
import { recognizeByMeaning } from "./meaning";
import type { Candidate } from "./meaning/candidates";
import { applyVetoes, exactOnly, vetoContext } from "./meaning/vetoes";
import { findNumbers, inputOf, tokenIndex, type NumberToken } from "./numbers";
import { patternsOf, splitItems, type FigurePattern, type PatternTable } from "./patterns";
import { lineAt, lineStarts } from "./text";
import type { Occurrence, Recognition } from "./types";

interface Context {
  text: string;
  headings: Heading[];
  starts: number[];
  /** Every number token by its start: a capture that is not a whole token is a cut number and never taken. */
  numbers: Map<number, NumberToken>;
}

export function recognizeFigures(
  text: string,
  report: ReportDefinition,
  patterns: PatternTable = patternsOf(report),
): Map<FieldId, Recognition> {
  const tokens = findNumbers(text);
  const context: Context = { text, headings: scanHeadings(text), starts: lineStarts(text), numbers: tokenIndex(tokens) };
  const result = new Map<FieldId, Recognition>();
  for (const field of report.fields) {
    const candidates = (patterns.get(field.id) ?? []).flatMap((pattern) => find(context, pattern));
    result.set(field.id, judge(field, dedupe(candidates)));
  }
  markOverlaps(result);
  // Exact wording is the strongest evidence; what it did not find is looked for by meaning.
  const meaning = recognizeByMeaning({ text, tokens: exactOnly(text, tokens, report), headings: context.headings, report, patterns, exact: result });
  const occurrence = (c: Candidate): Occurrence => ({
    start: c.token.start,
    end: c.token.end,
    text: c.token.text,
    input: c.token.kind === "zero" ? c.token.text : inputOf(c.token),
    line: lineAt(context.starts, c.token.start),
    where: whereAt(context.headings, c.token.start),
  });
  for (const [id, places] of meaning.bound) result.set(id, { state: "bound", occurrences: places.map(occurrence) });
  for (const [id, places] of meaning.unclear) result.set(id, { state: "ambiguous", candidates: places.map(occurrence) });
  // Precision layer: a bound figure that something around it says is not the form's becomes unclear (vetoes.ts).
  applyVetoes(vetoContext(text, report, patterns), report, result);
  return result;
}

function find(context: Context, pattern: FigurePattern): Occurrence[] {
  const found: Occurrence[] = [];
  for (const match of context.text.matchAll(pattern.re)) {
    const span = match.indices?.groups?.["v"];
    if (!span) continue;
    const [start, end] = span;
    const text = context.text.slice(start, end);
    const number = context.numbers.get(start);
    // A captured number must be a whole token (a text figure such as "10/2020" is taken as written).
    if (/^\d[\d.,\s]*%?$/.test(text) && (number?.end !== end || number.kind === "other")) continue;
    // A text figure that starts with a number ("10/2018") is taken whole, not as its first number.
    const whole = number?.end === end ? number : undefined;
    const input = pattern.items ? splitItems(text, pattern.items).join("\n") : whole ? inputOf(whole) : text.trim();
    found.push({ start, end, text, input, line: lineAt(context.starts, start), where: whereAt(context.headings, start) });
  }
  return found;
}

function dedupe(candidates: Occurrence[]): Occurrence[] {
  const byStart = new Map(candidates.map((o) => [o.start, o]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** Same value written twice in a section is a repetition; different values in one section is a guess we refuse. */
function judge(field: FieldDef, candidates: Occurrence[]): Recognition {
  if (candidates.length === 0) return { state: "notFound" };
  const valuesBySection = new Map<string, Set<string>>();
  for (const o of candidates) {
    const parsed = parseField(field, o.input);
    const key = parsed.ok ? JSON.stringify(parsed.value) : o.input;
    valuesBySection.set(o.where, (valuesBySection.get(o.where) ?? new Set()).add(key));
  }
  const disagree = [...valuesBySection.values()].some((values) => values.size > 1);
  return disagree ? { state: "ambiguous", candidates } : { state: "bound", occurrences: candidates };
}

/** Two fields bound to overlapping characters: one of the patterns is wrong, so neither is trusted. */
function markOverlaps(result: Map<FieldId, Recognition>): void {
  const spans: Array<{ id: FieldId; o: Occurrence }> = [];
  for (const [id, recognition] of result) {
    // A loop, not push(...spread): spreading 200,000 occurrences as arguments overflows the stack.
    if (recognition.state === "bound") for (const o of recognition.occurrences) spans.push({ id, o });
  }
  spans.sort((a, b) => a.o.start - b.o.start);
  const clashing = new Set<FieldId>();
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.o.start < spans[i]!.o.end; j++) {
      if (spans[j]!.id !== spans[i]!.id) clashing.add(spans[i]!.id).add(spans[j]!.id);
    }
  }
  for (const id of clashing) {
    const recognition = result.get(id);
    if (recognition?.state === "bound") result.set(id, { state: "ambiguous", candidates: recognition.occurrences });
  }
}
