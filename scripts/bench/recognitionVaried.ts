/**
 * Recognition on varied text: the corpus's documents (the reference report, the reworded ones, the held-out and
 * published reports of other offices, the monthly form's) joined in that order into one text of at most 71 pages,
 * recognised with the quarterly form. The «Recognition» row repeats one report six times; here most numbers belong
 * to no figure of the form and every office words them its own way, so work done per figure × number shows. The text
 * stops before recognition by meaning would be skipped (past MAX_MEANING_NUMBERS numbers), which would make it cheap.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_MEANING_NUMBERS } from "../../src/domain/import/meaning";
import { findNumbers } from "../../src/domain/import/numbers";
import { recognizeFigures } from "../../src/domain/import/recognize";
import { CORPUS, documentText, truthFiles } from "../../tests/support/corpusMeasure";
import { REFERENCE_TEXT } from "../../tests/fixtures/referenceText";
import { REPORT } from "../../tests/support/forms";
import { median, ms, pass, type BenchRow } from "./types";

const TARGET_MS = 1000;
const PAGE = 3000;
/** As many characters as the «Recognition» row's 71 pages. */
const MOST_CHARACTERS = 213_563;
const FOLDERS = ["reworded", "heldout", "published", "second-form"];

async function corpusText(): Promise<{ text: string; documents: number; numbers: number }> {
  const texts = [REFERENCE_TEXT];
  for (const folder of FOLDERS) {
    for (const truth of truthFiles(folder)) {
      const { document } = JSON.parse(readFileSync(join(CORPUS, truth), "utf8")) as { document: string };
      const text = await documentText(join(CORPUS, truth, "..", document));
      const next = [...texts, text].join("\n\n");
      if (next.length <= MOST_CHARACTERS && findNumbers(next).length <= MAX_MEANING_NUMBERS) texts.push(text);
    }
  }
  const text = texts.join("\n\n");
  return { text, documents: texts.length, numbers: findNumbers(text).length };
}

export async function benchVariedRecognition(runs = 3): Promise<BenchRow> {
  const { text, documents, numbers } = await corpusText();
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
    case: `${documents} corpus documents joined, ${pages} pages (${text.length} characters, ${numbers} numbers), median of ${runs}`,
    result: `${ms(middleCpu, 0)} CPU (${ms(middle, 0)} wall)`,
    target: `< ${TARGET_MS} ms`,
    status: pass(middleCpu < TARGET_MS),
    values: { medianCpuMs: middleCpu, medianWallMs: middle, pages, characters: text.length, documents, numbers },
  };
}
