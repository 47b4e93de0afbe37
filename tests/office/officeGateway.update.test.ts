/** The gateway's update against the simulation: sync counts at scale, tracked changes, stored XML, failures. */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { STORE_NAMESPACE, type DocumentRead, type WritePlan } from "../../src/office/gateway";
import { createWordSimulation, installWordGlobals, type SimulationOptions } from "../../src/preview/wordSim";
import { manyControls } from "../support/simDocuments";

installWordGlobals();

function setUp(n: number, options: SimulationOptions = {}) {
  const sim = createWordSimulation(manyControls(n), options);
  return { sim, gateway: createOfficeGateway(sim.run, sim.supports) };
}

/** Every control gets "<old>+1"; the plan is pure, as the gateway requires. */
const bumpAll =
  (extra: Partial<WritePlan> = {}) =>
  (read: DocumentRead): WritePlan => ({
    texts: new Map(read.controls.map((c) => [c.id, `${c.text}+1`])),
    storedXml: null,
    trackChanges: false,
    ...extra,
  });

describe.each([60, 600, 3000])("update with %i controls", (n) => {
  it("writes every new text in exactly 2 syncs", async () => {
    const { sim, gateway } = setUp(n);
    const outcome = await gateway.update(bumpAll());
    expect(outcome).toEqual({ written: n, syncs: 2 });
    expect(sim.syncCount()).toBe(2);
    const texts = sim.controls().map((c) => c.text);
    expect(texts).toHaveLength(n);
    expect(texts[0]).toBe("0+1");
    expect(texts[n - 1]).toBe(`${n - 1}+1`);
  });
});

describe("update with tracked changes", () => {
  it("records each write as a deletion and an insertion, then restores the tracking mode", async () => {
    const { sim, gateway } = setUp(6, { author: "Nguyễn Văn A", now: () => new Date("2026-03-10T08:00:00Z") });
    await gateway.update((read) => ({ texts: new Map([[read.controls[1]!.id, "60"]]), storedXml: null, trackChanges: true }));
    expect(sim.doc.trackingMode).toBe("Off");
    expect(sim.trackedChanges()).toEqual([
      expect.objectContaining({ type: "Deleted", text: "1", controlId: 2, author: "Nguyễn Văn A" }),
      expect.objectContaining({ type: "Added", text: "60", controlId: 2, date: new Date("2026-03-10T08:00:00Z") }),
    ]);
    expect(sim.controls().filter((c) => c.id !== 2).every((c) => sim.trackedChanges().every((t) => t.controlId !== c.id))).toBe(true);
  });

  it("leaves a document that already tracks everything tracking", async () => {
    const { sim, gateway } = setUp(6);
    sim.doc.trackingMode = "TrackAll";
    await gateway.update(bumpAll({ trackChanges: true }));
    expect(sim.doc.trackingMode).toBe("TrackAll");
    expect(sim.trackedChanges()).toHaveLength(12);
  });

  it("writes untracked when the plan does not ask for tracking", async () => {
    const { sim, gateway } = setUp(6);
    await gateway.update(bumpAll());
    expect(sim.trackedChanges()).toEqual([]);
  });
});

const xml = (v: number) => `<report xmlns="${STORE_NAMESPACE}"><v>${v}</v></report>`;

describe("update and the stored report", () => {
  it("adds our custom XML part, then replaces it, and loadStored returns the latest", async () => {
    const { sim, gateway } = setUp(6);
    await gateway.update(bumpAll({ storedXml: xml(1) }));
    await gateway.update(bumpAll({ storedXml: xml(2) }));
    expect(sim.doc.xmlParts.map((p) => p.xml)).toEqual([xml(2)]);
    expect(await gateway.loadStored()).toBe(xml(2));
  });

  it("removes duplicate parts of our namespace", async () => {
    const { sim, gateway } = setUp(6);
    sim.doc.addXmlPart(xml(0), STORE_NAMESPACE);
    sim.doc.addXmlPart(xml(0), STORE_NAMESPACE);
    await gateway.update(bumpAll({ storedXml: xml(3) }));
    expect(sim.doc.xmlParts.map((p) => p.xml)).toEqual([xml(3)]);
  });
});

describe("update failures", () => {
  it("says readOnly when the document is protected, and nothing changes", async () => {
    const { sim, gateway } = setUp(6, { readOnly: true });
    await expect(gateway.update(bumpAll())).rejects.toMatchObject({ name: "GatewayError", code: "readOnly" });
    expect(sim.controls()[0]?.text).toBe("0");
  });

  it("surfaces a control deleted between the read and the write as 'failed'", async () => {
    const { sim, gateway } = setUp(6);
    sim.beforeSync(2, () => sim.doc.deleteControl(4));
    await expect(gateway.update(bumpAll())).rejects.toMatchObject({ code: "failed" });
  });

  // What a failed sync keeps is undocumented (docs/word-simulation.md): under "keepsApplied" the writes queued before
  // the missing control are applied, so the message may not say that nothing was written.
  it("keepsApplied: leaves the writes before the deleted control applied, restores the tracking mode, and saves no stored report", async () => {
    const { sim, gateway } = setUp(6);
    sim.beforeSync(2, () => sim.doc.deleteControl(4));
    const error = await gateway.update(bumpAll({ trackChanges: true, storedXml: xml(1) })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "failed", written: "partial", wordCode: "ItemNotFound", message: expect.stringContaining("Word có thể đã ghi một phần") });
    expect(sim.controls().map((c) => c.id)).toEqual([1, 2, 3, 5, 6]);
    expect(sim.trackedChanges().map((t) => `${t.controlId}:${t.type}:${t.text}`)).toEqual([
      "1:Deleted:0", "1:Added:0+1", "2:Deleted:1", "2:Added:1+1", "3:Deleted:2", "3:Added:2+1",
    ]);
    expect(sim.doc.trackingMode).toBe("Off");
    expect(sim.doc.xmlParts).toEqual([]);
  });

  it("undoesAll: the same failure leaves the document as it was; the message still does not claim to know", async () => {
    const { sim, gateway } = setUp(6, { failedSync: "undoesAll" });
    sim.beforeSync(2, () => sim.doc.deleteControl(4));
    const error = await gateway.update(bumpAll({ trackChanges: true, storedXml: xml(1) })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "failed", written: "partial", wordCode: "ItemNotFound" });
    expect(sim.controls().map((c) => c.text)).toEqual(["0", "1", "2", "4", "5"]);
    expect(sim.trackedChanges()).toEqual([]);
    expect(sim.doc.trackingMode).toBe("Off");
    expect(sim.doc.xmlParts).toEqual([]);
  });

  it("writes nothing when the plan throws", async () => {
    const { sim, gateway } = setUp(6);
    await expect(gateway.update(() => { throw new Error("plan"); })).rejects.toMatchObject({ code: "failed" });
    expect(sim.controls()[0]?.text).toBe("0");
    expect(sim.syncCount()).toBe(1);
  });
});
