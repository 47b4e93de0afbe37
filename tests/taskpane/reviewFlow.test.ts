/**
 * Issue 4's paths through the real store and the real gateway against the Word simulation: tracked refreshes,
 * history once per changed value, hand edits and deletions raised, review, and a batch that fails half way.
 */
import { REPORT } from "../support/forms";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createWordSimulation, installWordGlobals, type SimulationOptions } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const GIAO = "bcdc:bienChe.congChucGiao";
const THUC_HIEN = "bcdc:bienChe.congChucThucHien";
let clock = Date.parse("2026-03-20T08:00:00Z");

async function setUp(options: SimulationOptions = {}) {
  const sim = createWordSimulation(smallDocument(), { author: "Chuyên viên", ...options });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)) , report: REPORT });
  store.getState().setAuthor("Nguyễn Văn A");
  await store.getState().start();
  const texts = (tag: string) => sim.controls().filter((c) => c.tag === tag).map((c) => c.text);
  const stored = () => storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml)!;
  return { sim, store, texts, stored };
}

describe("tracked refreshes through the store", () => {
  it("shows each refresh as a deletion and an insertion, then restores the document's own mode", async () => {
    const { sim, store } = await setUp();
    await store.getState().setTrackChanges(true);
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    expect(sim.trackedChanges().map((c) => `${c.type}:${c.text}`)).toEqual(["Deleted:55", "Added:56"]);
    expect(sim.doc.trackingMode).toBe("Off");
    expect(store.getState().notice).toEqual({ intent: "success", text: "Đã cập nhật 1 số liệu. Số đã ghi: «Biên chế công chức được giao» 55 → 56." });
  });

  it("refreshes a figure again while the first refresh is still under review, without calling it a hand edit", async () => {
    const { sim, store, stored } = await setUp();
    await store.getState().setTrackChanges(true);
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    store.getState().setFigure(GIAO, "57");
    await store.getState().updateDocument();
    expect(store.getState().conflicts).toEqual([]);
    expect(sim.trackedChanges().map((c) => `${c.type}:${c.text}`)).toEqual(["Deleted:55", "Added:57"]);
    expect(stored().history.map((h) => `${h.field} ${h.from}→${h.to} ${h.by}`)).toEqual([
      `${GIAO} 55→56 Nguyễn Văn A`,
      `${GIAO} 56→57 Nguyễn Văn A`,
    ]);
    // The pane reads the pending refresh as the figure, not as "5557".
    expect(store.getState().observations.get(GIAO)?.map((o) => o.text)).toEqual(["57"]);
    expect(store.getState().documentProblems).toEqual([]);
  });

  it("adds nothing to the history when an update changes nothing", async () => {
    const { store, stored } = await setUp();
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    await store.getState().updateDocument();
    expect(stored().history).toHaveLength(1);
    expect(store.getState().history).toHaveLength(1);
  });

  it("after a leader rejects a refresh, the form follows the document again", async () => {
    const { store, texts } = await setUp();
    await store.getState().setTrackChanges(true);
    store.getState().setFigure(GIAO, "56");
    store.getState().setFigure(THUC_HIEN, "47");
    await store.getState().updateDocument();
    await store.getState().loadReview();
    expect(store.getState().trackedReview?.map((r) => `${r.tag} ${r.deleted}→${r.inserted}`)).toEqual([
      `${GIAO} 55→56`,
      `${THUC_HIEN} 46→47`,
    ]);
    await store.getState().resolveReview([GIAO], false);
    expect(texts(GIAO)).toEqual(["55"]);
    expect(store.getState().raw[GIAO]).toBe("55");
    expect(store.getState().raw[THUC_HIEN]).toBe("47");
    expect(store.getState().trackedReview?.map((r) => r.tag)).toEqual([THUC_HIEN]);
    // Nothing is left to write for the rejected figure: the next update leaves it alone.
    await store.getState().updateDocument();
    expect(texts(GIAO)).toEqual(["55"]);
    expect(store.getState().conflicts).toEqual([]);
  });
});

describe("no lost edits", () => {
  it("raises a hand edit as a conflict instead of overwriting it", async () => {
    const { sim, store, texts } = await setUp();
    sim.doc.replaceControlText(sim.doc.findControl(1)!, "54");
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    expect(texts(GIAO)).toEqual(["54"]);
    expect(store.getState().conflicts).toEqual([{ field: GIAO, controlId: 1, documentText: "54", target: "56" }]);
  });

  it("lists a control deleted from the document as missing", async () => {
    const { sim, store } = await setUp();
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    sim.doc.deleteControl(1);
    await store.getState().readDocument();
    expect(store.getState().missing).toEqual([GIAO]);
  });

  it("when a batch fails half way, says so, and treats what did reach the document as written", async () => {
    const { sim, store, texts, stored } = await setUp();
    store.getState().setFigure(GIAO, "56");
    store.getState().setFigure(THUC_HIEN, "47");
    sim.beforeSync(2, () => sim.doc.deleteControl(2));
    await store.getState().updateDocument();
    expect(store.getState().notice?.intent).toBe("error");
    expect(store.getState().notice?.text).toContain("Một số ô có thể đã được ghi");
    expect(texts(GIAO)).toEqual(["56"]);
    expect(store.getState().missing).toEqual([THUC_HIEN]);
    // The stored report is written last, so it was not saved; the pane knows what reached the document.
    expect(sim.doc.xmlParts).toEqual([]);
    expect(store.getState().baseline[GIAO]).toBe("56");
    expect(store.getState().history.map((h) => `${h.from}→${h.to}`)).toEqual(["55→56"]);
    store.getState().setFigure(GIAO, "57");
    await store.getState().updateDocument();
    expect(store.getState().conflicts).toEqual([]);
    expect(texts(GIAO)).toEqual(["57"]);
    expect(stored().history.map((h) => `${h.from}→${h.to}`)).toEqual(["55→56", "56→57"]);
  });

  it("on a protected document, writes nothing and says why", async () => {
    const { sim, store, texts } = await setUp({ readOnly: true });
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    expect(texts(GIAO)).toEqual(["55"]);
    expect(sim.doc.xmlParts).toEqual([]);
    expect(store.getState().notice?.intent).toBe("error");
    expect(store.getState().raw[GIAO]).toBe("56");
  });

  it("writes around a control locked against editing and says how many were left", async () => {
    const { sim, store, texts } = await setUp();
    sim.doc.findControl(1)!.cannotEdit = true;
    store.getState().setFigure(GIAO, "56");
    store.getState().setFigure(THUC_HIEN, "47");
    await store.getState().updateDocument();
    expect(texts(GIAO)).toEqual(["55"]);
    expect(texts(THUC_HIEN)).toEqual(["47"]);
    expect(store.getState().notice).toEqual({ intent: "warning", text: "Đã cập nhật 1 số liệu. Số đã ghi: «Công chức đang thực hiện» 46 → 47. 1 chỗ trong văn bản bị khoá sửa nên không được ghi." });
  });
});
