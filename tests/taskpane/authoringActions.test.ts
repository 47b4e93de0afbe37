/**
 * «Thiết kế mẫu» through the store, the real gateway and the Word simulation: each action costs at most 2 syncs
 * (1 read + 1 write saving the form in the stored part) whatever the size of the document, and the form travels with
 * the document to a pane opened again.
 */
import { storedReportFromXml } from "../../src/domain/storedReport";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type SimParagraph, type WordSimulation } from "../../src/preview/wordSim";
import { openAuthoring } from "../support/authoringPane";
import { REPORT, SAMPLE } from "../support/forms";
import { manyControls } from "../support/simDocuments";

installWordGlobals();
const NOW = new Date("2026-03-05T08:00:00Z");

const open = (sim: WordSimulation) => openAuthoring(sim, NOW);

/** Selects `text` where it stands in paragraph `index`, as the clerk would with the mouse. */
function select(sim: WordSimulation, index: number, text: string, from = 0) {
  const at = sim.doc.paragraphText(index).indexOf(text, from);
  if (at < 0) throw new Error(`${text} not in paragraph ${index}`);
  sim.select(index, at, at + text.length);
}

const ONE_STOP = 36; // "Bộ phận một cửa Văn phòng: Tiếp nhận 81 hồ sơ, đã giải quyết, trả kết quả 77 hồ sơ …"
const stored = (sim: WordSimulation) => storedReportFromXml(sim.doc.xmlParts[0]!.xml);

describe("authoring on the plain reference report", () => {
  it("marks a number in 1 + 2 syncs: a tagged control, the field in the form, the form saved in the document", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { store, authoring } = await open(sim);
    select(sim, ONE_STOP, "81 ");
    sim.resetSyncCount();
    await authoring.readSelection();
    expect(sim.syncCount()).toBe(1);
    expect(store.getState().figureDraft).toEqual({ text: "81", suggestion: { kind: "count", label: "Tiếp nhận hồ sơ", wording: "Văn phòng: Tiếp nhận {N} hồ sơ" } });

    sim.resetSyncCount();
    const problems = await authoring.markFigure({ label: "Hồ sơ một cửa nhận", kind: "count", section: { newTitle: "Một cửa (tự thiết kế)" }, wording: ["Văn phòng: Tiếp nhận {N} hồ sơ"] });
    expect(problems).toEqual([]);
    expect(sim.syncCount()).toBe(2);
    expect(sim.controls()).toEqual([expect.objectContaining({ tag: "bcdc:hoSoMotCuaNhan", title: "Hồ sơ một cửa nhận", text: "81" })]);
    expect(sim.doc.paragraphText(ONE_STOP)).toContain("Tiếp nhận 81 hồ sơ");
    const state = store.getState();
    expect(state.report.byId.get("bcdc:hoSoMotCuaNhan")).toMatchObject({ label: "Hồ sơ một cửa nhận", section: "mot-cua-tu-thiet-ke" });
    expect(state.raw["bcdc:hoSoMotCuaNhan"]).toBe("81");
    expect(state.figureDraft).toBeNull();
    const carried = JSON.parse(stored(sim)!.form!.text) as { fields: { id: string }[] };
    expect(carried.fields.at(-1)).toEqual({ id: "hoSoMotCuaNhan", label: "Hồ sơ một cửa nhận", kind: "count", section: "mot-cua-tu-thiet-ke", wording: ["Văn phòng: Tiếp nhận {N} hồ sơ"] });
  });

  it("rule, rename, move, delete: 2 syncs each; delete unwraps the controls and keeps the text; a reopened pane has the form", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { store, authoring } = await open(sim);
    const mark = async (text: string, label: string, from = 0) => {
      select(sim, ONE_STOP, text, from);
      await authoring.readSelection();
      expect(await authoring.markFigure({ label, kind: "count", section: { id: "III.2.b" }, wording: [] })).toEqual([]);
    };
    await mark("81", "Nhận");
    await mark("77", "Đã xong");
    await mark("04", "Còn lại", sim.doc.paragraphText(ONE_STOP).indexOf("đang giải quyết"));
    const tag = (label: string) => store.getState().report.fields.find((f) => f.label === label)!.id.replace("bcdc:", "");

    const measure = async (action: () => Promise<string[]>) => {
      sim.resetSyncCount();
      expect(await action()).toEqual([]);
      return sim.syncCount();
    };
    expect(await measure(() => authoring.addRule({ kind: "sum", total: tag("Nhận"), parts: [tag("Đã xong"), tag("Còn lại")] }))).toBe(2);
    expect(store.getState().report.rules.at(-1)).toMatchObject({ kind: "sum", total: "bcdc:nhan" });
    expect(await measure(() => authoring.renameField("bcdc:conLai", "Đang giải quyết (một cửa)"))).toBe(2);
    expect(sim.controls().find((c) => c.tag === "bcdc:conLai")?.title).toBe("Đang giải quyết (một cửa)");
    expect(await measure(() => authoring.moveField("bcdc:conLai", { id: "III.2.c" }))).toBe(2);
    expect(store.getState().report.byId.get("bcdc:conLai")?.section).toBe("III.2.c");

    const before = sim.doc.paragraphText(ONE_STOP);
    expect(await measure(() => authoring.deleteField("bcdc:conLai"))).toBe(2);
    expect(sim.controls().map((c) => c.tag)).toEqual(["bcdc:nhan", "bcdc:daXong"]);
    expect(sim.doc.paragraphText(ONE_STOP)).toBe(before);
    expect(store.getState().report.byId.has("bcdc:conLai")).toBe(false);
    expect(store.getState().report.rules.some((r) => r.kind === "sum" && r.total === "bcdc:nhan")).toBe(false);

    const again = await open(sim);
    expect(again.store.getState().report.fields.slice(-2).map((f) => [f.id, f.label])).toEqual([["bcdc:nhan", "Nhận"], ["bcdc:daXong", "Đã xong"]]);
    expect(again.store.getState().raw["bcdc:nhan"]).toBe("81");
  });

  it("P = A / B: the percentage becomes computed from the marked counts", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { store, authoring } = await open(sim);
    for (const [text, label, kind] of [["81", "Nhận", "count"], ["77", "Xong", "count"], ["95,06%", "Tỷ lệ xong", "percent"]] as const) {
      select(sim, ONE_STOP, text);
      await authoring.readSelection();
      expect(await authoring.markFigure({ label, kind, section: { id: "III.2.b" }, wording: [] })).toEqual([]);
    }
    expect(await authoring.addRule({ kind: "percent", result: "tyLeXong", part: "xong", whole: "nhan" })).toEqual([]);
    expect(store.getState().review.values.get("bcdc:tyLeXong")).toEqual({ kind: "number", value: 95.06 });
  });
});

