/** One line of the benchmark table. */
export interface BenchRow {
  measure: string;
  case: string;
  /** What was measured, for people. */
  result: string;
  target: string;
  /** INFO: reported beside the others, checked by nothing (a time that moves with the machine's load). */
  status: "PASS" | "FAIL" | "FAIL (expected)" | "INFO";
  /** Raw figures for --json. */
  values: Record<string, number>;
}

export const pass = (ok: boolean): BenchRow["status"] => (ok ? "PASS" : "FAIL");

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const ms = (value: number, digits = 2) => `${value.toFixed(digits)} ms`;
