/**
 * The text check («Kiểm tra văn bản», citations + structure) and recognition («Nhận diện số liệu») on the reference
 * report repeated to 1,000, 10,000 and 100,000 lines, one document cited again on every 5th line (a text citing the
 * same document thousands of times made the old grouping quadratic). Linear passes keep the cost per line flat; the
 * target is the growth of the per-line cost from 10,000 to 100,000 lines, measured side by side in this run (a
 * quadratic pass makes it about 10×). Lines longer than 96 characters are cut at a word, the same for every size, so that
 * 100,000 lines stay under the 10 M-character text limit (src/domain/limits.ts; the reference's lines average 158).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkText } from "../../src/domain/import/paneCheck";
import { recognizeFigures } from "../../src/domain/import/recognize";
import { MAX_TEXT_CHARS } from "../../src/domain/limits";
import { REPORT } from "../../tests/support/forms";
import { median, pass, type BenchRow } from "./types";

const SIZES = [1_000, 10_000, 100_000] as const;
const MAX_GROWTH = 2;
const PERIOD = { quarter: 1, year: 2026 } as const;

const LINE_CHARS = 96;
const CITED = "Thực hiện Kế hoạch số 32/KH-UBND ngày 09/02/2026 của UBND tỉnh Sơn La về công tác dân vận, dân chủ.";

function repeated(lines: readonly string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => (i % 5 === 4 ? CITED : lines[i % lines.length]!));
}

/** Microseconds per line: the median of `runs` runs (the largest size once: it takes seconds). */
function perLine(run: () => unknown, lines: number, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return (median(times) * 1000) / lines;
}

function row(measure: string, cost: (paragraphs: string[]) => unknown, texts: ReadonlyMap<number, string[]>): BenchRow {
  cost(texts.get(SIZES[0])!); // JIT warm-up
  const us = SIZES.map((n) => perLine(() => cost(texts.get(n)!), n, n === 100_000 ? 1 : 3));
  const growth = us[2]! / us[1]!;
  return {
    measure,
    case: "reference report repeated to 1k / 10k / 100k lines, a citation every 5th",
    result: `${us.map((u) => u.toFixed(1)).join(" / ")} µs/line; ×${growth.toFixed(2)} from 10k to 100k`,
    target: `per-line cost ×≤ ${MAX_GROWTH} from 10k to 100k`,
    status: pass(growth <= MAX_GROWTH),
    values: { us1k: us[0]!, us10k: us[1]!, us100k: us[2]!, growth },
  };
}

export function benchTextScale(root: string): BenchRow[] {
  const reference = readFileSync(join(root, "../shared/reference/bao-cao-dan-chu-quy-I-2026.txt"), "utf8")
    .split("\n")
    .map((line) => (line.length <= LINE_CHARS ? line : line.slice(0, line.lastIndexOf(" ", LINE_CHARS))));
  const texts = new Map(SIZES.map((n) => [n, repeated(reference, n)]));
  const largest = texts.get(SIZES[2])!.join("\n").length;
  if (largest > MAX_TEXT_CHARS) throw new Error(`text-scale bench: ${largest} characters, over the ${MAX_TEXT_CHARS} limit`);
  return [
    row("Text check", (paragraphs) => checkText(paragraphs, PERIOD), texts),
    row("Recognition", (paragraphs) => recognizeFigures(paragraphs.join("\n"), REPORT), texts),
  ];
}
