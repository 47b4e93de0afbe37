/**
 * The clerk's two clicks for an unclear figure, through the store, the real gateway and the Word simulation, on a
 * reworded report (tests/fixtures/corpus/reworded/01-ngan-gon.txt) with a note that states the serving staff count a
 * second time, differently, so recognition rightly leaves it unclear: a candidate is selected in the document, then bound to the field; a number selected by hand is bound
 * the same way; what is not a number, or is already in a control, is refused; a choice is undone keeping the text;
 * reopening the pane keeps every decision. Each operation is 1 read sync + 1 write sync.
 */
import { readFileSync } from "node:fs";
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const NOW = new Date("2026-11-05T08:00:00Z");
const serving = "bcdc:bienChe.congChucThucHien";
const servingPublic = "bcdc:bienChe.suNghiepThucHien";
// A note at the end states the serving staff count a second time, differently: the figure is unclear by construction.
const LINES = [
  ...readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n"),
  "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người.",
];

async function open(sim: WordSimulation) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  return store;
}

const texts = (sim: WordSimulation) => sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i));

describe("choosing an unclear figure", () => {
  it("selects a candidate, binds it to the field, binds a number selected by hand, refuses what is not a figure, and undoes", async () => {
    const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
    const store = await open(sim);
    await store.getState().recognizeFigures();
    const unclear = store.getState().recognition!.ambiguous.find((f) => f.field === serving)!;
    const index = unclear.candidates!.findIndex((c) => c.text === "46");
    expect(unclear.candidates![index]).toMatchObject({ text: "46", before: "…chức giao 55, có mặt ", after: "; sự nghiệp giao 15,…", paragraph: 14 });
    const before = texts(sim);

    sim.resetSyncCount();
    await store.getState().showCandidate(serving, index);
    expect(sim.syncCount()).toBe(2);
    const { paragraph, start, end } = sim.doc.selection();
    expect([paragraph, sim.doc.paragraphText(paragraph).slice(start, end)]).toEqual([13, "46"]);
    expect(store.getState().shownCandidate).toEqual({ field: serving, index });

    sim.resetSyncCount();
    await store.getState().bindChosen(serving);
    expect(sim.syncCount()).toBe(2);
    expect(store.getState().notice).toEqual({ intent: "success", text: "Đã gắn «46» vào ô «Công chức đang thực hiện». Số trong văn bản giữ nguyên." });
    expect(sim.controls().filter((c) => c.tag === serving).map((c) => [c.title, c.text])).toEqual([["Công chức đang thực hiện", "46"]]);
    expect(store.getState().raw[serving]).toBe("46");
    expect(texts(sim)).toEqual(before);

    // The other path: the clerk selects the number in Word (with a space before it) and clicks the field.
    const row = sim.doc.paragraphText(13);
    const at = row.indexOf("có mặt 14") + "có mặt ".length;
    sim.select(13, at - 1, at + 2);
    await store.getState().bindChosen(servingPublic);
    expect(sim.controls().filter((c) => c.tag === servingPublic).map((c) => c.text)).toEqual(["14"]);
    expect(store.getState().raw[servingPublic]).toBe("14");

    // Refused, nothing written: words that are not one number, and a number already in a control.
    const controls = sim.controls().length;
    sim.select(13, 0, 8);
    await store.getState().bindChosen("bcdc:bienChe.hopDong");
    expect(store.getState().notice?.intent).toBe("error");
    expect(store.getState().notice?.text).toMatch(/không phải một con số/);
    const inside = sim.doc.paragraphText(13).indexOf("46");
    sim.select(13, inside, inside + 2);
    await store.getState().bindChosen("bcdc:bienChe.hopDong");
    expect(store.getState().notice?.text).toMatch(/^Chỗ đang chọn nằm trong hoặc chứa ô «Công chức đang thực hiện»/);
    expect(sim.controls().length).toBe(controls);

    // A wrong choice undone: the control goes, the number stays in the text, the form forgets the value.
    sim.resetSyncCount();
    await store.getState().unbindChosen(serving);
    expect(sim.syncCount()).toBe(2);
    expect(sim.controls().some((c) => c.tag === serving)).toBe(false);
    expect(texts(sim)).toEqual(before);
    expect(store.getState().raw[serving]).toBeUndefined();
    expect(store.getState().chosenFigures[serving]).toBeUndefined();

    // Closing and reopening the pane: the decision is in the document.
    const again = await open(sim);
    expect(again.getState().observations.get(servingPublic)?.map((o) => o.text)).toEqual(["14"]);
    expect([again.getState().raw[servingPublic], again.getState().raw[serving]]).toEqual(["14", undefined]);
  });
});
