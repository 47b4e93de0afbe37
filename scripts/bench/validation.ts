/**
 * Validation after one keystroke: the pane validates the whole report on every change, so one call of
 * validateFigures with the reference report's figures is what a keystroke costs.
 */
import { validateFigures } from "../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../tests/fixtures/referenceReport";
import { REPORT } from "../../tests/support/forms";
import { median, ms, pass, type BenchRow } from "./types";

const TARGET_MS = 1;
/** The field being typed: a digit is added, then removed, as a clerk correcting a figure would. */
const TYPED = "bcdc:motCuaVp.tiepNhan";

export function benchValidation(calls = 2000): BenchRow {
  const base = REFERENCE_FIGURES[TYPED] ?? "81";
  const keystroke = (i: number) => ({ ...REFERENCE_FIGURES, [TYPED]: i % 2 === 0 ? `${base}${i % 10}` : base });
  for (let i = 0; i < 200; i++) validateFigures(REPORT, keystroke(i), REFERENCE_PERIOD); // JIT warm-up
  const times: number[] = [];
  let problems = 0;
  for (let i = 0; i < calls; i++) {
    const raw = keystroke(i);
    const started = performance.now();
    problems += validateFigures(REPORT, raw, REFERENCE_PERIOD).problems.length;
    times.push(performance.now() - started);
  }
  const middle = median(times);
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
  return {
    measure: "Validation",
    case: `whole report after one keystroke (${REPORT.fields.length} fields, median of ${calls})`,
    result: `${ms(middle, 3)} (p95 ${ms(p95, 3)})`,
    target: `< ${TARGET_MS} ms`,
    status: pass(middle < TARGET_MS),
    values: { medianMs: middle, p95Ms: p95, fields: REPORT.fields.length, problemsPerCall: problems / calls },
  };
}
