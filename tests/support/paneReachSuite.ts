/**
 * The pane-reach suite (tests/domain/import/paneReach.test.ts says what it holds), dealt over two files by document.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planBinding } from "../../src/domain/import/paneBinding";
import { recognizeFigures } from "../../src/domain/import/recognize";
import type { ReportDefinition } from "../../src/domain/report";
import { CORPUS, readTruth, truthFiles } from "./corpusMeasure";
import { REPORT, builtInDefinition } from "./forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const documents = [
  ...["reworded", "heldout", "published"].flatMap((folder) => truthFiles(folder).map((f) => [f, REPORT] as const)),
  ...truthFiles("second-form").map((f) => [f, MONTHLY] as const),
].filter(([f]) => readTruth(f).document.endsWith(".txt"));

const SPANS_PARAGRAPHS = "số liệu nằm trên nhiều đoạn văn, không gắn được vào một ô";
const REPEATED = "cách viết quanh số liệu lặp lại trong đoạn, không xác định chắc chắn được vị trí";

/** The bound value stands more than once in its own line, nothing but spaces and other figures after it. */
function repeatedInRow(line: string, value: string): boolean {
  const at = [...line.matchAll(/\S+/g)].filter((m) => m[0] === value);
  return at.length >= 2 && /^[\d\s.,%+-]*$/u.test(line.slice(at[0]!.index));
}

/** Files the documents are dealt over (paneReach.test.ts, paneReach.part2.test.ts), so that jest runs them side by side. */
export const PANE_REACH_PARTS = 2;

export function paneReachSuite(part: number): void {
  describe(`the pane places what the engine binds (part ${part + 1} of ${PANE_REACH_PARTS})`, () => {
    it.each(documents.filter((_, i) => i % PANE_REACH_PARTS === part))("%s", (file, report) => {
      place(file, report);
    });
  });
}

function place(file: string, report: ReportDefinition): void {
  const truth = readTruth(file);
  const text = readFileSync(join(CORPUS, file.replace(/[^/]+$/, truth.document)), "utf8").replace(/\r\n?/g, "\n");
  const recognized = recognizeFigures(text, report);
  const bound = [...recognized].filter(([, r]) => r.state === "bound").map(([field]) => field);
  const lines = text.split("\n");
  const inRow = (field: (typeof bound)[number]) => {
    const r = recognized.get(field);
    const o = r?.state === "bound" ? r.occurrences[0] : undefined;
    return o !== undefined && repeatedInRow(lines[o.line - 1] ?? "", o.text);
  };
  const plan = planBinding({ paragraphs: text.split("\n"), controls: [] }, report);
  const summary = plan.finish(plan.addresses);
  const placed = new Set(summary.bound.map((b) => b.field));
  const left = [...summary.ambiguous, ...summary.notFound].filter((u) => bound.includes(u.field) && !placed.has(u.field));
  expect(left.filter((u) => u.reason !== SPANS_PARAGRAPHS && !(u.reason === REPEATED && inRow(u.field))).map((u) => `${u.field}: ${u.reason}`)).toEqual([]);
  expect(bound.filter((f) => !placed.has(f)).length).toBe(left.length);
}
