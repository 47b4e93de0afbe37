/**
 * Figures typed and not yet written survive the pane being closed: leaving a box keeps them in the document's stored
 * part (keepDraft), never in its text. Found by a new clerk's walk: typed figures were silently gone on reopening.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore, memoryPreferences } from "../../src/taskpane/store/createAppStore";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const NOW = new Date("2026-05-20T08:00:00Z");
const GIVEN = "bcdc:bienChe.congChucGiao";

function openPane(sim: ReturnType<typeof createWordSimulation>) {
  return createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, prefs: memoryPreferences(), report: REPORT });
}

describe("keepDraft", () => {
  it("keeps typed figures across closing and reopening the pane, and writes nothing in the text", async () => {
    const sim = createWordSimulation(smallDocument());
    const store = openPane(sim);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "60");
    store.getState().setFigure("bcdc:bienChe.hopDong", "abc");
    await store.getState().keepDraft();
    expect(store.getState().busy).toBeNull();

    const reopened = openPane(sim);
    await reopened.getState().start();
    expect([reopened.getState().raw[GIVEN], reopened.getState().raw["bcdc:bienChe.hopDong"]]).toEqual(["60", "abc"]);
    // The document still shows what was last written: the box says it is not written yet.
    expect(sim.controls().filter((c) => c.tag === GIVEN).map((c) => c.text)).toEqual(["55"]);
    await reopened.getState().updateDocument();
    expect(sim.controls().filter((c) => c.tag === GIVEN).map((c) => c.text)).toEqual(["60"]);
  });

  it("never makes the pane busy: an update clicked while the draft is saved waits for it, then runs", async () => {
    const sim = createWordSimulation(smallDocument());
    const store = openPane(sim);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "63");
    const saving = store.getState().keepDraft();
    expect(store.getState().busy).toBeNull();
    await Promise.all([saving, store.getState().updateDocument()]);
    expect(sim.controls().filter((c) => c.tag === GIVEN).map((c) => c.text)).toEqual(["63"]);
  });

  it("writes nothing when nothing was typed since, and leaves the notice on screen", async () => {
    const sim = createWordSimulation(smallDocument());
    const store = openPane(sim);
    await store.getState().start();
    sim.resetSyncCount();
    await store.getState().keepDraft();
    expect(sim.syncCount()).toBe(0);
    store.getState().setFigure(GIVEN, "61");
    await store.getState().updateDocument();
    const notice = store.getState().notice;
    store.getState().setFigure(GIVEN, "62");
    await store.getState().keepDraft();
    expect(store.getState().notice).toEqual(notice);
  });
});
