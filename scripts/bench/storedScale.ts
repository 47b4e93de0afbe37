/**
 * Reading the stored part (readStoredReport) with 1,000, 10,000 and 50,000 history entries (50,000 is about 6 MB,
 * under the 8 M-character cap): a linear read keeps the cost per entry flat. The old reader rebuilt a list per entry
 * and took 27 s for 20,000.
 */
import { emptyStoredReport, readStoredReport, storedReportToXml } from "../../src/domain/storedReport";
import { median, pass, type BenchRow } from "./types";

const SIZES = [1_000, 10_000, 50_000] as const;
const MAX_GROWTH = 2;

function partWith(entries: number): string {
  const report = emptyStoredReport({ quarter: 1, year: 2026 });
  for (let i = 0; i < entries; i++) {
    report.history.push({ field: "bcdc:hcc.tiepNhan", from: String(i), to: String(i + 1), at: "2026-03-05T08:00:00.000Z", by: "Nguyễn Văn A" });
  }
  report.unconfirmed = ["bcdc:hcc.tiepNhan"];
  return storedReportToXml(report);
}

export function benchStoredScale(): BenchRow {
  const parts = SIZES.map(partWith);
  readStoredReport(parts[0]!); // JIT warm-up
  // Median of 3: one garbage collection in a single run can swing a size by half.
  const us = SIZES.map((n, i) => {
    const times = [0, 1, 2].map(() => {
      const started = performance.now();
      readStoredReport(parts[i]!);
      return performance.now() - started;
    });
    return (median(times) * 1000) / n;
  });
  const growth = us[2]! / us[1]!;
  return {
    measure: "Stored part",
    case: "read with 1k / 10k / 50k history entries",
    result: `${us.map((u) => u.toFixed(1)).join(" / ")} µs/entry; ×${growth.toFixed(2)} from 10k to 50k`,
    target: `per-entry cost ×≤ ${MAX_GROWTH} from 10k to 50k`,
    status: pass(growth <= MAX_GROWTH),
    values: { us1k: us[0]!, us10k: us[1]!, us50k: us[2]!, growth },
  };
}
