/** Prints the benchmark rows as one plain-text table (fixed-width columns, no dependency). */
import type { BenchRow } from "./types";

const HEADERS = ["Measure", "Case", "Result", "Target", "Status"] as const;

export function renderTable(rows: readonly BenchRow[]): string {
  const cells = rows.map((row) => [row.measure, row.case, row.result, row.target, row.status]);
  const widths = HEADERS.map((header, i) => Math.max(header.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: readonly string[]) => values.map((value, i) => value.padEnd(widths[i]!)).join(" | ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("-|-");
  return [line(HEADERS), rule, ...cells.map(line)].join("\n");
}
