import { createWordSimulation, installWordGlobals, SimError } from "../../../src/preview/wordSim";

installWordGlobals();

const twoControls = () =>
  createWordSimulation([
    { runs: ["Công chức được giao là ", { id: 1, tag: "bcdc:a", title: "A", text: "55" }, ", đang thực hiện ", { id: 2, tag: "bcdc:b", title: "B", text: "46" }] },
  ]);

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return (error as SimError).code;
  }
  return "resolved";
};

describe("loading", () => {
  it("throws PropertyNotLoaded before the sync that loads a property, and for a property never loaded", async () => {
    const sim = twoControls();
    await sim.run(async (context) => {
      const controls = context.document.contentControls;
      expect(() => controls.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      controls.load("id,tag");
      expect(() => controls.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      const first = controls.items[0];
      expect(first?.tag).toBe("bcdc:a");
      expect(() => first?.text).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("keeps the loaded value until the next load, as a snapshot", async () => {
    const sim = twoControls();
    await sim.run(async (context) => {
      const controls = context.document.contentControls.load("text");
      await context.sync();
      sim.doc.replaceControlText(sim.doc.findControl(1)!, "60");
      expect(controls.items[0]?.text).toBe("55");
    });
  });

  it("fills getXml().value only at sync", async () => {
    const sim = twoControls();
    sim.doc.addXmlPart('<r xmlns="urn:x">1</r>', "urn:x");
    await sim.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace("urn:x").load("id");
      await context.sync();
      const xml = parts.items[0]!.getXml();
      expect(() => xml.value).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(xml.value).toBe('<r xmlns="urn:x">1</r>');
    });
  });

  it("refuses an unknown property at sync with InvalidArgument", async () => {
    const sim = twoControls();
    const result = sim.run(async (context) => {
      context.document.load("nonsense");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("InvalidArgument");
  });
});

describe("writing", () => {
  it("queues writes: invisible in the document before sync, applied in order at sync", async () => {
    const sim = twoControls();
    await sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      const first = controls.items[0]!;
      first.insertText("1", "Replace");
      first.insertText("2", "End");
      first.insertText("0", "Start");
      expect(sim.controls()[0]?.text).toBe("55");
      await context.sync();
      expect(sim.controls()[0]?.text).toBe("012");
    });
  });

  it("lets a load queued after a write see the write", async () => {
    const sim = twoControls();
    await sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      controls.items[1]!.insertText("47", "Replace");
      const again = context.document.contentControls.load("text");
      await context.sync();
      expect(again.items.map((c) => c.text)).toEqual(["55", "47"]);
    });
  });

  it("syncs what the batch left queued when Word.run ends, and counts that sync", async () => {
    const sim = twoControls();
    await sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      controls.items[0]!.title = "Đổi";
    });
    expect(sim.syncCount()).toBe(2);
    expect(sim.controls()[0]?.title).toBe("Đổi");
  });

  it("applies the commands before a failing one: a batch is not a transaction", async () => {
    const sim = twoControls();
    const result = sim.run(async (context) => {
      const controls = context.document.contentControls.load("id");
      await context.sync();
      sim.doc.deleteControl(2);
      controls.items[0]!.insertText("60", "Replace");
      controls.items[1]!.insertText("50", "Replace");
      controls.items[0]!.title = "after the failure";
      await context.sync();
    });
    expect(await codeOf(result)).toBe("ItemNotFound");
    expect(sim.controls()).toEqual([{ id: 1, tag: "bcdc:a", title: "A", text: "60" }]);
  });

  it("refuses writes on a read-only document with AccessDenied, after applying the reads", async () => {
    const sim = createWordSimulation([{ runs: [{ id: 1, tag: "bcdc:a", title: "A", text: "55" }] }], { readOnly: true });
    let seen: string | undefined;
    const result = sim.run(async (context) => {
      const controls = context.document.contentControls.load("id,text");
      await context.sync();
      seen = controls.items[0]?.text;
      controls.items[0]!.insertText("60", "Replace");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("AccessDenied");
    expect(seen).toBe("55");
    expect(sim.controls()[0]?.text).toBe("55");
  });

  it("rejects APIs newer than the simulated Word with ApiNotFound", async () => {
    const sim = createWordSimulation([{ runs: ["x"] }], { maxApi: "1.3" });
    expect(sim.supports("1.3")).toBe(true);
    expect(sim.supports("1.4")).toBe(false);
    const result = sim.run(async (context) => {
      context.document.load("changeTrackingMode");
      await context.sync();
    });
    expect(await codeOf(result)).toBe("ApiNotFound");
  });

  it("refuses objects used after Word.run ended", async () => {
    const sim = twoControls();
    const leaked = await sim.run(async (context) => context.document.contentControls);
    expect(() => leaked.load("id")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });
});
