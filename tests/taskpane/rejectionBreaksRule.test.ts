/**
 * Walk finding (walk50, 6): a clerk changed two figures that only agree together; the leader accepted one and rejected
 * the other. The notice said only «Đã từ chối thay đổi; …», and the clerk's «Số liệu» tab then called the broken rule
 * her own typing's error. The leader's notice now says at once which rule the decision broke.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const GIAO = "bcdc:bienChe.congChucGiao";
const THUC_HIEN = "bcdc:bienChe.congChucThucHien";
let clock = Date.parse("2026-03-20T08:00:00Z");

async function refreshedBoth() {
  const sim = createWordSimulation(smallDocument(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report: REPORT });
  store.getState().setAuthor("Nguyễn Văn A");
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  // More staff allotted, more serving: each within the other only together.
  store.getState().setFigure(GIAO, "60");
  store.getState().setFigure(THUC_HIEN, "58");
  await store.getState().updateDocument();
  await store.getState().loadReview();
  return store;
}

it("says which rule a rejection breaks, when the changes that kept it were decided apart", async () => {
  const store = await refreshedBoth();
  await store.getState().resolveReview([GIAO], false);
  const notice = store.getState().notice!;
  expect(notice.intent).toBe("warning");
  expect(notice.text).toMatch(/^Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản \(1 số liệu, ghi vào lịch sử\)\. Sau quyết định này, các số liệu không còn khớp nhau: /u);
  expect(notice.text).toContain("(58)");
  expect(notice.text).toContain("(55)");
  expect(notice.text).toMatch(/Các thay đổi làm cho số liệu khớp nhau nên được quyết định cùng nhau\.$/u);
});

it("says nothing more when the decision leaves the figures agreeing", async () => {
  const store = await refreshedBoth();
  await store.getState().resolveReview([THUC_HIEN], false);
  expect(store.getState().notice).toEqual({ intent: "success", text: "Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản (1 số liệu, ghi vào lịch sử)." });
});
