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
    // No stored figures and no period controls: the title («quý I; … quý II năm 2026») names the period, not today.
    expect(store.getState().period).toEqual({ quarter: 1, year: 2026 });
    sim.resetSyncCount();
    await store.getState().recognizeFigures();
    const state = store.getState();
    expect(sim.syncCount()).toBe(3);
    expect(state.notice?.text).toBe("Đã gắn 73 số liệu vào ô: 62/62 số liệu cần nhập của mẫu và 11 số liệu tự tính.");
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
  // What a failed sync keeps is undocumented (docs/word-simulation.md): the store must be right under both.
  it.each(["keepsApplied", "undoesAll"] as const)(
    "%s: a write batch that fails half-way leaves the document as it was, names the figures not bound, and binding again binds them",
    async (failedSync) => {
      const { sim, store } = await plainStore(createWordSimulation(plainParagraphs(REPORT, SAMPLE), { failedSync }));
      const index = sim.doc.paragraphs.findIndex((_, i) => sim.doc.paragraphText(i).includes("9.780 hồ sơ"));
      const before = sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i));
      // Between the check sync and the write sync someone wraps that figure in a control of their own.
      sim.beforeSync(3, () => {
        const at = sim.doc.paragraphText(index).indexOf("9.780 hồ sơ");
        sim.doc.wrapInControl({ paragraph: index, start: at, end: at + 5 }, "RichText")!.tag = "other:x";
      });
      await store.getState().recognizeFigures();
      const failed = store.getState();
      expect(failed.notice?.intent).toBe("error");
      expect(failed.notice?.text).toMatch(/Chưa gắn được \d+ số liệu: «[^»]+»/);
      expect(failed.notice?.text).toMatch(/Văn bản đã được đưa về như trước\.$/);
      expect(sim.controls().map((c) => c.tag)).toEqual(["other:x"]);
      expect(sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i))).toEqual(before);

      await store.getState().recognizeFigures();
      expect(store.getState().notice?.intent).toBe("warning");
      expect(store.getState().raw[giao]).toBe(REFERENCE_FIGURES[giao]);
      expect(sim.controls().filter((c) => c.tag === giao)).toHaveLength(2);
      expect(sim.controls().find((c) => c.tag === "other:x")?.text).toBe("9.780");
    },
  );

  it("leaves a figure inside someone else's control or holding an undecided revision alone, and says why", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const index = sim.doc.paragraphs.findIndex((_, i) => sim.doc.paragraphText(i).includes("9.780 hồ sơ"));
    const text = sim.doc.paragraphText(index);
    const at = text.indexOf("9.780 hồ sơ");
    // The figure was typed with Track Changes on and nobody has accepted it yet.
    sim.doc.paragraphs[index]!.splice(0, 1, { kind: "text", text: text.slice(0, at) + text.slice(at + 5) });
    sim.editTracked(index, at, at, "9.780");
    const { store } = await plainStore(sim);
    await store.getState().recognizeFigures();
    expect(store.getState().notice?.text).toMatch(/chưa gắn vì có thay đổi đang theo dõi chưa duyệt: [^:]+: «[^»]+»/);
    expect(sim.controls().some((c) => c.tag === "bcdc:hcc.tiepNhan")).toBe(false);
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
    // Every figure read, every rule ran: nothing left unchecked.
    expect(store.getState().textUnchecked).toEqual([]);
  });

  it("says which checks could not run when figures are missing, and never says «Không phát hiện vấn đề nào» then", async () => {
    const { sim, store } = await plainStore();
    sim.resetSyncCount();
    await store.getState().checkText();
    expect(sim.syncCount()).toBe(1);
    const unchecked = store.getState().textUnchecked!;
    expect(unchecked.map((u) => u.message)).toContain(
      "Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» = «Hồ sơ đã giải quyết» + «Hồ sơ trễ và quá hạn» + «Hồ sơ đang giải quyết»: thiếu «Hồ sơ tiếp nhận (Trung tâm PVHCC)», «Hồ sơ đã giải quyết», «Hồ sơ trễ và quá hạn», «Hồ sơ đang giải quyết».",
    );
    expect(store.getState().notice?.text).toContain("kiểm tra không chạy được vì thiếu số liệu");
    expect(store.getState().notice?.text).not.toContain("Không phát hiện vấn đề nào");
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
