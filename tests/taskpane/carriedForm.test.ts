/**
 * The document carries its form: a new report saves it, reopening uses it (even when the pane starts with another),
 * a newer format is refused and nothing is written, and setReport swaps the form the next write saves.
 */
import { emptyStoredReport, storedReportFromXml, storedReportToXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { builtInDefinition, builtInForm, REPORT } from "../support/forms";
import { referenceOfficePrefs } from "../support/officePrefs";

installWordGlobals();

const NOW = new Date("2020-11-25T08:00:00Z");
const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

/* The gateway's default: any built-in form's controls are ours. */
function open(sim: WordSimulation, report = REPORT) {
  return createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report, prefs: referenceOfficePrefs() });
}

function storedOf(sim: WordSimulation) {
  const xml = sim.doc.xmlParts.find((part) => part.namespaceUri === STORE_NAMESPACE)?.xml;
  return xml ? storedReportFromXml(xml) : null;
}

describe("a document's own form", () => {
  it("is saved with a new monthly report and used when the document is opened by a pane started with another form", async () => {
    const sim = createWordSimulation([]);
    const first = createAppStore({ word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => "tcd:" }), now: () => NOW, report: MONTHLY, prefs: referenceOfficePrefs() });
    await first.getState().start();
    expect(first.getState().period).toEqual({ kind: "month", year: 2020, month: 11, quarter: 4 });
    first.getState().setFigure("tcd:tinh.luot", "01");
    await first.getState().createReport();
    expect(first.getState().notice?.text).toMatch(/^Đã tạo báo cáo tháng 11 năm 2020: /);
    expect(sim.controls().filter((c) => c.tag === "tcd:ky.thang").map((c) => c.text)).toEqual(["11", "11", "11", "11"]);
    expect(storedOf(sim)?.form?.text).toBe(JSON.stringify(builtInForm("tiep-cong-dan-thang")));

    const reopened = createAppStore({ word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => "tcd:" }), now: () => NOW, report: REPORT });
    const { syncs } = await sim.measure(() => reopened.getState().start());
    expect(reopened.getState().report.id).toBe("tiep-cong-dan-thang");
    expect(reopened.getState().raw["tcd:tinh.luot"]).toBe("01");
    expect(reopened.getState().period).toEqual({ kind: "month", year: 2020, month: 11, quarter: 4 });
    expect(syncs).toBeLessThanOrEqual(3);
  });

  it("of a newer format is refused with a clear message, and nothing is written", async () => {
    const sim = createWordSimulation([{ runs: ["Có ", { tag: "bcdc:bienChe.hopDong", title: "Hợp đồng", text: "08" }, " người."] }]);
    const stored = { ...emptyStoredReport({ quarter: 1, year: 2026 }), form: { formatVersion: 9, text: "{\"tương lai\": true}" } };
    sim.doc.addXmlPart(storedReportToXml(stored), STORE_NAMESPACE);
    const before = storedOf(sim);
    const store = open(sim);
    await store.getState().start();
    expect(store.getState().formRefusal).toMatch(/định dạng phiên bản 9, mới hơn phiên bản phần bổ trợ này đọc được \(2\)/);
    expect(store.getState().notice?.intent).toBe("error");
    store.getState().setFigure("bcdc:bienChe.hopDong", "09");
    const { syncs } = await sim.measure(() => store.getState().updateDocument());
    expect(syncs).toBe(0);
    expect(sim.controls().map((c) => c.text)).toEqual(["08"]);
    expect(storedOf(sim)).toEqual(before);
  });

  it("damaged is refused by place, and nothing is written", async () => {
    const sim = createWordSimulation([]);
    const broken = { ...builtInForm("bao-cao-dan-chu-quy"), rules: [{ id: "x", kind: "sum", total: "khongCo", parts: ["a"], severity: "error" }] };
    sim.doc.addXmlPart(storedReportToXml({ ...emptyStoredReport({ quarter: 1, year: 2026 }), form: { formatVersion: 1, text: JSON.stringify(broken) } }), STORE_NAMESPACE);
    const store = open(sim);
    await store.getState().start();
    expect(store.getState().formRefusal).toContain("rules[0].total: không có số liệu «khongCo» trong \"fields\"");
    const { syncs } = await sim.measure(() => store.getState().createReport());
    expect(syncs).toBe(0);
  });

  it("swapped with setReport is checked first, then saved at the next write", async () => {
    const sim = createWordSimulation([]);
    const store = open(sim);
    await store.getState().start();
    expect(await store.getState().setReport({ ...builtInForm("tiep-cong-dan-thang"), tagPrefix: "KHÔNG HỢP LỆ" })).toEqual([
      expect.stringMatching(/^tagPrefix: tiền tố thẻ phải gồm/),
    ]);
    expect(store.getState().report.id).toBe("bao-cao-dan-chu-quy");
    expect(await store.getState().setReport(builtInForm("tiep-cong-dan-thang"))).toEqual([]);
    expect(store.getState().report.id).toBe("tiep-cong-dan-thang");
    expect(store.getState().period.kind).toBe("month");
    await store.getState().updateDocument();
    expect(JSON.parse(storedOf(sim)?.form?.text ?? "{}").id).toBe("tiep-cong-dan-thang");
  });
});
