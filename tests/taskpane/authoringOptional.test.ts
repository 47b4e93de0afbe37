/**
 * «Không bắt buộc» through the store, the real gateway and the Word simulation: set and cleared in 2 syncs, saved in
 * the document's form (format 2 while a mark is set, 1 again after), found again by a pane opened anew, written to
 * and read from a form file.
 */
import { storedReportFromXml } from "../../src/domain/storedReport";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { openAuthoring } from "../support/authoringPane";
import { REPORT, SAMPLE } from "../support/forms";

installWordGlobals();
const NOW = new Date("2026-03-05T08:00:00Z");

const open = (sim: WordSimulation) => openAuthoring(sim, NOW);

const carried = (sim: WordSimulation) => storedReportFromXml(sim.doc.xmlParts[0]!.xml)!.form!;
const FIELD = "bcdc:bienChe.hopDong";

describe("«không bắt buộc» in Thiết kế mẫu", () => {
  it("sets and clears the mark on a field and on a section, each in 2 syncs, and a reopened pane keeps it", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { store, authoring } = await open(sim);
    sim.resetSyncCount();
    expect(await authoring.setOptional({ field: FIELD }, true)).toEqual([]);
    expect(sim.syncCount()).toBe(2);
    expect(store.getState().notice?.text).toBe(`Đã đánh dấu «${REPORT.byId.get(FIELD)!.label}» không bắt buộc.`);
    expect(store.getState().report.byId.get(FIELD)?.optionalGroup).toBe("bienChe.hopDong");
    expect(carried(sim).formatVersion).toBe(2);
    expect((JSON.parse(carried(sim).text) as { formatVersion: number }).formatVersion).toBe(2);

    const top = REPORT.form.sections.find((s) => s.id === REPORT.topOf.get(REPORT.byId.get(FIELD)!.section))!;
    expect(await authoring.setOptional({ section: top.id }, true)).toEqual([]);
    expect(store.getState().notice?.text).toBe(`Đã đánh dấu cả mục «${top.title}» không bắt buộc.`);

    const again = await open(sim);
    const report = again.store.getState().report;
    expect(report.form.sections.find((s) => s.id === top.id)!.optional).toBe(true);
    expect(report.byId.get(FIELD)?.optionalGroup).toBe(`§${top.id}`);
    expect(JSON.parse(again.authoring.formFileText())).toMatchObject({ formatVersion: 2 });

    expect(await again.authoring.setOptional({ section: top.id }, false)).toEqual([]);
    expect(await again.authoring.setOptional({ field: FIELD }, false)).toEqual([]);
    expect(again.store.getState().notice?.text).toBe(`Đã bỏ dấu không bắt buộc của «${REPORT.byId.get(FIELD)!.label}».`);
    expect(carried(sim).formatVersion).toBe(1);
    expect(JSON.parse(carried(sim).text)).toEqual(REPORT.form);
  });

  it("a form file carrying the mark is read and saved with it; a computed figure is refused and nothing written", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { store, authoring } = await open(sim);
    const file = JSON.parse(authoring.formFileText()) as { formatVersion: number; fields: { id: string; optional?: boolean }[] };
    file.formatVersion = 2;
    file.fields.find((f) => `bcdc:${f.id}` === FIELD)!.optional = true;
    expect(await authoring.loadFormFile(JSON.stringify(file))).toEqual([]);
    expect(store.getState().report.byId.get(FIELD)?.optionalGroup).toBe("bienChe.hopDong");
    expect(carried(sim).formatVersion).toBe(2);

    const saved = sim.doc.xmlParts[0]!.xml;
    const computed = REPORT.fields.find((f) => f.formula && f.formula.op !== "period")!;
    sim.resetSyncCount();
    expect(await authoring.setOptional({ field: computed.id }, true)).toEqual([
      `«${computed.label}» được tính từ số liệu khác: hãy đánh dấu «không bắt buộc» các số liệu nó được tính từ.`,
    ]);
    expect(sim.syncCount()).toBe(0);
    expect(sim.doc.xmlParts[0]!.xml).toBe(saved);
  });
});
