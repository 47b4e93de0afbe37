/**
 * Review on Word for Mac, where TrackedChange.text of a deletion is "" (OfficeDev/office-js#5178, #5188): the old
 * value comes from the history the add-in keeps in the document, and accepting or rejecting still works.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { withOldValues } from "../../src/domain/reviewOldValues";
import { smallDocument } from "../support/simDocuments";
import { REPORT } from "../support/forms";

installWordGlobals();

const GIAO = "bcdc:bienChe.congChucGiao";

async function refreshedOnMac() {
  const sim = createWordSimulation(smallDocument(), { platform: "Mac", author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  store.getState().setAuthor("Nguyễn Văn A");
  await store.getState().start();
  store.getState().setTrackChanges(true);
  store.getState().setFigure(GIAO, "56");
  await store.getState().updateDocument();
  return { sim, store };
}

describe("review where Word gives no text for a deletion", () => {
  it("shows the old value from the document's history", async () => {
    const { store } = await refreshedOnMac();
    await store.getState().loadReview();
    expect(store.getState().trackedReview).toEqual([
      expect.objectContaining({ tag: GIAO, deleted: "55", inserted: "56", deletions: 1, oldFromHistory: true }),
    ]);
  });

  it("rejecting brings the old value back into the document and the form", async () => {
    const { sim, store } = await refreshedOnMac();
    await store.getState().loadReview();
    await store.getState().resolveReview([GIAO], false);
    expect(sim.controls().find((c) => c.tag === GIAO)?.text).toBe("55");
    expect(store.getState().raw[GIAO]).toBe("55");
    expect(store.getState().trackedReview).toEqual([]);
  });

  it("accepting keeps the new value", async () => {
    const { sim, store } = await refreshedOnMac();
    await store.getState().resolveReview("all", true);
    expect(sim.controls().find((c) => c.tag === GIAO)?.text).toBe("56");
    expect(store.getState().raw[GIAO]).toBe("56");
  });
});

describe("withOldValues", () => {
  const change = { tag: GIAO, deleted: "", inserted: "57", deletions: 1 };
  const history = [
    { field: GIAO, from: "55", to: "56", at: "2026-03-20T08:00:00Z", by: "A" },
    { field: GIAO, from: "56", to: "57", at: "2026-03-21T08:00:00Z", by: "A" },
  ];

  it("takes the value the latest write of the pending value replaced", () => {
    expect(withOldValues([change], history)).toEqual([{ ...change, deleted: "56", oldFromHistory: true }]);
  });

  it("leaves Word's own text, a change without deletion, and a value the history never wrote alone", () => {
    const fromWord = { ...change, deleted: "55" };
    const insertionOnly = { ...change, deletions: 0 };
    const handTyped = { ...change, inserted: "99" };
    expect(withOldValues([fromWord, insertionOnly, handTyped], history)).toEqual([fromWord, insertionOnly, handTyped]);
  });
});
