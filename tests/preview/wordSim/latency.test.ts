/** The simulation's round-trip delay: a sync resolves only once its delay has passed, and counts as before. */
import { createOfficeGateway } from "../../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, SYNC_DELAY_MS, syncDelayFrom } from "../../../src/preview/wordSim";
import { smallDocument } from "../../support/simDocuments";

installWordGlobals();

describe("per-sync delay", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("holds each sync for the delay: a read with Word desktop's round trip resolves after 25 ms, not before", async () => {
    const sim = createWordSimulation(smallDocument(), { syncDelayMs: SYNC_DELAY_MS.desktop });
    let done = false;
    const read = createOfficeGateway(sim.run, sim.supports).read().then((r) => ((done = true), r));
    await jest.advanceTimersByTimeAsync(24);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect((await read).controls).toHaveLength(2);
    expect(sim.syncCount()).toBe(1);
  });

  it("pays the delay once per sync: an update (2 syncs) on the web profile takes 300 ms", async () => {
    const sim = createWordSimulation(smallDocument(), { syncDelayMs: SYNC_DELAY_MS.web });
    let done = false;
    void createOfficeGateway(sim.run, sim.supports)
      .update(() => ({ texts: new Map([[1, "56"]]), storedXml: null, trackChanges: false }))
      .then(() => (done = true));
    await jest.advanceTimersByTimeAsync(299);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(sim.controls()[0]!.text).toBe("56");
  });
});

describe("syncDelayFrom", () => {
  it("reads a profile name or a number of milliseconds, and anything else as no delay", () => {
    expect(syncDelayFrom("desktop")).toBe(25);
    expect(syncDelayFrom("web")).toBe(150);
    expect(syncDelayFrom("40")).toBe(40);
    expect(syncDelayFrom("slow")).toBe(0);
    expect(syncDelayFrom("-5")).toBe(0);
    expect(syncDelayFrom(null)).toBe(0);
  });
});
