/** The store's "Tạo báo cáo mới" slice, with the production gateway over the Word simulation. */
import { REPORT } from "../support/forms";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { BLANK_OFFICE, REFERENCE_OFFICE } from "../../src/domain/template/settings";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, paragraphDisplayText, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore, memoryPreferences, type Preferences } from "../../src/taskpane/store/createAppStore";
import { noticeText } from "../../src/taskpane/store/noticeText";
import { referenceOfficePrefs } from "../support/officePrefs";
import { createFakeGateway } from "../support/fakeGateway";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const NOW = new Date("2026-05-20T08:00:00Z");

function setUp(paragraphs: SimParagraph[] = [], prefs: Preferences = referenceOfficePrefs()) {
  const sim = createWordSimulation(paragraphs);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, prefs , report: REPORT });
  const text = () => sim.doc.paragraphs.map((runs) => paragraphDisplayText(runs));
  return { sim, store, text, prefs };
}

describe("createReport", () => {
  it("inserts the report for the chosen period and shows every field in one place, with 2 syncs", async () => {
    const { sim, store, text } = setUp();
    await store.getState().start();
    store.getState().setPeriod({ quarter: 3, year: 2026 });
    const { syncs } = await sim.measure(() => store.getState().createReport());
    expect(syncs).toBe(2);
    const state = store.getState();
    expect(state.notice?.intent).toBe("success");
    // The counts are said as they are when shown (noticeText.ts): here, right after the creation.
    expect(noticeText(state)).toBe(
      `Đã tạo báo cáo quý III năm 2026: ${sim.controls().length} ô cho ${REPORT.fields.length} số liệu. ` +
        `Còn ${REPORT.fields.filter((f) => !f.formula).length} số liệu chưa nhập: hãy nhập ở thẻ «Số liệu» rồi bấm «Cập nhật văn bản». ` +
        "Word này không cho tiện ích đặt trang: hãy chọn khổ A4, lề trên và dưới 20 mm, trái 30 mm, phải 15 mm (Bố cục › Lề).",
    );
    expect(REPORT.fields.filter((f) => !state.observations.has(f.id)).map((f) => f.id)).toEqual([]);
    expect(state.documentProblems).toEqual([]); // every place agrees with the figures: nothing to fix
    expect(text()).toContain("Kết quả thực hiện công tác dân chủ quý III năm 2026;");
    expect(storedReportFromXml(sim.doc.xmlParts[0]!.xml)?.period).toEqual({ quarter: 3, year: 2026 });
  });

  it("sets the page on desktop Word and then has nothing to say about it", async () => {
    const sim = createWordSimulation([], { maxDesktopApi: "1.3" });
    const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT, prefs: referenceOfficePrefs() });
    await store.getState().createReport();
    expect(sim.doc.pageSetup).toMatchObject({ paperSize: "A4", left: 85.05 });
    expect(noticeText(store.getState())).toMatch(/«Cập nhật văn bản»\.$/);
  });

  it("then updates the inserted controls with a typed figure", async () => {
    const { sim, store } = setUp();
    await store.getState().start();
    await store.getState().createReport();
    store.getState().setFigure("bcdc:bienChe.congChucGiao", "1200");
    await store.getState().updateDocument();
    expect(sim.controls().filter((c) => c.tag === "bcdc:bienChe.congChucGiao").map((c) => c.text)).toEqual(["1.200", "1.200"]);
    expect(store.getState().conflicts).toEqual([]);
  });

  it("reopened before anything is typed: its «…» boxes are empty, not errors, and an update writes only what was typed", async () => {
    const { sim, store } = setUp();
    await store.getState().start();
    store.getState().setPeriod({ quarter: 3, year: 2026 });
    await store.getState().createReport();
    // The pane closed and opened again: a new store over the same document.
    const reopened = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, prefs: memoryPreferences(), report: REPORT });
    await reopened.getState().start();
    const state = reopened.getState();
    expect(Object.values(state.raw).filter((text) => text.trim() === "…")).toEqual([]);
    expect(state.review.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(state.documentProblems).toEqual([]);
    expect(state.period).toEqual({ quarter: 3, year: 2026 });
    reopened.getState().setFigure("bcdc:bienChe.congChucGiao", "1200");
    await reopened.getState().updateDocument();
    const texts = (tag: string) => [...new Set(sim.controls().filter((c) => c.tag === tag).map((c) => c.text))];
    expect(texts("bcdc:bienChe.congChucGiao")).toEqual(["1.200"]);
    // Nothing the clerk did not type: the rooms' list and its count stay «…» (they were read as one item, «01»).
    expect([texts("bcdc:toChuc.danhSach"), texts("bcdc:toChuc.so")]).toEqual([["…"], ["…"]]);
  });

  it("follows a later change of period into every text that names it", async () => {
    const { sim, store } = setUp();
    await store.getState().start();
    store.getState().setPeriod({ quarter: 4, year: 2026 });
    await store.getState().createReport();
    store.getState().setPeriod({ quarter: 1, year: 2027 });
    await store.getState().updateDocument();
    // The document says quý IV 2026: the clerk is asked before any period text is rewritten.
    expect(store.getState().periodQuestion).toEqual({ document: { quarter: 4, year: 2026 }, pane: { quarter: 1, year: 2027 } });
    expect(sim.controls().find((c) => c.tag === "bcdc:ky.quy")?.text).toBe("IV");
    await store.getState().answerPeriod("pane");
    const texts = (tag: string) => [...new Set(sim.controls().filter((c) => c.tag === tag).map((c) => c.text))];
    expect([texts("bcdc:ky.quy"), texts("bcdc:ky.nam"), texts("bcdc:ky.quySau"), texts("bcdc:ky.tuNgay"), texts("bcdc:ky.denNgay")]).toEqual([
      ["I"], ["2027"], ["II"], ["15/12/2026"], ["14/3/2027"],
    ]);
  });

  it("offers to replace a non-empty document, and replaces it only when asked", async () => {
    const { sim, store, text } = setUp(smallDocument());
    await store.getState().start();
    await store.getState().createReport();
    expect(store.getState().replaceOffer).toMatch(/^Văn bản đã có 2 ô số liệu của báo cáo\./);
    expect(text()[2]).toBe("Hợp đồng  người.");
    store.getState().cancelReplace();
    expect(store.getState().replaceOffer).toBeNull();
    await store.getState().createReport(true);
    expect(store.getState().replaceOffer).toBeNull();
    expect(text()).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sim.controls().some((c) => c.tag === "other:thing")).toBe(false);
    expect(store.getState().missing).toEqual([]);
  });

  it("refuses settings with problems, says which, and does not touch Word", async () => {
    const word = createFakeGateway();
    const store = createAppStore({ word, now: () => NOW , report: REPORT });
    store.getState().setOfficeSettings({ ...REFERENCE_OFFICE, officeName: " ", recipients: [] });
    word.syncs = 0;
    await store.getState().createReport();
    expect(word.syncs).toBe(0);
    expect(store.getState().notice).toEqual({
      intent: "error",
      text: "Chưa tạo được báo cáo: Tên cơ quan ban hành không được để trống. Nơi nhận phải có ít nhất một mục.",
    });
  });

  it("shows a read-only document's refusal as an error notice", async () => {
    const sim = createWordSimulation([], { readOnly: true });
    const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT, prefs: referenceOfficePrefs() });
    await store.getState().createReport();
    expect(store.getState().notice).toMatchObject({ intent: "error", text: expect.stringContaining("chỉ đọc") });
    expect(store.getState().busy).toBeNull();
  });
});

