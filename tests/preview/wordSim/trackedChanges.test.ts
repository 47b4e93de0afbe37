import { createWordSimulation, installWordGlobals } from "../../../src/preview/wordSim";
import { replaceTracked, resolveChange } from "../../../src/preview/wordSim/tracking";
import type { TrackedChangeType } from "../../../src/preview/wordSim/types";

installWordGlobals();

const at = new Date("2026-03-10T08:00:00Z");
let next = 1;
const make = (type: TrackedChangeType) => ({ id: next++, type, author: "A", date: at });

describe("tracked Replace on a control", () => {
  it("drops a pending insertion of ours and keeps earlier deletions when replaced again", () => {
    const once = replaceTracked([{ text: "46" }], "47", make);
    const twice = replaceTracked(once, "48", make);
    expect(twice.map((s) => [s.text, s.change?.type])).toEqual([
      ["46", "Deleted"],
      ["48", "Added"],
    ]);
  });

  it("accepting keeps the insertion, rejecting restores the deletion; plain text merges back", () => {
    const segments = replaceTracked([{ text: "46" }], "47", make);
    const [deletion, insertion] = segments.map((s) => s.change!.id);
    expect(resolveChange(resolveChange(segments, deletion!, true)!, insertion!, true)).toEqual([{ text: "47" }]);
    expect(resolveChange(resolveChange(segments, deletion!, false)!, insertion!, false)).toEqual([{ text: "46" }]);
    expect(resolveChange(segments, 999, true)).toBeNull();
  });
});

describe("WordApi 1.6 tracked-change proxies", () => {
  const tracked = () => {
    const sim = createWordSimulation([{ runs: [{ id: 1, tag: "bcdc:a", title: "A", text: "46" }, " và ", { id: 2, tag: "bcdc:b", title: "B", text: "14" }] }]);
    sim.doc.trackingMode = "TrackAll";
    for (const control of sim.doc.controls()) sim.doc.replaceControlText(control, `${sim.doc.controlText(control)}0`);
    return sim;
  };

  it("lists the body's changes with type and text after load and sync", async () => {
    const sim = tracked();
    const listed = await sim.run(async (context) => {
      const changes = context.document.body.getTrackedChanges();
      changes.load("type,text");
      await context.sync();
      return changes.items.map((c) => `${c.type}:${c.text}`);
    });
    expect(listed).toEqual(["Deleted:46", "Added:460", "Deleted:14", "Added:140"]);
  });

  it("accepts one control's changes and rejects another's, at sync", async () => {
    const sim = tracked();
    await sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      controls.items[0]!.getTrackedChanges().acceptAll();
      const second = controls.items[1]!.getTrackedChanges().load("type");
      await context.sync();
      for (const change of second.items) change.reject();
      expect(sim.trackedChanges()).toHaveLength(2);
      await context.sync();
    });
    expect(sim.controls().map((c) => c.text)).toEqual(["460", "14"]);
    expect(sim.trackedChanges()).toEqual([]);
  });

  it("is ApiNotFound on a Word without WordApi 1.6", async () => {
    const sim = tracked();
    sim.setMaxApi("1.5");
    const result = sim.run(async (context) => {
      context.document.body.getTrackedChanges().load("type");
      await context.sync();
    });
    await expect(result).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("offers accept and reject to tests and the preview directly", () => {
    const sim = tracked();
    const [deletion, insertion] = sim.trackedChanges();
    expect(sim.rejectChange(insertion!.id)).toBe(true);
    expect(sim.rejectChange(deletion!.id)).toBe(true);
    expect(sim.controls()[0]?.text).toBe("46");
  });
});
