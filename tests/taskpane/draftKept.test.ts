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

  it("keeps a quarter chosen and not yet written across closing the pane, and the update still asks which is right", async () => {
    const sim = createWordSimulation(smallDocument());
    const store = openPane(sim);
    await store.getState().start();
    // An update gives the document its period (this small document says none in its text).
    store.getState().setFigure(GIVEN, "56");
    await store.getState().updateDocument();
    const own = store.getState().period;
    expect(store.getState().documentPeriod).toEqual(own);
    const chosen = { quarter: own.quarter === 4 ? 3 : 4, year: own.year } as typeof own;
    store.getState().setPeriod(chosen);
    await store.getState().keepDraft();

    const reopened = openPane(sim);
    await reopened.getState().start();
    expect(reopened.getState().period).toEqual(chosen);
    expect(reopened.getState().documentPeriod).toEqual(own);
    await reopened.getState().updateDocument();
    expect(reopened.getState().periodQuestion).toEqual({ document: own, pane: chosen });

    // Going back to the document's own quarter is a decision too: the next pane shows the document's.
    await reopened.getState().answerPeriod("cancel");
    reopened.getState().setPeriod(own);
    await reopened.getState().keepDraft();
    const third = openPane(sim);
    await third.getState().start();
    expect(third.getState().period).toEqual(own);
  });
});
