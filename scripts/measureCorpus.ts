/**
 * Recognition measured against ground truths (tests/fixtures/corpus/README.md): per document and in total, the figures
 * it states that were bound right, bound wrong, left unclear for the clerk, or not found. A folder of documents not yet
 * in the repository (a held-out batch kept away from the recognizer's authors) is measured the same way.
 *
 *   npm run measure -- FOLDER [FOLDER …] [--detail] [--from N] [--to N]
 *
 * FOLDER: a folder under tests/fixtures/corpus (reworded, heldout, published, second-form) or any path holding
 * `*.truth.json` beside its documents. Truths whose ids start with the monthly form's prefix are measured with that
 * form, the rest with the quarterly one. --from/--to keep the documents whose name starts with a number in that range.
 * --detail lists every wrong, unclear and missing figure.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { CORPUS, documentText, measureText, type Measure, type Truth } from "../tests/support/corpusMeasure";
import { REPORT, builtInDefinition } from "../tests/support/forms";

const args = process.argv.slice(2);
const detail = args.includes("--detail");
const bound = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const from = bound("--from") ?? -Infinity;
const to = bound("--to") ?? Infinity;
const folders = args.filter((a, i) => !a.startsWith("--") && !["--from", "--to"].includes(args[i - 1] ?? ""));
if (folders.length === 0) {
  console.error("usage: npm run measure -- FOLDER [FOLDER …] [--detail] [--from N] [--to N]");
  process.exit(2);
}

const monthly = builtInDefinition("tiep-cong-dan-thang");

function folderPath(folder: string): string {
  if (isAbsolute(folder)) return folder;
  const inCorpus = join(CORPUS, folder);
  return existsSync(inCorpus) ? inCorpus : resolve(folder);
}

function numbered(name: string): boolean {
  const n = /^(\d+)/.exec(name);
  if (!n) return from === -Infinity && to === Infinity;
  return Number(n[1]) >= from && Number(n[1]) <= to;
}

interface Total {
  present: number;
  right: number;
  wrong: number;
}

async function main(): Promise<void> {
  const totals = new Map<string, Total>();
  for (const folder of folders) {
    const dir = folderPath(folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".truth.json") && numbered(f)).sort()) {
      const truth = JSON.parse(readFileSync(join(dir, file), "utf8")) as Truth;
      const ids = [...Object.keys(truth.figures), ...truth.absent];
      const isMonthly = ids.some((id) => id.startsWith(monthly.tagPrefix));
      const report = isMonthly ? monthly : REPORT;
      const m: Measure = measureText(truth, await documentText(join(dir, truth.document)), report);
      const formName = isMonthly ? "monthly" : "quarterly";
      const total = totals.get(formName) ?? { present: 0, right: 0, wrong: 0 };
      total.present += m.present;
      total.right += m.right;
      total.wrong += m.wrong.length;
      totals.set(formName, total);
      const share = m.present ? ((100 * m.right) / m.present).toFixed(1) : "—";
      console.log(
        `${m.right}/${m.present} (${share} %) ${m.wrong.length}W ${m.unclear.length}U ${m.missing.length}M  ${truth.document}`,
      );
      if (!detail) continue;
      for (const w of m.wrong) console.log(`   WRONG ${w}`);
      for (const u of m.unclear) console.log(`   UNCLEAR ${u}`);
      for (const x of m.missing) console.log(`   MISSING ${x}`);
    }
  }
  for (const [form, t] of totals) {
    console.log(`TOTAL ${form}: ${t.right}/${t.present} (${((100 * t.right) / Math.max(1, t.present)).toFixed(1)} %), ${t.wrong} wrong`);
  }
}

void main();
