/** The pane's start against the Word simulation: at most 2 syncs, whatever the document holds. */
import { emptyStoredReport, storedReportToXml } from "../../src/domain/storedReport";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { manyControls, smallDocument } from "../support/simDocuments";

installWordGlobals();

const NOW = new Date("2026-03-20T08:00:00Z");

function setUp(paragraphs = smallDocument()) {
  const sim = createWordSimulation(paragraphs);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  return { sim, store };
}

describe("start", () => {
  it("reads the stored report and 600 controls in 2 syncs, and fills the form from both", async () => {
    const { sim, store } = setUp(manyControls(600));
    const stored = { ...emptyStoredReport({ quarter: 1, year: 2026 }), figures: { "bcdc:bienChe.hopDong": "08" } };
    sim.doc.addXmlPart(storedReportToXml(stored), STORE_NAMESPACE);
    const { syncs } = await sim.measure(() => store.getState().start());
    expect(syncs).toBe(2);
    const state = store.getState();
    expect(state.ready).toBe(true);
    expect(state.raw["bcdc:bienChe.hopDong"]).toBe("08");
    expect([...state.observations.values()].reduce((n, places) => n + places.length, 0)).toBe(600);
  });

  it("opens a document without our stored part in 1 sync", async () => {
    const { sim, store } = setUp();
    const { syncs } = await sim.measure(() => store.getState().start());
    expect(syncs).toBe(1);
    expect(store.getState().raw["bcdc:bienChe.congChucGiao"]).toBe("55");
  });

  it("changes the store's state once, so the pane renders the document's data once", async () => {
    const { store } = setUp();
    const states: boolean[] = [];
    store.subscribe((state) => states.push(state.ready));
    await store.getState().start();
    expect(states).toEqual([false, true]); // busy "starting", then everything at once
  });
});
