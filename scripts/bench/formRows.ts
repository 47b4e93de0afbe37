/**
 * Forms as data at scale: validation after one keystroke with a 500-field form (every third field computed, sums and
 * percentages, a rule per five fields), and the syncs of opening a document that carries it, beside one without.
 */
import { definitionFromForm } from "../../src/domain/form/toDefinition";
import type { FormField, ReportForm } from "../../src/domain/form/types";
import { emptyStoredReport, storedReportToXml } from "../../src/domain/storedReport";
import { validateFigures } from "../../src/domain/validate";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { carriedForm } from "../../src/taskpane/store/formActions";
import { median, ms, pass, type BenchRow } from "./types";

const N = 500;

export function largeForm(n = N): ReportForm {
  const fields: FormField[] = [];
  for (let i = 0; i < n; i++) {
    const id = `f${i}`;
    if (i % 3 === 2) fields.push({ id, label: `Tổng ${i}`, kind: "count", section: "I", formula: { op: "sum", of: [`f${i - 2}`, `f${i - 1}`] } });
    else fields.push({ id, label: `Số liệu ${i}`, kind: "count", section: "I", wording: [`mục ${i} có {N} hồ sơ`] });
  }
  const rules = fields.filter((_, i) => i % 5 === 0 && i % 3 !== 2 && i + 1 < n).map((f, j) => ({ id: `r${j}`, kind: "atMost" as const, small: f.id, big: `f${Number(f.id.slice(1)) + 1}`, severity: "warning" as const }));
  return {
    formatVersion: 1, id: "lon", version: "1", title: "Mẫu lớn", tagPrefix: "lon:", period: { kind: "quarter" },
    sections: [{ id: "I", number: "I", title: "Một", subsections: [{ id: "I", number: "I", title: "Một" }] }],
    fields, rules,
  };
}

export function benchLargeValidation(calls = 1000): BenchRow {
  const report = definitionFromForm(largeForm());
  const raw: Record<string, string> = {};
  report.fields.forEach((f, i) => { if (!f.formula) raw[f.id] = String(i); });
  const period = { quarter: 1 as const, year: 2026 };
  for (let i = 0; i < 100; i++) validateFigures(report, { ...raw, "lon:f0": String(i) }, period);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const typed = { ...raw, "lon:f0": String(i) };
    const started = performance.now();
    validateFigures(report, typed, period);
    times.push(performance.now() - started);
  }
  const middle = median(times);
  return { measure: "Validation", case: `500-field form after one keystroke (median of ${calls})`, result: ms(middle, 3), target: "< 1 ms", status: pass(middle < 1), values: { medianMs: middle, fields: N } };
}

async function openSyncs(carry: boolean): Promise<number> {
  installWordGlobals();
  const report = definitionFromForm(largeForm());
  const sim = createWordSimulation([{ runs: report.fields.slice(0, 50).flatMap((f) => [{ tag: f.id, title: f.label, text: "1" }, " "]) }]);
  const stored = { ...emptyStoredReport({ quarter: 1, year: 2026 }), ...(carry ? { form: carriedForm(report) } : {}) };
  sim.doc.addXmlPart(storedReportToXml(stored), STORE_NAMESPACE);
  // The pane starts with another form, so the carried one must be read and checked.
  const other = definitionFromForm({ ...largeForm(3), id: "khac", tagPrefix: "khac:" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => store.getState().report.tagPrefix }), now: () => new Date(), report: other });
  const { syncs } = await sim.measure(() => store.getState().start());
  if (carry && store.getState().report.fields.length !== N) throw new Error("the carried form was not used");
  return syncs;
}

export async function benchCarriedOpen(): Promise<BenchRow> {
  const [without, withForm] = [await openSyncs(false), await openSyncs(true)];
  return {
    measure: "Word round trips", case: "open a document carrying a 500-field form (beside one carrying none)",
    result: `${withForm} syncs (without a form: ${without})`, target: "no sync added by the form", status: pass(withForm === without), values: { syncs: withForm, syncsWithout: without },
  };
}
