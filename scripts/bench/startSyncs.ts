/**
 * Word round trips for the pane's start: the real store's start() through the real gateway, against a document that
 * holds our stored report and n controls. Every sync is a round trip in Word, so the count must not grow with n.
 */
import { emptyStoredReport, storedReportToXml } from "../../src/domain/storedReport";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../tests/fixtures/referenceReport";
import { REPORT } from "../../tests/support/forms";
import { pass, type BenchRow } from "./types";

export const START_MAX_SYNCS = 2;

installWordGlobals();

function startDocument(n: number): SimParagraph[] {
  const paragraphs: SimParagraph[] = [];
  for (let i = 0; i < n; i += 5) {
    const runs: SimParagraph["runs"] = [`Đoạn ${i / 5 + 1}: `];
    for (let j = i; j < Math.min(n, i + 5); j++) {
      const field = REPORT.fields[j % REPORT.fields.length]!;
      runs.push({ tag: field.id, title: field.label, text: REFERENCE_FIGURES[field.id] ?? "…" }, "; ");
    }
    paragraphs.push({ runs });
  }
  return paragraphs;
}

/** The store's start against n controls and a stored report; `delayMs` per sync plays Word's round trip. */
export async function measureStart(n: number, delayMs = 0): Promise<{ syncs: number; ms: number; controls: number }> {
  const sim = createWordSimulation(startDocument(n), { author: "Chuyên viên", syncDelayMs: delayMs });
  const stored = { ...emptyStoredReport(REFERENCE_PERIOD), figures: { ...REFERENCE_FIGURES } };
  sim.doc.addXmlPart(storedReportToXml(stored), STORE_NAMESPACE);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  const { syncs, ms } = await sim.measure(() => store.getState().start());
  const state = store.getState();
  if (!state.ready) throw new Error(`start failed: ${state.notice?.text ?? "not ready"}`);
  const controls = [...state.observations.values()].reduce((sum, places) => sum + places.length, 0);
  return { syncs, ms, controls };
}

export async function benchStartSyncs(counts: readonly number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of counts) {
    const { syncs, controls } = await measureStart(n);
    rows.push({
      measure: "Word round trips",
      case: `pane start, stored report + ${n} controls (gateway + store)`,
      result: `${syncs} syncs, ${controls} controls read`,
      target: `≤ ${START_MAX_SYNCS} syncs, all ${n} read`,
      status: pass(syncs <= START_MAX_SYNCS && controls === n),
      values: { controls: n, syncs },
    });
  }
  return rows;
}
