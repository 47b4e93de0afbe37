/**
 * Issue 9 through the real store and gateway on the Word simulation: the document's period asked about, never
 * replaced; a leader's decision on a group saved in the document with its history; the tracking choice stored; a
 * selection never deleted by an insertion.
 */
import { REPORT, SAMPLE } from "../support/forms";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const NOW = new Date("2026-11-20T08:00:00Z"); // quý IV: the reference report is quý I
const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const PENDING = "bcdc:motCuaVp.dangGiaiQuyet";

async function open(sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE))) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  store.getState().setAuthor("Lê Văn C");
  await store.getState().start();
  const texts = (tag: string) => sim.controls().filter((c) => c.tag === tag).map((c) => c.text);
  const stored = () => storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml)!;
  return { sim, store, texts, stored };
}

describe("the document's period", () => {
  it("comes from the reference report's title controls, and an untouched update keeps it", async () => {
    const { store, texts, stored } = await open();
    expect(store.getState().period).toEqual({ quarter: 1, year: 2026 });
    await store.getState().updateDocument();
    expect([texts("bcdc:ky.quy"), texts("bcdc:ky.quySau"), texts("bcdc:ky.namQuySau")]).toEqual([["I", "I"], ["II", "II"], ["2026", "2026"]]);
    expect(stored().period).toEqual({ quarter: 1, year: 2026 });
  });

  it("is asked about when the pane's disagrees; cancelling writes nothing", async () => {
    const { sim, store, texts } = await open();
    store.getState().setPeriod({ quarter: 4, year: 2026 });
    const { syncs } = await sim.measure(() => store.getState().updateDocument());
    expect(syncs).toBe(0);
    expect(store.getState().periodQuestion).toEqual({ document: { quarter: 1, year: 2026 }, pane: { quarter: 4, year: 2026 } });
    await store.getState().answerPeriod("cancel");
    expect(store.getState().periodQuestion).toBeNull();
    expect(texts("bcdc:ky.quy")).toEqual(["I", "I"]);
    await store.getState().updateDocument();
    await store.getState().answerPeriod("document");
    expect(store.getState().period).toEqual({ quarter: 1, year: 2026 });
    expect(texts("bcdc:ky.quy")).toEqual(["I", "I"]);
  });
});

describe("a leader's decision", () => {
  it("rejects a figure with its percentages, saves the figures and the decision in the document", async () => {
    const { store, texts, stored } = await open();
    await store.getState().setTrackChanges(true);
    store.getState().setFigure(RECEIVED, "90");
    store.getState().setFigure(PENDING, "13"); // 77 + 13 = 90: the figures still add up
    await store.getState().updateDocument();
    await store.getState().loadReview();
    await store.getState().resolveReview([RECEIVED], false);
    expect(store.getState().history).toHaveLength(8); // four writes, four decisions
    expect([texts(RECEIVED), texts(PENDING), texts("bcdc:motCuaVp.tyLeDaGiaiQuyet"), texts("bcdc:motCuaVp.tyLeDangGiaiQuyet")]).toEqual([["81"], ["04"], ["95,06%"], ["4,94%"]]);
    expect(store.getState().raw[RECEIVED]).toBe("81");
    const saved = stored();
    expect(saved.figures[RECEIVED]).toBe("81");
    expect(saved.written[RECEIVED]).toBe("81");
    expect(saved.trackChanges).toBe(true);
    expect(saved.history.filter((e) => e.decision).map((e) => [e.field, e.from, e.to, e.by, e.decision])).toEqual([
      [RECEIVED, "81", "90", "Lê Văn C", "rejected"],
      ["bcdc:motCuaVp.tyLeDaGiaiQuyet", "95,06%", "85,56%", "Lê Văn C", "rejected"],
      [PENDING, "04", "13", "Lê Văn C", "rejected"],
      ["bcdc:motCuaVp.tyLeDangGiaiQuyet", "4,94%", "14,44%", "Lê Văn C", "rejected"],
    ]);
  });

  it("stays made for a new store on the same document: no hand edit, nothing rewritten", async () => {
    const first = await open();
    await first.store.getState().setTrackChanges(true);
    first.store.getState().setFigure(RECEIVED, "90");
    first.store.getState().setFigure(PENDING, "13");
    await first.store.getState().updateDocument();
    await first.store.getState().loadReview();
    await first.store.getState().resolveReview([RECEIVED], false);
    const again = await open(first.sim);
    expect(first.sim.controls().find((c) => c.tag === RECEIVED)?.text).toBe("81");
    expect(again.store.getState().raw[RECEIVED]).toBe("81");
    expect(again.store.getState().raw[PENDING]).toBe("04");
    expect(again.store.getState().trackChanges).toBe(true);
    await again.store.getState().updateDocument();
    expect(again.store.getState().conflicts).toEqual([]);
    expect(again.texts(RECEIVED)).toEqual(["81"]);
    expect(again.sim.trackedChanges()).toEqual([]);
  });
});

describe("inserting at a selection", () => {
  it("puts the control after selected words, and asks before binding a selected number", async () => {
    const { sim, store } = await open();
    const index = sim.doc.paragraphs.findIndex((_, i) => sim.doc.paragraphText(i).startsWith("Văn phòng UBND tỉnh là cơ quan"));
    sim.select(index, 0, 9);
    await store.getState().insertField("bcdc:giaoBan.soCuoc");
    expect(sim.doc.paragraphText(index).startsWith("Văn phòng11 UBND tỉnh")).toBe(true);
    sim.select(index, 0, 9);
    // "Văn phòng" is no number: inserted after it; a number selected is asked about first.
    const text = sim.doc.paragraphText(index);
    const at = text.indexOf("100%");
    sim.select(index, at, at + 3);
    await store.getState().insertField("bcdc:trinhDo.daiHoc");
    expect(store.getState().bindOffer).toEqual({ field: "bcdc:trinhDo.daiHoc", text: "100" });
    expect(sim.doc.paragraphText(index)).toBe(text);
    await store.getState().answerBind("bind");
    expect(sim.doc.paragraphText(index)).toBe(text);
    expect(store.getState().raw["bcdc:trinhDo.daiHoc"]).toBe("100");
  });
});
