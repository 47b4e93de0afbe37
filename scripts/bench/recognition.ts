/**
 * Recognition on a 60-page report: the reference report (about 12 pages) written five times over, as one text of
 * ~180 000 characters, recognised by wording and by meaning as `npm run check` and the pane do (the pane then binds
 * in 3 syncs whatever the number of figures: tests/office/bindFigures.test.ts).
 */
import { recognizeFigures } from "../../src/domain/import/recognize";
import { REPORT } from "../../tests/support/forms";
import { REFERENCE_TEXT } from "../../tests/fixtures/referenceText";
import { median, ms, pass, type BenchRow } from "./types";

const TARGET_MS = 1000;
/** A printed A4 page of a report holds about 3 000 characters. */
const PAGE = 3000;

export function benchRecognition(runs = 3): BenchRow {
  const copies = Math.ceil((60 * PAGE) / REFERENCE_TEXT.length);
  const text = Array.from({ length: copies }, () => REFERENCE_TEXT).join("\n");
  const pages = Math.round(text.length / PAGE);
  recognizeFigures(text, REPORT); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  let bound = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const result = recognizeFigures(text, REPORT);
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
    bound = [...result.values()].filter((r) => r.state === "bound").length;
  }
  const middle = median(times);
  const middleCpu = median(cpu);
  // CPU time is what recognition costs; wall time also counts the other processes of a shared machine.
  return {
    measure: "Recognition",
    case: `${pages}-page report (${text.length} characters), wording + meaning, median of ${runs}`,
    result: `${ms(middleCpu, 0)} CPU (${ms(middle, 0)} wall)`,
    target: `< ${TARGET_MS} ms`,
    status: pass(middleCpu < TARGET_MS),
    values: { medianCpuMs: middleCpu, medianWallMs: middle, pages, characters: text.length, fieldsBound: bound },
  };
}
