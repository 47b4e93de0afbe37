/**
 * What a clerk waits for in Word: the store's operations through the real gateway against the simulation with
 * Word's round trip on every sync (src/preview/wordSim/latency.ts: desktop 25 ms, web 150 ms), beside the naive
 * writer that syncs after every control.
 *
 * Ours run with the delay for real. The naive writer's thousands of syncs would take minutes (3,001 × 150 ms), so
 * its wait is computed the way the simulation adds it: its own time measured without delay + syncs × delay
 * (tests/preview/wordSim/latency.test.ts checks that each sync adds exactly one delay).
 * These rows report; they check nothing the sync-count rows do not already check, and their times move with load.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, SYNC_DELAY_MS, type LatencyProfile } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT, SAMPLE } from "../../tests/support/forms";
import { CONTROL_COUNTS, naive, throughGateway } from "./roundTrips";
import { measureStart } from "./startSyncs";
import { ms, pass, type BenchRow } from "./types";

/** Issue 11: recognition in Word takes at most 3 syncs whatever the number of figures. */
const RECOGNITION_MAX_SYNCS = 3;

const NOW = new Date("2026-03-20T08:00:00Z");
const PROFILE_NAME: Record<LatencyProfile, string> = { desktop: "Word desktop", web: "Word on the web" };

/** Seconds past 10 s, where milliseconds stop being read. */
const wait = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : ms(value, 0));

function row(profile: LatencyProfile, what: string, syncs: number, waitMs: number, note = ""): BenchRow {
  const delay = SYNC_DELAY_MS[profile];
  return {
    measure: "Clerk waits",
    case: `${PROFILE_NAME[profile]} (${delay} ms/sync): ${what}`,
    result: `${wait(waitMs)} (${syncs} syncs = ${wait(syncs * delay)} of round trips${note})`,
    target: "reported",
    status: "INFO",
    values: { delayMs: delay, syncs, waitMs },
  };
}

/** «Nhận diện số liệu» on the reference report typed by hand: the store's action through the gateway. */
async function recognize(delay: number): Promise<{ syncs: number; ms: number }> {
  const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE), { syncDelayMs: delay });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures(); // loads the recognition engine once, outside the timing
  const again = createWordSimulation(plainParagraphs(REPORT, SAMPLE), { syncDelayMs: delay });
  const fresh = createAppStore({ word: createOfficeGateway(again.run, again.supports), now: () => NOW, report: REPORT });
  await fresh.getState().start();
  const { syncs, ms: spent } = await again.measure(() => fresh.getState().recognizeFigures());
  if (fresh.getState().notice?.intent === "error") throw new Error(`recognition failed: ${fresh.getState().notice?.text}`);
  return { syncs, ms: spent };
}

/** «Tạo báo cáo mới» into an empty document. */
async function createReport(delay: number): Promise<{ syncs: number; ms: number }> {
  const sim = createWordSimulation([], { syncDelayMs: delay });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  // A computer's first use opens the office details blank (9847a17); the bench creates the sample office's report.
  store.getState().fillReferenceOffice();
  const { syncs, ms: spent } = await sim.measure(() => store.getState().createReport());
  if (store.getState().notice?.intent === "error") throw new Error(`new report failed: ${store.getState().notice?.text}`);
  return { syncs, ms: spent };
}

export async function benchLatency(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Warm-up: the report writer's code loads, and the first runs pay for JIT compilation, outside the timing.
  await createReport(0);
  await throughGateway(60);
  await measureStart(80);
  const naiveSamples = new Map<number, { syncs: number; ms: number }>();
  for (const n of CONTROL_COUNTS) naiveSamples.set(n, await naive(n));
  for (const profile of Object.keys(SYNC_DELAY_MS) as LatencyProfile[]) {
    const delay = SYNC_DELAY_MS[profile];
    const start = await measureStart(80, delay);
    rows.push(row(profile, "pane start (stored report + 80 controls)", start.syncs, start.ms));
    for (const n of CONTROL_COUNTS) {
      const ours = await throughGateway(n, delay);
      rows.push(row(profile, `«Cập nhật văn bản», ${n} controls`, ours.syncs, ours.ms));
      const slow = naiveSamples.get(n)!;
      rows.push(row(profile, `«Cập nhật văn bản», ${n} controls (NAIVE: 1 sync/control)`, slow.syncs, slow.ms + slow.syncs * delay, ", computed"));
    }
    const found = await recognize(delay);
    rows.push({
      ...row(profile, "«Nhận diện số liệu», reference report typed by hand", found.syncs, found.ms),
      target: `≤ ${RECOGNITION_MAX_SYNCS} syncs`,
      status: pass(found.syncs <= RECOGNITION_MAX_SYNCS),
    });
    const made = await createReport(delay);
    rows.push(row(profile, "«Tạo báo cáo mới», empty document", made.syncs, made.ms));
  }
  return rows;
}
