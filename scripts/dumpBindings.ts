/**
 * Every binding recognition makes, written to a JSON file, to prove that a change which should change nothing (a
 * clean-up, a speed-up) changes no binding. Written for each corpus document (reworded, heldout, published,
 * second-form) under BOTH built-in forms: field → state, occurrences or candidates (text, line, offsets, input); the
 * reference report and the 71-page bench text; and `npm run check`'s result (checkReport and the pane's checkText) of
 * each document under its own form. With --matrix also every metamorphic rewrite × document (tests/support/metamorphic).
 *
 *   npm run bindings -- OUT.json [--matrix] [--only PREFIX]   dump the tree this script is in
 *   npm run bindings -- --compare A.json B.json               list the entries that differ (exit 1 if any)
 *
 * Dump the tree before the change (a copy of main: `git worktree add` or `git archive main | tar -x -C DIR`, with
 * node_modules linked and ../shared beside it), then after, and compare: 0 differences is the bar.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { recognizeFigures } from "../src/domain/import/recognize";
import { checkReport } from "../src/domain/import/checkReport";
import { checkText } from "../src/domain/import/paneCheck";
import type { ReportDefinition } from "../src/domain/report";
import { CORPUS, documentText, readTruth } from "../tests/support/corpusMeasure";
import { REPORT, builtInDefinition } from "../tests/support/forms";
import { REFERENCE_TEXT } from "../tests/fixtures/referenceText";
import { TRANSFORMS } from "../tests/support/metamorphic";
import { corpusDocuments, rewritten } from "../tests/support/metamorphicMeasure";

type Dump = Record<string, unknown>;

function compare(a: Dump, b: Dump): number {
  let diffs = 0;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) continue;
    diffs++;
    if (diffs > 20) continue;
    const x = (a[key] ?? {}) as Dump;
    const y = (b[key] ?? {}) as Dump;
    const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f]));
    console.log(`DIFF ${key}: ${fields.slice(0, 8).join(", ")}`);
    for (const f of fields.slice(0, 2)) console.log(`  A ${JSON.stringify(x[f])?.slice(0, 300)}\n  B ${JSON.stringify(y[f])?.slice(0, 300)}`);
  }
  console.log(`${Object.keys(a).length} vs ${Object.keys(b).length} entries, ${diffs} differing`);
  return diffs;
}

async function dump(out: string, matrix: boolean, only: string): Promise<void> {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  const dumped: Dump = {};
  const recognise = (key: string, text: string, report: ReportDefinition) => {
    dumped[key] = Object.fromEntries([...recognizeFigures(text, report)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  };
  const check = (key: string, text: string, report: ReportDefinition) => {
    try {
      dumped[`${key} | check`] = checkReport(text, { report });
    } catch (e) {
      dumped[`${key} | check`] = `THROWS ${(e as Error).message}`;
    }
    dumped[`${key} | checkText`] = checkText(text.split("\n"), { quarter: 1, year: 2026 }, report);
  };
  const started = process.cpuUsage();
  recognise("reference", REFERENCE_TEXT, REPORT);
  check("reference", REFERENCE_TEXT, REPORT);
  recognise("bench", Array.from({ length: 6 }, () => REFERENCE_TEXT).join("\n"), REPORT);
  // Each document with its own form (the monthly form's folder, second-form/, with the monthly definition).
  const docs = corpusDocuments().filter((d) => d.file.startsWith(only));
  for (const { file, report } of docs) {
    const text = await documentText(join(CORPUS, file, "..", readTruth(file).document));
    for (const form of [REPORT, monthly]) recognise(`${file} | ${form.id ?? form.title}`, text, form);
    check(file, text, report);
  }
  if (matrix) {
    for (const t of TRANSFORMS) for (const doc of docs) recognise(`${t.name} x ${doc.file}`, await rewritten(doc, t), doc.report);
  }
  const used = process.cpuUsage(started);
  writeFileSync(out, JSON.stringify(dumped));
  console.log(`${Object.keys(dumped).length} entries written to ${out} (${((used.user + used.system) / 1e6).toFixed(1)} s CPU)`);
}

const args = process.argv.slice(2);
if (args[0] === "--compare") {
  const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Dump;
  process.exit(compare(read(args[1]!), read(args[2]!)) > 0 ? 1 : 0);
} else if (args[0] === undefined || args[0].startsWith("--")) {
  console.error("npm run bindings -- OUT.json [--matrix] [--only PREFIX]  |  npm run bindings -- --compare A.json B.json");
  process.exit(2);
} else {
  dump(args[0], args.includes("--matrix"), args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "") : "").catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
