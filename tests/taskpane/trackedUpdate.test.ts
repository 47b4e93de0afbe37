/** The store with the real gateway on the Word simulation: a tracked refresh is not mistaken for a hand edit. */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, parseMarkup } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();
const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";

function setUp() {
  const sim = createWordSimulation([parseMarkup(`Họp [[${MEETINGS}|11]] cuộc; nâng lương [[${RAISES}|04]] người.`, () => "")]);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-05T08:00:00Z") , report: REPORT });
  return { sim, store };
}

describe("tracked refresh, then another update", () => {
  it("sees its own pending change (old + new text in Word) as written, not as a hand edit", async () => {
    const { sim, store } = setUp();
    await store.getState().start();
    await store.getState().setTrackChanges(true);
    store.getState().setFigure(MEETINGS, "12");
    store.getState().setFigure(RAISES, "05");
    await store.getState().updateDocument();
    expect(sim.controls().map((c) => c.text)).toEqual(["1112", "0405"]);

    await store.getState().readDocument();
    expect(store.getState().observations.get(RAISES)).toEqual([{ text: "05", where: "chỗ 1" }]);
    expect(store.getState().documentProblems).toEqual([]);

    store.getState().setFigure(MEETINGS, "13");
    await store.getState().updateDocument();
    expect(store.getState().conflicts).toEqual([]);
    expect(store.getState().notice).toEqual({ intent: "success", text: "Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 12 → 13." });
    // Word drops our pending insertion "12" and keeps the original deletion "11".
    expect(sim.controls().map((c) => c.text)).toEqual(["1113", "0405"]);
    expect(store.getState().history.map((h) => [h.field, h.from, h.to])).toEqual([
      [MEETINGS, "11", "12"],
      [RAISES, "04", "05"],
      [MEETINGS, "12", "13"],
    ]);
  });

  it("follows the document after a rejection while the other figure stays pending", async () => {
    const { sim, store } = setUp();
    await store.getState().start();
    await store.getState().setTrackChanges(true);
    store.getState().setFigure(MEETINGS, "12");
    store.getState().setFigure(RAISES, "05");
    await store.getState().updateDocument();
    await store.getState().resolveReview([MEETINGS], false);
    expect(sim.controls().map((c) => c.text)).toEqual(["11", "0405"]);
    expect(store.getState().raw[MEETINGS]).toBe("11");
    expect(store.getState().observations.get(RAISES)).toEqual([{ text: "05", where: "chỗ 1" }]);
    await store.getState().updateDocument();
    expect(store.getState().conflicts).toEqual([]);
  });
});
