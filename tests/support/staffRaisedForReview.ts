/**
 * The small document with the staff allotted and serving raised together (55 → 60, 46 → 58) under tracking: two
 * changes that only agree together, waiting for a leader in «Duyệt thay đổi» (walk50, 6).
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "./forms";
import { smallDocument } from "./simDocuments";

installWordGlobals();

export const GIAO = "bcdc:bienChe.congChucGiao";
export const THUC_HIEN = "bcdc:bienChe.congChucThucHien";
let clock = Date.parse("2026-03-20T08:00:00Z");

export async function staffRaisedForReview() {
  const sim = createWordSimulation(smallDocument(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report: REPORT });
  store.getState().setAuthor("Nguyễn Văn A");
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  store.getState().setFigure(GIAO, "60");
  store.getState().setFigure(THUC_HIEN, "58");
  await store.getState().updateDocument();
  await store.getState().loadReview();
  return store;
}
