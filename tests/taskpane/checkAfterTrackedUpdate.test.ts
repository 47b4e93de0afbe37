/**
 * Walk finding (walk50, 7): after an update with Track Changes on, «Kiểm tra văn bản» read a refreshed figure as its
 * deleted and inserted texts run together (Word's paragraph text holds both, office-js#1267): «104 + 33 + 1920 =
 * 2.057 (chênh 1.901)» for a cell changed from 19 to 20. The check now reads the paragraphs as they stand once the
 * pending changes are set aside, so the same update reads the same with tracking on as off.
 */
import { readFileSync } from "node:fs";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();
jest.setTimeout(60_000);

const EARLY = "bcdc:motCuaVp.traSom";
const RESOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const PENDING = "bcdc:motCuaVp.dangGiaiQuyet";
const lines = readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n");

async function checkedAfterUpdate(tracking: boolean) {
  const sim = createWordSimulation(lines.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  expect([store.getState().raw[EARLY], store.getState().raw[RESOLVED], store.getState().raw[PENDING]]).toEqual(["06", "77", "04"]);
  store.getState().setAuthor("Lò Thị Hương");
  await store.getState().setTrackChanges(tracking);
  // One more file resolved early, one fewer pending: the 81 received still add up.
  store.getState().setFigure(EARLY, "07");
  store.getState().setFigure(RESOLVED, "78");
  store.getState().setFigure(PENDING, "03");
  await store.getState().updateDocument();
  const paragraph = sim.doc.paragraphText(lines.findIndex((l) => l.includes("sớm hạn 06")));
  await store.getState().checkText();
  return { paragraph, check: store.getState().textCheck };
}

it("reads a figure refreshed under Track Changes as its new value, as without tracking", async () => {
  const tracked = await checkedAfterUpdate(true);
  // Word's paragraph text holds the deletion in front of the insertion.
  expect(tracked.paragraph).toContain("xong 7778");
  const plain = await checkedAfterUpdate(false);
  expect(plain.paragraph).toContain("xong 78");
  expect(tracked.check).toEqual(plain.check);
  expect(JSON.stringify(tracked.check)).not.toContain("7778");
});
