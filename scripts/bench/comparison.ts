/**
 * The comparison behind the «So sánh» tab on a 500-figure form: the previous quarter's and last year's values
 * computed from their stored figures (the current values the pane already holds), then one row per figure.
 */
import { compareFigures, periodValues } from "../../src/domain/comparison/compare";
import type { FormField } from "../../src/domain/form/types";
import type { Period } from "../../src/domain/types";
import { count, defineForm, percentOf } from "../../tests/domain/comparison/form";
import { median, ms, pass, type BenchRow } from "./types";

const TARGET_MS = 5;
const FIGURES = 500;
const SECTIONS = Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, number: String(i + 1), title: `Mục ${i + 1}` }));

/** Every fifth figure a percentage of the two counts before it, as real forms mix them. */
function bigForm() {
  const fields: FormField[] = [];
  for (let i = 0; i < FIGURES; i++) {
    const section = `s${i % SECTIONS.length}`;
    fields.push(i % 5 === 4 ? percentOf(`f${i}`, `Tỷ lệ ${i}`, section, `f${i - 2}`, `f${i - 1}`) : count(`f${i}`, `Số ${i}`, section));
  }
  const report = defineForm(fields, [], SECTIONS);
  return { report, fields: report.fields };
}

export function benchComparison(runs = 200): BenchRow {
  const { report, fields } = bigForm();
  const typed = (k: number) => Object.fromEntries(fields.filter((f) => !f.formula).map((f, i) => [f.id, String(100 + i * k)]));
  const now: Period = { quarter: 2, year: 2026 };
  const current = periodValues(report, typed(3), now);
  const previousFigures = typed(2);
  const lastYearFigures = typed(1);
  const once = () =>
    compareFigures({
      report,
      current,
      previous: periodValues(report, previousFigures, { quarter: 1, year: 2026 }),
      lastYear: periodValues(report, lastYearFigures, { quarter: 2, year: 2025 }),
    });
  for (let i = 0; i < 30; i++) once(); // JIT warm-up
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = once().length;
    times.push(performance.now() - started);
  }
  const middle = median(times);
  return {
    measure: "Comparison",
    case: `«So sánh», ${FIGURES}-figure form: two earlier periods' values + one row per figure (median of ${runs})`,
    result: `${ms(middle, 3)} (${rows} rows)`,
    target: `< ${TARGET_MS} ms`,
    status: pass(middle < TARGET_MS && rows === FIGURES),
    values: { medianMs: middle, rows },
  };
}
