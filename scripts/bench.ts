/**
 * npm run bench [-- --quick] [--json] [--no-build] [--trace]
 *
 * Measures the add-in as clerks and reviewers meet it and prints one table: Word round trips for "update all" (the
 * real gateway and store against the Word simulation, beside a naive writer), validation per keystroke, the task
 * pane's JavaScript at start, and start time in headless Chromium. --quick: only the sync counts, the pane's start
 * (≤ 2 syncs) and "update all" (≤ 2 syncs), for CI.
 * Exit code 1 when a row misses its target (the naive writer's rows are expected to).
 */
import { resolve } from "node:path";
import { benchComparison } from "./bench/comparison";
import { benchCompareTab } from "./bench/compareTab";
import { benchBundle, buildProduction, distIsCurrent } from "./bench/bundle";
import { benchCarriedOpen, benchLargeValidation } from "./bench/formRows";
import { benchLatency } from "./bench/latency";
import { benchRecognition } from "./bench/recognition";
import { benchVariedRecognition } from "./bench/recognitionVaried";
import { benchRoundTrips, CONTROL_COUNTS } from "./bench/roundTrips";
import { benchStartSyncs } from "./bench/startSyncs";
import { benchStartup } from "./bench/startup";
import { benchStoredScale } from "./bench/storedScale";
import { traceStart } from "./bench/trace";
import { renderTable } from "./bench/table";
import { benchTextScale } from "./bench/textScale";
import type { BenchRow } from "./bench/types";
import { benchValidation } from "./bench/validation";

const ROOT = resolve(__dirname, "..");
const USAGE = "usage: npm run bench [-- --quick] [--json] [--no-build] [--trace]";
const NOTE =
  "Word round trips: the simulation's own time, no round-trip delay (so the naive writer looks cheap there); Clerk\n" +
  "waits: the same with Word's round trip per sync (src/preview/wordSim/latency.ts), where the sync count is what costs.";

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => !["--quick", "--json", "--no-build", "--trace"].includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown argument ${unknown.join(" ")}\n${USAGE}\n`);
    return 2;
  }
  const quick = argv.includes("--quick");
  if (argv.includes("--trace")) {
    // Where the start's time goes, from one traced load (see scripts/bench/trace.ts); no table.
    if (!argv.includes("--no-build") && !distIsCurrent(ROOT)) buildProduction(ROOT);
    process.stdout.write(`${await traceStart(ROOT)}\n`);
    return 0;
  }
  const rows: BenchRow[] = [];
  rows.push(...(await benchStartSyncs(CONTROL_COUNTS)));
  rows.push(...(await benchRoundTrips(quick ? 1 : 5, !quick)));
  if (!quick) {
    rows.push(...(await benchLatency()));
    rows.push(benchValidation());
    rows.push(benchComparison());
    rows.push(benchLargeValidation());
    rows.push(await benchCarriedOpen());
    rows.push(...benchTextScale(ROOT), benchStoredScale());
    rows.push(benchRecognition(), await benchVariedRecognition());
    if (!argv.includes("--no-build") && !distIsCurrent(ROOT)) buildProduction(ROOT);
    rows.push(benchBundle(ROOT));
    rows.push(await benchStartup(ROOT));
    rows.push(await benchCompareTab(ROOT));
  }
  if (argv.includes("--json")) process.stdout.write(`${JSON.stringify({ quick, rows }, null, 2)}\n`);
  else process.stdout.write(`${renderTable(rows)}\n\n${NOTE}\n`);
  return rows.some((row) => row.status === "FAIL") ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
