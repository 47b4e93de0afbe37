/**
 * Finding (fix44E): a new clerk recognised a monthly citizen-reception report with the pane on the quarterly form and
 * read «Đã gắn 0 số liệu vào ô: 0/62…»; nothing said a monthly form ships with the add-in. Recognition now compares
 * the built-in forms on its one read and, when another clearly binds more, asks before writing anything of the form
 * in use; one answer switches and binds with the other form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInDefinition, REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import type { ReportDefinition } from "../../src/domain/report";
import { REFERENCE_TEXT } from "../fixtures/referenceText";
import { formOfferText } from "../../src/taskpane/store/formOffer";
import { fieldName } from "../../src/domain/fieldName";

installWordGlobals();
jest.setTimeout(60_000);

const MONTHLY = join(__dirname, "../fixtures/corpus/second-form/1096-lam-dong-tcd-2026-05-dien-van-gach-viet-tat.txt");

function open(text: string, report: ReportDefinition = REPORT) {
  const sim = createWordSimulation(text.split("\n").map((line) => ({ runs: [line] })));
  // As the pane is built in Word: the gateway's own controls are the form in use's.
  let current = report;
  const store = createAppStore({
    word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => current.tagPrefix }),
    now: () => new Date("2026-05-20T08:00:00Z"),
    report,
  });
  store.subscribe((s) => (current = s.report));
  return { sim, store };
}

const tagsIn = (sim: WordSimulation) => sim.controls().map((c) => c.tag);

describe("a monthly report recognised on the quarterly form", () => {
  it("offers the monthly form before writing anything, in one read", async () => {
    const { sim, store } = open(readFileSync(MONTHLY, "utf8"));
    await store.getState().start();
    const { result, syncs } = await sim.measure(() => store.getState().recognizeFigures());
    expect(result).toBeUndefined();
    const offer = store.getState().formOffer;
    expect(offer?.report.id).toBe("tiep-cong-dan-thang");
    expect(offer?.current).toBe(0);
    expect(offer?.found).toBeGreaterThanOrEqual(17);
    // Nothing of the quarterly form in the document, nor a stored part carrying it.
    expect(tagsIn(sim)).toEqual([]);
    expect(sim.doc.xmlParts.map((p) => p.xml).join("")).not.toContain("bao-cao-dan-chu-quy");
    expect(syncs).toBe(1);
    expect(store.getState().report.id).toBe("bao-cao-dan-chu-quy");
    expect(store.getState().recognition).toBeNull();
    expect(formOfferText(offer!, store.getState().report)).toBe(
      `Văn bản này giống mẫu «Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)» hơn: đọc được ${offer!.found} số liệu ` +
        "(mẫu đang chọn: 0). Mẫu đang chọn là «Báo cáo kết quả thực hiện công tác dân chủ (hằng quý)». Chưa ghi gì vào văn bản.",
    );
  });

  it("switches with one answer and binds the monthly figures", async () => {
    const { sim, store } = open(readFileSync(MONTHLY, "utf8"));
    await store.getState().start();
    await store.getState().recognizeFigures();
    const { syncs } = await sim.measure(() => store.getState().answerFormOffer(true));
    expect(syncs).toBe(3);
    const state = store.getState();
    expect(state.formOffer).toBeNull();
    expect(state.report.id).toBe("tiep-cong-dan-thang");
    expect(state.raw["tcd:so.luot"]).toBe("09");
    expect(state.recognition?.typedBound).toBeGreaterThanOrEqual(17);
    expect(tagsIn(sim).length).toBeGreaterThan(0);
    expect(tagsIn(sim).every((tag) => tag.startsWith("tcd:"))).toBe(true);
    expect(state.period).toEqual({ kind: "month", year: 2026, month: 5, quarter: 2 });
  });

  it("keeps the form in use when the clerk says so, and binds with it without asking again", async () => {
    const { sim, store } = open(readFileSync(MONTHLY, "utf8"));
    await store.getState().start();
    await store.getState().recognizeFigures();
    await store.getState().answerFormOffer(false);
    expect(store.getState().formOffer).toBeNull();
    expect(store.getState().report.id).toBe("bao-cao-dan-chu-quy");
    expect(store.getState().recognition?.typedBound).toBe(0);
    await store.getState().recognizeFigures();
    expect(store.getState().formOffer).toBeNull();
    expect(tagsIn(sim).every((tag) => tag.startsWith("bcdc:"))).toBe(true);
  });
});

describe("a switch never drops the clerk's figures", () => {
  const staff = REPORT.fields.find((f) => !f.formula && f.kind === "count")!.id;

  it("offers nothing once a figure is typed on the form in use", async () => {
    const { store } = open(readFileSync(MONTHLY, "utf8"));
    await store.getState().start();
    store.getState().setFigure(staff, "12");
    await store.getState().recognizeFigures();
    expect(store.getState().formOffer).toBeNull();
    expect(store.getState().report.id).toBe("bao-cao-dan-chu-quy");
    expect(store.getState().raw[staff]).toBe("12");
  });

  it("refuses the switch when a figure was typed after the question, and keeps it", async () => {
    const { sim, store } = open(readFileSync(MONTHLY, "utf8"));
    await store.getState().start();
    await store.getState().recognizeFigures();
    expect(store.getState().formOffer).not.toBeNull();
    store.getState().setFigure(staff, "12");
    const { syncs } = await sim.measure(() => store.getState().answerFormOffer(true));
    expect(syncs).toBe(0);
    expect(store.getState().report.id).toBe("bao-cao-dan-chu-quy");
    expect(store.getState().raw[staff]).toBe("12");
    expect(store.getState().formOffer).toBeNull();
    expect(store.getState().notice?.text).toBe(
      "Chưa đổi sang mẫu «Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)»: đã có số liệu nhập theo mẫu " +
        `«Báo cáo kết quả thực hiện công tác dân chủ (hằng quý)» («${fieldName(REPORT, staff)}»), đổi mẫu sẽ mất các số liệu đó.`,
    );
  });
});

describe("the reference report recognised on the quarterly form", () => {
  it("offers nothing and binds as before, in 3 syncs", async () => {
    const { sim, store } = open(REFERENCE_TEXT);
    await store.getState().start();
    const { syncs } = await sim.measure(() => store.getState().recognizeFigures());
    expect(syncs).toBe(3);
    expect(store.getState().formOffer).toBeNull();
    expect(store.getState().report.id).toBe("bao-cao-dan-chu-quy");
    expect(store.getState().recognition!.typedBound).toBeGreaterThan(50);
  });
});

describe("a monthly report recognised on the monthly form", () => {
  it("offers nothing", async () => {
    const { store } = open(readFileSync(MONTHLY, "utf8"), builtInDefinition("tiep-cong-dan-thang"));
    await store.getState().start();
    await store.getState().recognizeFigures();
    expect(store.getState().formOffer).toBeNull();
    expect(store.getState().raw["tcd:so.luot"]).toBe("09");
  });
});
