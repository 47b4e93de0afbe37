/**
 * Recognition on varied text: every document of the corpus (the reference report, the reworded ones, the held-out
 * and published reports of other offices, the monthly form's) joined into one text of about 70 pages, recognised
 * with the quarterly form. The «Recognition» row repeats one report five times; here most numbers belong to no
 * figure of the form and every office words them its own way, so work done per figure × number shows.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recognizeFigures } from "../../src/domain/import/recognize";
import { CORPUS, documentText, truthFiles } from "../../tests/support/corpusMeasure";
import { REFERENCE_TEXT } from "../../tests/fixtures/referenceText";
import { REPORT } from "../../tests/support/forms";
import { median, ms, pass, type BenchRow } from "./types";

const TARGET_MS = 1000;
const PAGE = 3000;
const FOLDERS = ["reworded", "heldout", "published", "second-form"];

async function corpusText(): Promise<{ text: string; documents: number }> {
  const texts = [REFERENCE_TEXT];
  for (const folder of FOLDERS) {
    for (const truth of truthFiles(folder)) {
      const { document } = JSON.parse(readFileSync(join(CORPUS, truth), "utf8")) as { document: string };
      texts.push(await documentText(join(CORPUS, truth, "..", document)));
    }
  }
  return { text: texts.join("\n\n"), documents: texts.length };
}

export async function benchVariedRecognition(runs = 3): Promise<BenchRow> {
  const { text, documents } = await corpusText();
  const pages = Math.round(text.length / PAGE);
  recognizeFigures(text, REPORT); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    recognizeFigures(text, REPORT);
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  const middleCpu = median(cpu);
  const middle = median(times);
  return {
    measure: "Recognition, varied text",
    case: `${documents} corpus documents joined, ${pages} pages (${text.length} characters), median of ${runs}`,
    result: `${ms(middleCpu, 0)} CPU (${ms(middle, 0)} wall)`,
    target: `< ${TARGET_MS} ms`,
    status: pass(middleCpu < TARGET_MS),
    values: { medianCpuMs: middleCpu, medianWallMs: middle, pages, characters: text.length, documents },
  };
}