describe("refusals write nothing", () => {
  it("a selection inside a control, an empty selection, a changed selection, a hostile label", async () => {
    const sim = createWordSimulation([{ runs: ["Có ", { id: 1, tag: "bcdc:bienChe.hopDong", title: "Hợp đồng", text: "08" }, " hợp đồng và 12 người."] }]);
    const { store, authoring } = await open(sim);
    const xmlBefore = () => sim.doc.xmlParts.map((p) => p.xml).join();
    const saved = xmlBefore();
    sim.select(0, 3, 5);
    await authoring.readSelection();
    expect(store.getState().notice?.text).toBe("Chỗ đang chọn đã nằm trong ô «Hợp đồng». Hãy chọn một số chưa đánh dấu.");
    sim.setCursor(0, 1);
    await authoring.readSelection();
    expect(store.getState().notice?.text).toMatch(/^Chưa chọn chữ nào/);

    select(sim, 0, "12");
    await authoring.readSelection();
    expect(await authoring.markFigure({ label: "Người\u0000<x>", kind: "count", section: { id: "I" }, wording: [] })).toEqual([expect.stringMatching(/label: chứa ký tự điều khiển/)]);
    select(sim, 0, "hợp");
    sim.resetSyncCount();
    const problems = await authoring.markFigure({ label: "Số người", kind: "count", section: { id: "I" }, wording: [] });
    expect(problems).toEqual(["Chỗ chọn trong văn bản đã đổi (đang chọn «hợp»). Hãy chọn lại số «12»."]);
    expect(sim.syncCount()).toBe(1);
    expect(sim.controls()).toHaveLength(1);
    expect(xmlBefore()).toBe(saved);
    expect(store.getState().report.byId.has("bcdc:soNguoi")).toBe(false);
  });

  it("a malformed form file: Vietnamese messages naming the place, nothing used", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { store, authoring } = await open(sim);
    sim.resetSyncCount();
    expect(await authoring.loadFormFile("{ không phải JSON")).toEqual([expect.stringMatching(/^\(toàn bộ tệp\): Đây không phải tệp JSON đọc được/)]);
    const bad = JSON.parse(authoring.formFileText()) as { fields: { section: string }[]; rules: { total?: string }[] };
    bad.fields[7]!.section = "khong-co";
    expect(await authoring.loadFormFile(JSON.stringify(bad))).toEqual(["fields[7].section: không có phần «khong-co» trong \"sections\" (một số liệu thuộc một phần con \"subsections\")"]);
    expect(sim.syncCount()).toBe(0);
    expect(store.getState().report).toBe(REPORT);
  });
});

describe("2 syncs whatever the size of the document", () => {
  it.each([60, 3000])("%i controls", async (n) => {
    const paragraphs: SimParagraph[] = [...manyControls(n), { runs: ["Số mới là 4321 người."] }];
    const sim = createWordSimulation(paragraphs);
    const { authoring } = await open(sim);
    select(sim, paragraphs.length - 1, "4321");
    await authoring.readSelection();
    sim.resetSyncCount();
    expect(await authoring.markFigure({ label: "Số mới", kind: "count", section: { id: "I" }, wording: [] })).toEqual([]);
    expect(sim.syncCount()).toBe(2);
    sim.resetSyncCount();
    expect(await authoring.renameField("bcdc:bienChe.congChucGiao", "Biên chế giao")).toEqual([]);
    expect(sim.syncCount()).toBe(2);
    expect(sim.controls().filter((c) => c.tag === "bcdc:bienChe.congChucGiao").every((c) => c.title === "Biên chế giao")).toBe(true);
    sim.resetSyncCount();
    expect(await authoring.deleteField("bcdc:bienChe.hopDong")).toEqual([]);
    expect(sim.syncCount()).toBe(2);
    expect(sim.controls().some((c) => c.tag === "bcdc:bienChe.hopDong")).toBe(false);
  });
});
