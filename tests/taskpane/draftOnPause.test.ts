/**
 * A figure typed and the pane closed from Word's own close button before the box lost focus: Word gives a task pane
 * no close event without the shared runtime, so the draft is kept once the clerk pauses typing (StoreDeps.afterPause).
 * The pause is driven by hand here; the real one is pauseTimer.ts.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore, memoryPreferences } from "../../src/taskpane/store/createAppStore";
import { pauseTimers } from "../../src/taskpane/pauseTimer";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const NOW = new Date("2026-05-20T08:00:00Z");
const GIVEN = "bcdc:bienChe.congChucGiao";

/** Pauses that run only when the test says the clerk has stopped typing. */
function handPauses() {
  const waiting: { work: () => void; cancelled: boolean }[] = [];
  return {
    afterPause(work: () => void) {
      const entry = { work, cancelled: false };
      waiting.push(entry);
      return () => void (entry.cancelled = true);
    },
    pending: () => waiting.filter((w) => !w.cancelled).length,
    clerkPauses() {
      for (const entry of waiting.splice(0)) if (!entry.cancelled) entry.work();
    },
  };
}

function openPane(sim: ReturnType<typeof createWordSimulation>, afterPause?: (work: () => void) => () => void) {
  return createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, prefs: memoryPreferences(), report: REPORT, afterPause });
}

async function settled(store: ReturnType<typeof openPane>) {
  // keepDraft waits for a save under way and writes nothing new when nothing is left: its end is the save's end.
  await store.getState().keepDraft();
}

describe("a typed figure is kept once the clerk pauses", () => {
  it("saves once per pause, however many keystrokes, and the reopened pane shows the figure", async () => {
    const sim = createWordSimulation(smallDocument());
    const pauses = handPauses();
    const store = openPane(sim, pauses.afterPause);
    await store.getState().start();
    sim.resetSyncCount();
    for (const typed of ["6", "61", "612"]) store.getState().setFigure(GIVEN, typed);
    expect([pauses.pending(), sim.syncCount()]).toEqual([1, 0]);

    pauses.clerkPauses();
    await settled(store);
    // One draft save (one read sync, one write sync), the stored part only, nothing in the text.
    expect(sim.syncCount()).toBe(2);
    expect(sim.controls().filter((c) => c.tag === GIVEN).map((c) => c.text)).toEqual(["55"]);

    // Word closes the pane without the box ever losing focus: a new pane on the same document.
    const reopened = openPane(sim);
    await reopened.getState().start();
    expect(reopened.getState().raw[GIVEN]).toBe("612");
  });

  it("loses the figure without the pause (the window this closes), and saves nothing when nothing was typed", async () => {
    const sim = createWordSimulation(smallDocument());
    const pauses = handPauses();
    const store = openPane(sim, pauses.afterPause);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "70");
    const reopened = openPane(sim);
    await reopened.getState().start();
    expect(reopened.getState().raw[GIVEN]).not.toBe("70");

    // Once saved, a later pause with nothing new typed writes nothing.
    pauses.clerkPauses();
    await settled(store);
    sim.resetSyncCount();
    store.getState().setFigure(GIVEN, "70");
    pauses.clerkPauses();
    await settled(store);
    expect(sim.syncCount()).toBe(2);
    pauses.clerkPauses();
    await settled(store);
    expect(sim.syncCount()).toBe(2);
  });

  it("a pause that comes during an update writes nothing of its own, and the update keeps the figure", async () => {
    const sim = createWordSimulation(smallDocument());
    const pauses = handPauses();
    const store = openPane(sim, pauses.afterPause);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "64");
    const updating = store.getState().updateDocument();
    pauses.clerkPauses();
    await updating;
    await settled(store);
    expect(sim.controls().filter((c) => c.tag === GIVEN).map((c) => c.text)).toEqual(["64"]);
    const reopened = openPane(sim);
    await reopened.getState().start();
    expect(reopened.getState().raw[GIVEN]).toBe("64");
  });
});

describe("the box the clerk was typing in (pane45)", () => {
  const storedXml = (sim: ReturnType<typeof createWordSimulation>) => sim.doc.xmlParts.map((p) => p.xml).join("");

  it("is saved by the pause, and the reopened pane puts her back in it", async () => {
    const sim = createWordSimulation(smallDocument());
    const pauses = handPauses();
    const store = openPane(sim, pauses.afterPause);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "61");
    pauses.clerkPauses();
    await settled(store);
    expect(storedXml(sim)).toContain(`<oDangNhap id="${GIVEN}"/>`);
    const reopened = openPane(sim);
    await reopened.getState().start();
    expect([reopened.getState().focus?.field, reopened.getState().typingIn]).toEqual([GIVEN, GIVEN]);
  });

  it("is forgotten once she leaves the box, with one save, and the reopened pane asks for no box", async () => {
    const sim = createWordSimulation(smallDocument());
    const pauses = handPauses();
    const store = openPane(sim, pauses.afterPause);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "61");
    pauses.clerkPauses();
    await settled(store);
    sim.resetSyncCount();
    await store.getState().leaveBox();
    expect(sim.syncCount()).toBe(2);
    expect(storedXml(sim)).not.toContain("oDangNhap");
    // Leaving again (Tab through the boxes) writes nothing.
    await store.getState().leaveBox();
    expect(sim.syncCount()).toBe(2);
    const reopened = openPane(sim);
    await reopened.getState().start();
    expect([reopened.getState().focus, reopened.getState().typingIn]).toEqual([null, null]);
  });

  it("is not saved when she leaves the box before pausing", async () => {
    const sim = createWordSimulation(smallDocument());
    const pauses = handPauses();
    const store = openPane(sim, pauses.afterPause);
    await store.getState().start();
    store.getState().setFigure(GIVEN, "61");
    await store.getState().leaveBox();
    expect(pauses.pending()).toBe(0);
    expect(storedXml(sim)).toContain(">61<");
    expect(storedXml(sim)).not.toContain("oDangNhap");
  });
});

describe("pauseTimers", () => {
  it("runs the work after the pause, not when cancelled or stopped", () => {
    jest.useFakeTimers();
    try {
      const timers = pauseTimers(1500);
      const ran: string[] = [];
      timers.afterPause(() => ran.push("a"));
      const cancel = timers.afterPause(() => ran.push("b"));
      timers.afterPause(() => ran.push("c"));
      cancel();
      jest.advanceTimersByTime(1499);
      expect(ran).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(ran).toEqual(["a", "c"]);
      timers.afterPause(() => ran.push("d"));
      timers.stopAll();
      jest.advanceTimersByTime(5000);
      expect(ran).toEqual(["a", "c"]);
    } finally {
      jest.useRealTimers();
    }
  });
});
