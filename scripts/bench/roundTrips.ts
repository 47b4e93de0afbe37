/**
 * Word round trips for "update all": the real gateway driven by the real store, against the Word simulation that
 * counts syncs, beside a naive writer (one sync per control) written here only to compare with.
 *
 * Each document holds `n` of our controls, cycling over every field the reference report's figures can write, all
 * showing an old text the add-in wrote before (the stored report says so), so "update all" must write every one.
 */
import { blockedFields, planUpdate } from "../../src/domain/updatePlan";
import { emptyStoredReport, storedReportToXml } from "../../src/domain/storedReport";
import { validateFigures } from "../../src/domain/validate";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../tests/fixtures/referenceReport";
import { REPORT } from "../../tests/support/forms";
import { median, ms, pass, type BenchRow } from "./types";

export const CONTROL_COUNTS = [60, 600, 3000] as const;
const MAX_SYNCS = 2;
/** What every control shows before the update; the stored report records it as the add-in's last write. */
const OLD_TEXT = "…";
/* The store runs in the reference report's quarter, so the period's own fields have values. */
const NOW = new Date("2026-03-20T08:00:00Z");

installWordGlobals();

const review = validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD);
const blocked = blockedFields(REPORT, review.problems);
/** Fields "update all" writes with the reference figures: a value, and nothing it depends on in error. */
const WRITABLE = REPORT.fields.filter((field) => review.values.get(field.id) != null && !blocked.has(field.id));

function benchDocument(n: number): SimParagraph[] {
  const paragraphs: SimParagraph[] = [];
  for (let i = 0; i < n; i += 5) {
    const runs: SimParagraph["runs"] = [`Đoạn ${i / 5 + 1}: `];
    for (let j = i; j < Math.min(n, i + 5); j++) {
      const field = WRITABLE[j % WRITABLE.length]!;
      runs.push({ tag: field.id, title: field.label, text: OLD_TEXT }, "; ");
    }
    paragraphs.push({ runs });
  }
  return paragraphs;
}

function benchSimulation(n: number, syncDelayMs = 0): WordSimulation {
  const sim = createWordSimulation(benchDocument(n), { author: "Chuyên viên", syncDelayMs });
  const written = Object.fromEntries(WRITABLE.map((field) => [field.id, OLD_TEXT]));
  const stored = { ...emptyStoredReport(REFERENCE_PERIOD), figures: { ...REFERENCE_FIGURES }, written };
  sim.doc.addXmlPart(storedReportToXml(stored), STORE_NAMESPACE);
  return sim;
}

export interface Sample {
  syncs: number;
  ms: number;
  written: number;
}

/** The add-in's way: the store plans, the gateway reads once and writes once. */
export async function throughGateway(n: number, syncDelayMs = 0): Promise<Sample> {
  const sim = benchSimulation(n, syncDelayMs);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  const measured = await sim.measure(() => store.getState().updateDocument());
  const notice = store.getState().notice;
  if (notice?.intent === "error") throw new Error(`update failed: ${notice.text}`);
  return { syncs: measured.syncs, ms: measured.ms, written: sim.controls().filter((c) => c.text !== OLD_TEXT).length };
}

/** NAIVE, for comparison only: the same plan, then one `context.sync()` after every control it writes. */
export async function naive(n: number): Promise<Sample> {
  const sim = benchSimulation(n);
  const baseline = Object.fromEntries(WRITABLE.map((field) => [field.id, OLD_TEXT]));
  const measured = await sim.measure(() =>
    sim.run(async (context) => {
      const controls = context.document.contentControls;
      controls.load("id,tag,text");
      await context.sync();
      const plan = planUpdate({
        report: REPORT,
        values: validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD).values,
        problems: review.problems,
        controls: controls.items.map(({ id, tag, text }) => ({ id, tag, text })),
        baseline,
      });
      for (const control of controls.items) {
        const text = plan.texts.get(control.id);
        if (text === undefined) continue;
        control.insertText(text, Word.InsertLocation.replace);
        await context.sync();
      }
    }),
  );
  return { syncs: measured.syncs, ms: measured.ms, written: sim.controls().filter((c) => c.text !== OLD_TEXT).length };
}

async function sample(run: (n: number) => Promise<Sample>, n: number, repeats: number): Promise<Sample> {
  await run(Math.min(n, 60)); // warm-up: the first run pays for JIT compilation
  const samples: Sample[] = [];
  for (let i = 0; i < repeats; i++) samples.push(await run(n));
  return {
    syncs: Math.max(...samples.map((s) => s.syncs)),
    ms: median(samples.map((s) => s.ms)),
    written: Math.min(...samples.map((s) => s.written)),
  };
}

function describe(s: Sample, n: number): string {
  return `${s.syncs} syncs, ${ms(s.ms, 1)} (${(s.ms / n).toFixed(4)} ms/control), ${s.written} written`;
}

/** Rows for every count, the add-in's and the naive writer's, and one for linear growth of the add-in's time. */
export async function benchRoundTrips(repeats: number, withGrowth: boolean): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const perControl = new Map<number, number>();
  for (const n of CONTROL_COUNTS) {
    const ours = await sample(throughGateway, n, repeats);
    perControl.set(n, ours.ms / n);
    rows.push({
      measure: "Word round trips",
      case: `update all, ${n} controls (gateway + store)`,
      result: describe(ours, n),
      target: `≤ ${MAX_SYNCS} syncs, all ${n} written`,
      status: pass(ours.syncs <= MAX_SYNCS && ours.written === n),
      values: { controls: n, syncs: ours.syncs, ms: ours.ms, msPerControl: ours.ms / n, written: ours.written },
    });
    const slow = await sample(naive, n, repeats);
    rows.push({
      measure: "Word round trips",
      case: `update all, ${n} controls (NAIVE: 1 sync/control)`,
      result: describe(slow, n),
      target: `≤ ${MAX_SYNCS} syncs (comparison)`,
      status: slow.syncs <= MAX_SYNCS ? "PASS" : "FAIL (expected)",
      values: { controls: n, syncs: slow.syncs, ms: slow.ms, msPerControl: slow.ms / n, written: slow.written },
    });
  }
  if (withGrowth) {
    // Linear time means a flat cost per control; 60 controls take too little time to time, so 600 is the base.
    const ratio = perControl.get(3000)! / perControl.get(600)!;
    rows.push({
      measure: "Word round trips",
      case: "time growth 600 → 3000 controls (gateway)",
      result: `ms/control ×${ratio.toFixed(2)}`,
      target: "≤ ×2 (linear)",
      status: pass(ratio <= 2),
      values: { ratio },
    });
  }
  return rows;
}
