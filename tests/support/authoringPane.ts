/** A pane opened on a simulated document with the real gateway and store, and its «Thiết kế mẫu» actions loaded. */
import { createOfficeGateway } from "../../src/office/officeGateway";
import type { WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "./forms";

export async function openAuthoring(sim: WordSimulation, now: Date) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => store.getState().report.tagPrefix }), now: () => now, report: REPORT });
  await store.getState().start();
  return { store, authoring: await store.getState().authoring() };
}
