/**
 * What the engine binds in a corpus document, the pane must be able to place in Word: every figure bound is given a
 * search address (addresses.ts), or the clerk gets a list of figures «đã nhận diện» that the document never shows.
 * Measured on the .txt documents as the preview opens them (one paragraph a line); a list written over several lines
 * is the one thing a single control cannot hold.
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

describe("the pane places what the engine binds", () => {
  it.each(documents)("%s", (file, report) => {
    const truth = readTruth(file);
    const text = readFileSync(join(CORPUS, file.replace(/[^/]+$/, truth.document)), "utf8").replace(/\r\n?/g, "\n");
    const bound = [...recognizeFigures(text, report)].filter(([, r]) => r.state === "bound").map(([field]) => field);
    const plan = planBinding({ paragraphs: text.split("\n"), controls: [] }, report);
    const summary = plan.finish(plan.addresses);
    const placed = new Set(summary.bound.map((b) => b.field));
    const left = [...summary.ambiguous, ...summary.notFound].filter((u) => bound.includes(u.field) && !placed.has(u.field));
    expect(left.filter((u) => u.reason !== SPANS_PARAGRAPHS).map((u) => `${u.field}: ${u.reason}`)).toEqual([]);
    expect(bound.filter((f) => !placed.has(f)).length).toBe(left.length);
  });
});
