/**
 * Recognition's CPU time in two trees side by side, to measure a speed-up on a machine others share: both trees'
 * recognizeFigures are loaded into one process and run alternately on the same texts, so both see the same load.
 *
 *   npm run side-by-side -- ROOT_A ROOT_B [runs=7] [lines=0] [referenceLines=0] [only=bench,varied,huge,reference]
 *
 * Texts: the 71-page bench text (the reference report repeated, as scripts/bench/recognition.ts), the varied text (the
 * corpus documents joined up to 71 pages and 4,000 numbers, as scripts/bench/recognitionVaried.ts) and, with `lines`,
 * hugeText's staff sentence that many times, with `referenceLines` the reference report's lines repeated to that many
 * lines (`only` picks some of these texts). Prints the median and minimum CPU ms of each tree and B/A. The texts and
 * forms are A's; each root is a checkout of the project (node_modules linked, ../shared beside it).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

type Recognize = typeof import("../src/domain/import/recognize").recognizeFigures;
type Report = typeof import("../tests/support/forms").REPORT;

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const cpuMs = (run: () => unknown) => {
  const from = process.cpuUsage();
  run();
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
};

async function variedText(root: string, reference: string): Promise<string> {
  const { CORPUS, documentText, truthFiles } = (await import(join(root, "tests/support/corpusMeasure"))) as typeof import("../tests/support/corpusMeasure");
  const { findNumbers } = (await import(join(root, "src/domain/import/numbers"))) as typeof import("../src/domain/import/numbers");
  const texts = [reference];
  for (const folder of ["reworded", "heldout", "published", "second-form"]) {
    for (const truth of truthFiles(folder)) {
      const { document } = JSON.parse(readFileSync(join(CORPUS, truth), "utf8")) as { document: string };
      const doc = await documentText(join(CORPUS, truth, "..", document));
      const next = [...texts, doc].join("\n\n");
      if (next.length <= 213_563 && findNumbers(next).length <= 4000) texts.push(doc);
    }
  }
  return texts.join("\n\n");
}

async function main(): Promise<void> {
  const [a, b] = [resolve(process.argv[2] ?? "."), resolve(process.argv[3] ?? ".")];
  const runs = Number(process.argv[4] ?? 7);
  const lines = Number(process.argv[5] ?? 0);
  const referenceLines = Number(process.argv[6] ?? 0);
  const only = new Set((process.argv[7] ?? "bench,varied,huge,reference").split(","));
  const { REFERENCE_TEXT } = (await import(join(a, "tests/fixtures/referenceText"))) as typeof import("../tests/fixtures/referenceText");
  const bench = Array.from({ length: Math.ceil((60 * 3000) / REFERENCE_TEXT.length) }, () => REFERENCE_TEXT).join("\n");
  const huge = Array.from({ length: lines }, () => "Công chức được giao là 55, đang thực hiện 46").join("\n");
  const referenceText = REFERENCE_TEXT.split("\n");
  const reference = Array.from({ length: referenceLines }, (_, i) => referenceText[i % referenceText.length]!).join("\n");
  const varied = only.has("varied") ? await variedText(a, REFERENCE_TEXT) : "";
  const trees: Array<{ recognize: Recognize; report: Report }> = [];
  for (const root of [a, b]) {
    const { recognizeFigures } = (await import(join(root, "src/domain/import/recognize"))) as typeof import("../src/domain/import/recognize");
    const { REPORT } = (await import(join(root, "tests/support/forms"))) as typeof import("../tests/support/forms");
    trees.push({ recognize: recognizeFigures, report: REPORT });
  }
  const cases: Array<[string, string, number]> = [];
  if (only.has("bench")) cases.push([`bench ${bench.length} chars`, bench, runs]);
  if (only.has("varied")) cases.push([`varied ${varied.length} chars`, varied, runs]);
  if (lines > 0 && only.has("huge")) cases.push([`huge ${lines} lines`, huge, 3]);
  if (referenceLines > 0 && only.has("reference")) cases.push([`reference ${referenceLines} lines`, reference, 3]);
  for (const [name, text, n] of cases) {
    for (const t of trees) t.recognize(text, t.report); // warm-up
    const cpu: number[][] = [[], []];
    for (let i = 0; i < n; i++) trees.forEach((t, k) => cpu[k]!.push(cpuMs(() => t.recognize(text, t.report))));
    const [ma, mb] = cpu.map(median) as [number, number];
    const [na, nb] = cpu.map((x) => Math.min(...x)) as [number, number];
    const all = cpu.map((x) => x.map((v) => v.toFixed(0)).join(" "));
    console.log(`${name}: A ${ma.toFixed(0)} ms, B ${mb.toFixed(0)} ms CPU (median of ${n}); B/A = ${(mb / ma).toFixed(2)}; min A ${na.toFixed(0)} B ${nb.toFixed(0)} = ${(nb / na).toFixed(2)}   [A ${all[0]}] [B ${all[1]}]`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
