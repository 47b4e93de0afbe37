/** The production gateway against the Word simulation: read, insertAtSelection, stored XML. */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { GatewayError, STORE_NAMESPACE } from "../../src/office/gateway";
import { createWordSimulation, installWordGlobals, type SimulationOptions } from "../../src/preview/wordSim";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

function setUp(options: SimulationOptions = {}) {
  const sim = createWordSimulation(smallDocument(), options);
  return { sim, gateway: createOfficeGateway(sim.run, sim.supports) };
}

describe("read", () => {
  it("returns only our controls with their texts, in one sync", async () => {
    const { sim, gateway } = setUp();
    const read = await gateway.read();
    expect(read.controls).toEqual([
      { id: 1, tag: "bcdc:bienChe.congChucGiao", title: "Biên chế công chức được giao", text: "55", cannotEdit: false },
      { id: 2, tag: "bcdc:bienChe.congChucThucHien", title: "Công chức đang thực hiện", text: "46", cannotEdit: false },
    ]);
    expect(sim.syncCount()).toBe(1);
  });

  it("reports the tracking mode in the gateway's own vocabulary", async () => {
    const { gateway } = setUp();
    expect((await gateway.read()).trackingMode).toBe("off");
  });
});

describe("readTrackingMode", () => {
  it("reads Word's mode alone, as the clerk set it in Word, in one sync", async () => {
    const { sim, gateway } = setUp();
    sim.doc.trackingMode = "TrackMineOnly";
    const { result, syncs } = await sim.measure(() => gateway.readTrackingMode());
    expect([result, syncs]).toEqual(["trackMineOnly", 1]);
    sim.doc.trackingMode = "Off";
    expect(await gateway.readTrackingMode()).toBe("off");
  });
});

describe("insertAtSelection", () => {
  const control = { tag: "bcdc:bienChe.hopDong", title: "Hợp đồng lao động", text: "08" };

  it("inserts a tagged, titled plain-text control at the cursor, splitting the text, in two syncs", async () => {
    const { sim, gateway } = setUp();
    sim.setCursor(2, "Hợp đồng ".length);
    await gateway.insertAtSelection(control);
    expect(sim.syncCount()).toBe(2);
    const runs = sim.doc.paragraphs[2]!;
    expect(runs.map((r) => (r.kind === "text" ? r.text : `[${sim.doc.controlText(r.control)}]`))).toEqual([
      "Hợp đồng ",
      "[08]",
      " người.",
    ]);
    const inserted = sim.controls().find((c) => c.tag === control.tag);
    expect(inserted).toMatchObject({ title: "Hợp đồng lao động", text: "08" });
    expect(sim.doc.findControl(inserted!.id)).toMatchObject({ type: "PlainText", appearance: "BoundingBox" });
  });

  it("refuses inside one of our controls with a Vietnamese message naming it, and writes nothing", async () => {
    const { sim, gateway } = setUp();
    sim.setCursor(0, "Công chức được giao là 5".length);
    const error = await gateway.insertAtSelection(control).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({
      code: "insideControl",
      message: "Con trỏ đang nằm trong ô «Biên chế công chức được giao». Hãy đặt con trỏ ra ngoài ô đó rồi chèn lại.",
    });
    expect(sim.controls()).toHaveLength(3);
    expect(sim.syncCount()).toBe(1);
  });

  it("inserts right after a control when the cursor is at its edge", async () => {
    const { sim, gateway } = setUp();
    sim.setCursor(0, "Công chức được giao là 55".length);
    await gateway.insertAtSelection(control);
    expect(sim.controls().map((c) => c.text)).toEqual(["55", "08", "46", "x"]);
  });

  it("inserts a rich-text control on a Word without WordApi 1.5", async () => {
    const { sim, gateway } = setUp({ maxApi: "1.4" });
    sim.setCursor(2, 0);
    await gateway.insertAtSelection(control);
    expect(sim.doc.controls()[3]).toMatchObject({ type: "RichText", tag: control.tag });
  });

  it("says 'unsupported' on a Word without WordApi 1.3 (parentContentControlOrNullObject)", async () => {
    const { sim, gateway } = setUp({ maxApi: "1.2" });
    await expect(gateway.insertAtSelection(control)).rejects.toMatchObject({ code: "unsupported" });
    expect(sim.controls()).toHaveLength(3);
  });

  it("says readOnly on a protected document", async () => {
    const { sim, gateway } = setUp({ readOnly: true });
    sim.setCursor(2, 0);
    await expect(gateway.insertAtSelection(control)).rejects.toMatchObject({ code: "readOnly" });
    expect(sim.controls()).toHaveLength(3);
  });
});

describe("readAll", () => {
  it("reads the stored part, every control and the tracking mode in 2 syncs", async () => {
    const { sim, gateway } = setUp();
    const xml = `<report xmlns="${STORE_NAMESPACE}"><f id="a">1</f></report>`;
    sim.doc.addXmlPart("<other/>", "");
    sim.doc.addXmlPart(xml, STORE_NAMESPACE);
    const { result, syncs } = await sim.measure(() => gateway.readAll());
    expect(syncs).toBe(2);
    expect(result).toMatchObject({ storedXml: xml, trackingMode: "off", syncs: 2 });
    expect(result.controls.map((c) => c.text)).toEqual(["55", "46"]);
  });

  it("takes 1 sync when the document has no part of ours", async () => {
    const { sim, gateway } = setUp();
    const { result, syncs } = await sim.measure(() => gateway.readAll());
    expect(syncs).toBe(1);
    expect(result).toMatchObject({ storedXml: null, syncs: 1 });
    expect(result.controls).toHaveLength(2);
  });
});

describe("loadStored", () => {
  it("returns null when the document has no part of ours, and the XML when it has one", async () => {
    const { sim, gateway } = setUp();
    expect(await gateway.loadStored()).toBeNull();
    sim.doc.addXmlPart("<other/>", "");
    const xml = `<report xmlns="${STORE_NAMESPACE}"><f id="a">1</f></report>`;
    sim.doc.addXmlPart(xml, STORE_NAMESPACE);
    sim.resetSyncCount();
    expect(await gateway.loadStored()).toBe(xml);
    expect(sim.syncCount()).toBe(2);
  });

});
