/**
 * The metamorphic harness's measurement: a corpus document with a truth, rewritten by one transform
 * (tests/support/metamorphic), measured against the same truth. Figures lost are those right before and not after;
 * a wrong binding after a truth-preserving rewrite is a fault of recognition, whatever it bound before.
 */
import { join } from "node:path";
import type { ReportDefinition } from "../../src/domain/report";
import { CORPUS, documentText, measureText, readTruth, truthFiles, type Measure, type Truth } from "./corpusMeasure";
import { builtInDefinition, REPORT } from "./forms";
import { seeded, type Transform } from "./metamorphic";

export interface CorpusDocument {
  file: string;
  report: ReportDefinition;
}

/** Every document with a truth: reworded, held-out, published on the quarterly form; second-form on its own. */
export function corpusDocuments(): CorpusDocument[] {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  return [
    ...["reworded", "heldout", "published"].flatMap((d) => truthFiles(d).map((file) => ({ file, report: REPORT }))),
    ...truthFiles("second-form").map((file) => ({ file, report: monthly })),
  ];
}

/** Every number a truth holds (9.780 → 9780, «95,06%» → 95 and 6 too): a distractor must repeat none. */
function valuesOf(truth: Truth): Set<number> {
  const values = new Set<number>();
  for (const v of Object.values(truth.figures)) {
    for (const m of v.matchAll(/\d[\d.]*/g)) values.add(Number(m[0].replace(/\./g, "")));
    for (const m of v.matchAll(/\d+/g)) values.add(Number(m[0]));
  }
  return values;
}

/** The truth's names and descriptions that carry a number (list items, text figures), each as the text writes it. */
function namesOf(truth: Truth): string[] {
  return Object.values(truth.figures)
    .flatMap((v) => v.split("\n"))
    .filter((v) => /\p{L}/u.test(v) && /\d/.test(v));
}

const texts = new Map<string, Promise<{ truth: Truth; text: string }>>();

function source(file: string): Promise<{ truth: Truth; text: string }> {
  let found = texts.get(file);
  if (!found) {
    const truth = readTruth(file);
    found = documentText(join(CORPUS, file, "..", truth.document)).then((text) => ({ truth, text }));
    texts.set(file, found);
  }
  return found;
}

export async function rewritten(doc: CorpusDocument, transform: Transform): Promise<string> {
  const { truth, text } = await source(doc.file);
  return transform.rewrite(text, seeded(`${transform.name}|${doc.file}`), { truthValues: valuesOf(truth), truthNames: namesOf(truth) });
}

export async function measureOriginal(doc: CorpusDocument): Promise<Measure> {
  const { truth, text } = await source(doc.file);
  return measureText(truth, text, doc.report);
}

export async function measureTransformed(doc: CorpusDocument, transform: Transform): Promise<Measure> {
  const { truth } = await source(doc.file);
  const values = transform.values;
  const figures = values ? Object.fromEntries(Object.entries(truth.figures).map(([id, v]) => [id, values(v)])) : truth.figures;
  return measureText({ ...truth, figures }, await rewritten(doc, transform), doc.report);
}