describe("office settings", () => {
  it("start blank on a computer's first use, are kept in the preferences for the next pane, and take the sample on request", async () => {
    const { store, prefs, sim } = setUp([], memoryPreferences());
    expect(store.getState().officeSettings).toEqual(BLANK_OFFICE);
    // Nothing of another office is ever written in a clerk's name: a blank office makes no report.
    const { syncs } = await sim.measure(() => store.getState().createReport());
    expect(syncs).toBe(0);
    expect(store.getState().notice?.intent).toBe("error");
    store.getState().setOfficeSettings({ ...REFERENCE_OFFICE, governingBody: "UBND TỈNH ĐIỆN BIÊN", recipients: ["Sở Nội vụ (b/c)", "Lưu: VT"] });
    const next = setUp([], prefs).store;
    expect(next.getState().officeSettings).toEqual({ ...REFERENCE_OFFICE, governingBody: "UBND TỈNH ĐIỆN BIÊN", recipients: ["Sở Nội vụ (b/c)", "Lưu: VT"] });
    next.getState().fillReferenceOffice();
    expect(setUp([], prefs).store.getState().officeSettings).toEqual(REFERENCE_OFFICE);
  });

  it("fall back to blank, field by field, when the saved ones are damaged", () => {
    const prefs = memoryPreferences();
    prefs.set("officeSettings", "{not json");
    expect(setUp([], prefs).store.getState().officeSettings).toEqual(BLANK_OFFICE);
    prefs.set("officeSettings", JSON.stringify({ place: "Điện Biên", officeName: 5, recipients: ["a", 2] }));
    expect(setUp([], prefs).store.getState().officeSettings).toEqual({ ...BLANK_OFFICE, place: "Điện Biên" });
  });
});
