/**
 * What the precision layer reads from a form alone (each field's words, its siblings, the parts of its sums: ~6 % of
 * recognising a report when read anew per document), kept per form definition and pattern table. The form's words are
 * read with the document's abbreviations in force (words.withDocumentWords): a document that says «(sau đây gọi tắt
 * là Trung tâm)» reads a label's «Trung tâm» as the whole name. So what is kept is keyed too by the document's
 * readings of the syllables the form writes; a document whose readings touch none of them shares the plain reading.
 */
import type { ReportDefinition } from "../../report";
import type { PatternTable } from "../patterns";
import { runsOf } from "./letterRuns";
import { documentWordsAmong, wordOf } from "./words";

interface Kept<T> {
  syllables: ReadonlySet<string>;
  byReadings: Map<string, T>;
}

const KEEP = 16;
const forms = new WeakMap<ReportDefinition, WeakMap<PatternTable, Kept<unknown>>>();

/** `read()` for this form and pattern table, read once per set of document readings that bear on the form. */
export function perForm<T>(report: ReportDefinition, patterns: PatternTable, read: () => T): T {
  let tables = forms.get(report);
  if (!tables) forms.set(report, (tables = new WeakMap()));
  let kept = tables.get(patterns) as Kept<T> | undefined;
  if (!kept) tables.set(patterns, (kept = { syllables: formSyllables(report, patterns), byReadings: new Map() }));
  const key = documentWordsAmong(kept.syllables);
  let found = kept.byReadings.get(key);
  if (found === undefined) {
    // Each document with readings of its own that touch the form adds one: a long session keeps only the latest few.
    if (kept.byReadings.size >= KEEP) kept.byReadings.clear();
    kept.byReadings.set(key, (found = read()));
  }
  return found;
}

/** Every syllable written anywhere in the form and its patterns, as words.ts spells it before reading synonyms. */
function formSyllables(report: ReportDefinition, patterns: PatternTable): Set<string> {
  const found = new Set<string>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const run of runsOf(value.normalize("NFC").toLowerCase(), "marks")) found.add(wordOf(run));
    } else if (value !== null && typeof value === "object" && !seen.has(value)) {
      seen.add(value);
      const items = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Object.values(value);
      for (const item of items) visit(item);
    }
  };
  visit(report);
  visit(patterns);
  return found;
}
