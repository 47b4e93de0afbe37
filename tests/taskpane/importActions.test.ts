/**
 * The store's import actions through the real gateway and the Word simulation: recognise the plain reference report,
 * check its text, roll it over to the next quarter and confirm figures; the marks survive reopening.
 */
import { REPORT, SAMPLE } from "../support/forms";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { plainParagraphs, seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REFERENCE_FIGURES } from "../fixtures/referenceReport";

installWordGlobals();

const NOW = new Date("2026-11-05T08:00:00Z");
const giao = "bcdc:bienChe.congChucGiao";

async function plainStore(sim: WordSimulation = createWordSimulation(plainParagraphs(REPORT, SAMPLE))) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW , report: REPORT });
  await store.getState().start();
  return { sim, store };
}

describe("recognizeFigures", () => {
  it("binds the plain report's figures, loads their values and the report's quarter into the form", async () => {
    const { sim, store } = await plainStore();
    expect(store.getState().period).toEqual({ quarter: 4, year: 2026 });
    sim.resetSyncCount();
    await store.getState().recognizeFigures();
    const state = store.getState();
    expect(sim.syncCount()).toBe(3);
    expect(state.notice?.text).toBe("Đã gắn 73 số liệu vào ô (62/62 ô nhập liệu).");
    expect(state.raw[giao]).toBe("55");
    expect(state.raw["bcdc:hcc.tiepNhan"]).toBe(REFERENCE_FIGURES["bcdc:hcc.tiepNhan"]);
    expect(state.period).toEqual({ quarter: 1, year: 2026 });
    expect(state.recognition?.ambiguous).toEqual([]);
    // A list longer than one Word search (255 characters), bound from its first to its last words.
    expect(state.raw["bcdc:ksthc.nhomCongViec"]).toBe(REFERENCE_FIGURES["bcdc:ksthc.nhomCongViec"]);
    expect(sim.controls().find((c) => c.tag === "bcdc:ksthc.nhomCongViec")?.text.length).toBeGreaterThan(255);
    expect(state.observations.get(giao)?.map((o) => o.text)).toEqual(["55", "55"]);
    expect(sim.controls().filter((c) => c.tag === giao).map((c) => c.text)).toEqual(["55", "55"]);
    // The report's own mistakes now show as problems of the figures, as for a report written with the add-in.
    expect(state.review.problems.map((p) => p.key)).toContain("hcc.tong");
  });

  it("lets «Cập nhật văn bản» refresh the figures it bound", async () => {
    const { sim, store } = await plainStore();
    await store.getState().recognizeFigures();
    store.getState().setFigure(giao, "56");
    await store.getState().updateDocument();
    expect(sim.controls().filter((c) => c.tag === giao).map((c) => c.text)).toEqual(["56", "56"]);
  });
});

describe("recognizeFigures when Word answers otherwise", () => {
  it("after a write batch fails half-way, shows the controls that exist and binds the rest when asked again", async () => {
    const { sim, store } = await plainStore();
    const index = sim.doc.paragraphs.findIndex((_, i) => sim.doc.paragraphText(i).includes("9.780 hồ sơ"));
    // The clerk edits a figure between the locate sync and the write sync: that figure's getFirst finds nothing.
    sim.beforeSync(3, () => {
      const text = sim.doc.paragraphText(index).replace("9.780 hồ sơ", "9.790 hồ sơ");
      sim.doc.paragraphs[index]!.splice(0, sim.doc.paragraphs[index]!.length, { kind: "text", text });
    });
    await store.getState().recognizeFigures();
    const failed = store.getState();
    expect(failed.notice?.intent).toBe("error");
    expect(failed.notice?.text).toMatch(/Một số số liệu có thể đã được gắn; bấm «Nhận diện số liệu» lại để gắn nốt\.$/);
    expect(failed.observations.get(giao)?.length).toBe(2);
    expect(failed.observations.has("bcdc:hcc.tiepNhan")).toBe(false);

    await store.getState().recognizeFigures();
    expect(store.getState().raw["bcdc:hcc.tiepNhan"]).toBe("9.790");
    expect(sim.controls().filter((c) => c.tag === giao)).toHaveLength(2);
    expect(store.getState().recognition?.present).toContain(giao);
  });

  it("binds nothing in a document whose figures are already controls, and says so", async () => {
    const { sim, store } = await plainStore(createWordSimulation(seedParagraphs(REPORT, SAMPLE)));
    const before = sim.controls().length;
    await store.getState().recognizeFigures();
    expect(sim.controls().length).toBe(before);
    expect(store.getState().notice?.text).toMatch(/^Không có số liệu mới để gắn\. \d+ đã có ô từ trước, giữ nguyên\.$/);
  });
});

describe("checkText", () => {
  it("lists the citation and structure problems with their paragraph and a quote, in one sync", async () => {
    const { sim, store } = await plainStore();
    await store.getState().recognizeFigures();
    sim.resetSyncCount();
    await store.getState().checkText();
    expect(sim.syncCount()).toBe(1);
    const items = store.getState().textCheck!;
    const range = items.find((i) => i.key === "range:2026 - 20230");
    expect(range?.severity).toBe("error");
    expect(range?.places[0]).toMatch(/^Đoạn \d+: «… Trong quý, Văn phòng đã tham mưu/);
    expect(range?.source).toBe("citations");
    expect(items.find((i) => i.key === "structure.numbering:21")?.message).toMatch(/lặp lại số II/);
  });
});

describe("rollOverQuarter and confirmations", () => {
  it("advances the quarter, recomputes period texts, marks every typed figure and saves the marks at once", async () => {
    const { sim, store } = await plainStore();
    await store.getState().recognizeFigures();
    await store.getState().rollOverQuarter();
    const state = store.getState();
    expect(state.period).toEqual({ quarter: 2, year: 2026 });
    expect(state.review.values.get("bcdc:ky.quy")).toEqual({ kind: "text", value: "II" });
    expect(state.unconfirmed.length).toBe(62);
    expect(state.raw[giao]).toBe("55");
    const stored = storedReportFromXml(sim.doc.xmlParts[0]!.xml);
    expect(stored?.period).toEqual({ quarter: 2, year: 2026 });
    expect(stored?.unconfirmed?.length).toBe(62);
    // Recognising again after the roll-over keeps the new quarter: the title still names the old one.
    await store.getState().recognizeFigures();
    expect(store.getState().period).toEqual({ quarter: 2, year: 2026 });
  });

  it("clears a mark when the clerk types the figure or confirms it, and keeps the rest across reopening", async () => {
    const { sim, store } = await plainStore();
    await store.getState().recognizeFigures();
    await store.getState().rollOverQuarter();
    store.getState().setFigure(giao, "54");
    store.getState().confirmFigures(["bcdc:bienChe.hopDong", "bcdc:trinhDo.tienSi"]);
    expect(store.getState().unconfirmed).not.toContain(giao);
    expect(store.getState().unconfirmed.length).toBe(59);
    await store.getState().updateDocument();

    const reopened = await plainStore(sim);
    expect(reopened.store.getState().period).toEqual({ quarter: 2, year: 2026 });
    expect(reopened.store.getState().unconfirmed.length).toBe(59);
    expect(reopened.store.getState().unconfirmed).not.toContain("bcdc:bienChe.hopDong");
  });
});
