/**
 * Walk finding (walk42, 1): on the second day a clerk changed two figures by hand in the document (61 → 63, 81 → 85),
 * then pressed «Nhận diện số liệu», which said only «… đã có ô từ trước, giữ nguyên.»; the update asked about both;
 * she took the document's numbers for both and the notice still told her to choose below, with nothing left below;
 * her own 85, taken by her choice, was then said to be an error «có sẵn trong văn bản, không do bạn nhập».
 */
import { REPORT, SAMPLE } from "../support/forms";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { noticeText } from "../../src/taskpane/store/noticeText";
import { originsOf } from "../../src/taskpane/store/problemOrigins";

installWordGlobals();

const NOW = new Date("2026-06-20T08:00:00Z");
const decisions = "bcdc:ksthc.soQuyetDinhCongBo";
const received = "bcdc:motCuaVp.tiepNhan";

async function paneOn(sim: WordSimulation) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  store.getState().setAuthor("Nguyễn Thị Lan");
  await store.getState().start();
  return store;
}

function editByHand(sim: WordSimulation, tag: string, text: string) {
  sim.doc.replaceControlText(sim.doc.controls().find((c) => c.tag === tag)!, text);
}

/** The seeded report opened, then two figures changed by hand in Word. */
async function secondDay() {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE));
  const store = await paneOn(sim);
  editByHand(sim, decisions, "63");
  editByHand(sim, received, "85");
  return { sim, store };
}

/** Whose the errors on a field are, as the box and the summary file them. */
const originsOn = (store: Awaited<ReturnType<typeof paneOn>>, field: string) => {
  const state = store.getState();
  const problems = state.review.problems.filter((p) => p.severity === "error" && p.fields.includes(field));
  return originsOf(state, problems);
};

it("recognition names the figures changed by hand and offers the choice at once", async () => {
  const { store } = await secondDay();
  await store.getState().recognizeFigures();
  const text = noticeText(store.getState());
  expect(text).toContain("2 số liệu đã bị sửa tay trong văn bản");
  expect(text).toContain("«Quyết định công bố danh mục TTHC»: văn bản ghi «63», ngăn ghi «61»");
  expect(text).toContain("«Hồ sơ tiếp nhận (một cửa Văn phòng)»: văn bản ghi «85», ngăn ghi «81»");
  expect(text).toMatch(/: hãy chọn cách xử lý ở thẻ «Số liệu»\.$/);
  // The boxes keep what she had; the choice is hers, as the update would ask it.
  expect(store.getState().raw[received]).toBe("81");
  expect(store.getState().conflicts.map((c) => [c.field, c.documentText, c.target])).toEqual([
    [received, "85", "81"],
    [decisions, "63", "61"],
  ]);
});

it("the notice follows the choices, and a figure she took from the document is hers", async () => {
  const { sim, store } = await secondDay();
  await store.getState().updateDocument();
  expect(noticeText(store.getState())).toContain("2 số liệu đã bị sửa tay trong văn bản: hãy chọn cách xử lý bên dưới.");

  store.getState().resolveConflict(decisions, "takeDocument");
  let text = noticeText(store.getState());
  expect(text).toContain("Còn 1 số liệu bị sửa tay: hãy chọn cách xử lý bên dưới.");
  expect(text).not.toContain("2 số liệu đã bị sửa tay");

  store.getState().resolveConflict(received, "takeDocument");
  text = noticeText(store.getState());
  expect(text).toContain("Đã chọn cho 2 số liệu bị sửa tay: lấy số trong văn bản vào ngăn.");
  expect(text).not.toContain("hãy chọn cách xử lý bên dưới");
  expect(store.getState().raw[received]).toBe("85");

  // 85 ≠ 77 + 04: her own choice, not the report's error.
  expect(originsOn(store, received)).toEqual(["typed"]);
  // The choice is the document's: saved at once, in the history under her name.
  await store.getState().keepDraft();
  const stored = storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml);
  expect(stored?.figures[received]).toBe("85");
  expect(stored?.history.filter((h) => h.field === received)).toEqual([
    { field: received, from: "81", to: "85", at: NOW.toISOString(), by: "Nguyễn Thị Lan", period: store.getState().period },
  ]);

  // The update writes nothing for them and asks nothing again; reopened, 85 is still hers.
  await store.getState().updateDocument();
  expect(store.getState().conflicts).toEqual([]);
  const reopened = await paneOn(sim);
  expect(reopened.getState().raw[received]).toBe("85");
  expect(originsOn(reopened, received)).toEqual(["typed"]);
  // Typing another figure later is no hand edit to ask about: 85 is what the pane agreed with.
  reopened.getState().setFigure(received, "81");
  await reopened.getState().updateDocument();
  expect(reopened.getState().conflicts).toEqual([]);
  expect(sim.controls().filter((c) => c.tag === received).map((c) => c.text)).toEqual(["81"]);
});
