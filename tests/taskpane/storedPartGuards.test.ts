/**
 * The stored part through the real gateway, store and Word simulation: a newer version's part is found (not doubled),
 * the pane says so and writes nothing; hostile entries of our own part are reported, ignored and not saved back;
 * rows another version wrote are kept unread and saved back.
 */
import { NEWER_VERSION_MESSAGE, STORED_NAMESPACE, storedReportFromXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT, SAMPLE } from "../support/forms";

installWordGlobals();

const NOW = new Date("2026-03-05T08:00:00Z");
const NEWER = "urn:bcdc:bao-cao-dan-chu:2";
const newerXml = `<baoCao xmlns="${NEWER}" quy="1" nam="2026"><duLieuMoi/></baoCao>`;
const GIAO = "bcdc:bienChe.congChucGiao";

async function open(xml: string, namespace: string) {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE));
  sim.doc.addXmlPart(xml, namespace);
  const word = createOfficeGateway(sim.run, sim.supports);
  const store = createAppStore({ word, now: () => NOW, report: REPORT });
  await store.getState().start();
  return { sim, word, store };
}

describe("a document made by a newer version", () => {
  it("is found by the gateway, and the pane says so and writes nothing", async () => {
    const { sim, store } = await open(newerXml, NEWER);
    expect(store.getState().writeLock).toBe(NEWER_VERSION_MESSAGE);
    expect(store.getState().notice).toEqual({ intent: "error", text: NEWER_VERSION_MESSAGE });
    const controlsBefore = sim.controls().map((c) => c.text);
    store.getState().setFigure(GIAO, "56");
    await store.getState().updateDocument();
    await store.getState().rollOverQuarter();
    expect(store.getState().notice).toEqual({ intent: "error", text: NEWER_VERSION_MESSAGE });
    expect(sim.controls().map((c) => c.text)).toEqual(controlsBefore);
    expect(sim.doc.xmlParts.map((p) => [p.namespaceUri, p.xml])).toEqual([[NEWER, newerXml]]);
  });

  it("makes the gateway refuse an update before writing anything", async () => {
    const { sim, word } = await open(newerXml, NEWER);
    const controls = sim.controls();
    const plan = () => ({ texts: new Map([[controls[0]!.id, "999"]]), storedXml: `<baoCao xmlns="${STORED_NAMESPACE}"/>`, trackChanges: false });
    await expect(word.update(plan)).rejects.toMatchObject({ code: "newerVersion", message: NEWER_VERSION_MESSAGE });
    expect(sim.controls()[0]!.text).toBe(controls[0]!.text);
    expect(sim.doc.xmlParts).toHaveLength(1);
  });

  it("is preferred by loadStored over a part of ours beside it", async () => {
    const { sim, word } = await open(newerXml, NEWER);
    sim.doc.addXmlPart(`<baoCao xmlns="${STORED_NAMESPACE}" quy="1" nam="2026"/>`, STORED_NAMESPACE);
    expect(await word.loadStored()).toBe(newerXml);
  });
});

describe("hostile entries in our own part", () => {
  it("are reported, ignored, and not saved back at the next update", async () => {
    const xml =
      `<baoCao xmlns="${STORED_NAMESPACE}" quy="1" nam="2026"><soLieu id="${GIAO}">56</soLieu>` +
      `<soLieu id="constructor">1</soLieu><soLieu id="evil:foo">2</soLieu><soLieu id="">3</soLieu><khac><x/></khac></baoCao>`;
    const { sim, store } = await open(xml, STORED_NAMESPACE);
    const state = store.getState();
    expect(state.writeLock).toBeNull();
    expect(state.raw[GIAO]).toBe("56");
    expect(state.notice?.intent).toBe("warning");
    expect(state.notice?.text).toBe(
      "Dữ liệu lưu trong văn bản có mục không hợp lệ, đã bỏ qua và sẽ không ghi lại: «soLieu»: mã số liệu «constructor» không có trong mẫu báo cáo; " +
        "«soLieu»: mã số liệu «evil:foo» không có trong mẫu báo cáo; «soLieu»: mã số liệu «» không có trong mẫu báo cáo và 1 mục khác.",
    );
    await store.getState().updateDocument();
    const saved = sim.doc.xmlParts.filter((p) => p.namespaceUri === STORED_NAMESPACE);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.xml).not.toMatch(/constructor|evil|khac|id=""/);
    expect(storedReportFromXml(saved[0]!.xml)?.figures[GIAO]).toBe("56");
  });
});

describe("rows another version of the add-in wrote in our part", () => {
  it("are said to be kept, survive an update and a roll-over, and are never read as this version's", async () => {
    const decision = `<duyet id="${GIAO}" cu="55" moi="56" luc="2026-03-01T08:00:00.000Z" nguoi="Trần Văn Bình" ketQua="chapNhan" lyDo="đủ"/>`;
    const xml = `<baoCao xmlns="${STORED_NAMESPACE}" quy="1" nam="2026"><soLieu id="${GIAO}">56</soLieu>${decision}</baoCao>`;
    const { sim, store } = await open(xml, STORED_NAMESPACE);
    expect(store.getState().notice).toEqual({
      intent: "info",
      text: "Văn bản có 01 mục dữ liệu do phiên bản khác của tiện ích ghi: giữ nguyên trong văn bản, phiên bản này không đọc.",
    });
    expect(store.getState().history).toEqual([]);
    store.getState().setFigure(GIAO, "57");
    await store.getState().updateDocument();
    const saved = () => sim.doc.xmlParts.filter((p) => p.namespaceUri === STORED_NAMESPACE).map((p) => p.xml);
    expect(saved()).toHaveLength(1);
    expect(saved()[0]).toContain(decision);
    expect(storedReportFromXml(saved()[0]!)?.figures[GIAO]).toBe("57");
    await store.getState().rollOverQuarter();
    expect(saved()[0]).toContain(decision);
  });
});
