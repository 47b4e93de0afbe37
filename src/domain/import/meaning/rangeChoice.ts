/**
 * A report that writes two different ranges of dates («từ ngày 2.1.2018 đến 17.5.2018 … Chỉ tính riêng trong tuần
 * (từ ngày 11.5.2018 đến 17.5.2018)») has not said by its dates alone which one is the period the form asks for: the
 * form's start and end fields, found by meaning, are then left for the clerk to choose (two clicks) rather than
 * guessed. The same range written twice is one range. Exact wordings are the form's own sentence and are kept.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { NumberToken } from "../numbers";
import type { PatternTable } from "../patterns";
import type { Recognition } from "../types";
import { dateKey } from "../writtenDates";
import { fieldEnd } from "./dateRange";

const BETWEEN = /^\s*,?\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?$/iu;

/** Distinct ranges written in the text: a date, «đến/tới/–», a date. */
function writtenRanges(text: string, tokens: readonly NumberToken[]): Set<string> {
  const dates = tokens.filter((t) => t.kind === "date");
  const ranges = new Set<string>();
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i]!, dates[i + 1]!];
    if (b.start - a.end <= 16 && BETWEEN.test(text.slice(a.end, b.start))) ranges.add(`${dateKey(a.text)}|${dateKey(b.text)}`);
  }
  return ranges;
}

export function leaveRangeChoice(
  text: string,
  tokens: readonly NumberToken[],
  report: ReportDefinition,
  patterns: PatternTable,
  exact: ReadonlySet<FieldId>,
  result: Map<FieldId, Recognition>,
): void {
  const ends = report.fields.filter((f) => f.kind === "date").map((f) => ({ f, end: fieldEnd(f, patterns.get(f.id) ?? []) }));
  const byMeaning = ends.filter(({ f, end }) => end !== null && !exact.has(f.id) && result.get(f.id)?.state === "bound");
  if (byMeaning.length === 0 || writtenRanges(text, tokens).size < 2) return;
  for (const { f } of byMeaning) {
    const r = result.get(f.id);
    if (r?.state === "bound") result.set(f.id, { state: "ambiguous", candidates: r.occurrences });
  }
}
