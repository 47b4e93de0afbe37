/**
 * What the engine binds in a corpus document, the pane must be able to place in Word: every figure bound is given a
 * search address (addresses.ts), or the clerk gets a list of figures «đã nhận diện» that the document never shows.
 * Measured on the .txt documents as the preview opens them (one paragraph a line). A list written over several lines
 * is one thing a single control cannot hold; the other is a value written twice in one row of a typed table («Giấy
 * khen (cá nhân)   0   01   01», 954): no stretch of the row holds the later «01» first, so the pane lists it for the
 * clerk with its reason (addresses.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { planBinding } from "../../../src/domain/import/paneBinding";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { CORPUS, readTruth, truthFiles } from "../../support/corpusMeasure";
import { REPORT, builtInDefinition } from "../../support/forms";

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

describe("the pane places what the engine binds", () => {
  it.each(documents)("%s", (file, report) => {
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
  });
});
