/**
 * npm run bench [-- --quick] [--json] [--no-build]
 *
 * Measures the add-in as clerks and reviewers meet it and prints one table: Word round trips for "update all" (the
 * real gateway and store against the Word simulation, beside a naive writer), validation per keystroke, the task
 * pane's JavaScript at start, and start time in headless Chromium. --quick: only the sync counts (for CI).
 * Exit code 1 when a row misses its target (the naive writer's rows are expected to).
 */
import { resolve } from "node:path";
import { benchBundle, buildProduction, distIsCurrent } from "./bench/bundle";
import { benchCarriedOpen, benchLargeValidation } from "./bench/formRows";
import { benchRoundTrips } from "./bench/roundTrips";
import { benchStartup } from "./bench/startup";
import { benchStoredScale } from "./bench/storedScale";
import { renderTable } from "./bench/table";
import { benchTextScale } from "./bench/textScale";
import type { BenchRow } from "./bench/types";
import { benchValidation } from "./bench/validation";

const ROOT = resolve(__dirname, "..");
const USAGE = "usage: npm run bench [-- --quick] [--json] [--no-build]";
const NOTE =
  "Times are the Word simulation's own cost: it has no round-trip latency, so the naive writer looks cheap here. In Word\n" +
  "every sync is a round trip (seconds with hundreds of controls, OfficeDev/office-js#2311): the sync count carries over.";

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => !["--quick", "--json", "--no-build"].includes(arg));
  if (unknown.length > 0) {
    process.stderr.write(`bench: unknown argument ${unknown.join(" ")}\n${USAGE}\n`);
    return 2;
  }
  const quick = argv.includes("--quick");
  const rows: BenchRow[] = [];
  rows.push(...(await benchRoundTrips(quick ? 1 : 5, !quick)));
  if (!quick) {
    rows.push(benchValidation());
    rows.push(benchLargeValidation());
    rows.push(await benchCarriedOpen());
    rows.push(...benchTextScale(ROOT), benchStoredScale());
    if (!argv.includes("--no-build") && !distIsCurrent(ROOT)) buildProduction(ROOT);
    rows.push(benchBundle(ROOT));
    rows.push(await benchStartup(ROOT));
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
