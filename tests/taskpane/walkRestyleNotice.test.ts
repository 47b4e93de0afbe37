/**
 * A specialist's walk: after «Nhận diện số liệu» on another office's report, the first «Cập nhật văn bản» rewrote
 * «8», «12 450», «10 902» as «08», «12.450», «10.902» though nobody changed a figure, and a leader saw tracked changes
 * where no value changed. Such figures are now left as written and the clerk is asked once for all of them.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const TEXT = [
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý II năm 2026",
  "Bộ phận một cửa của Văn phòng: tiếp nhận 126 hồ sơ; đã giải quyết 118 hồ sơ, đạt 93,65%; đang giải quyết 8 hồ sơ, chiếm 6,35%.",
  "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12 450 hồ sơ, đã giải quyết 10 902 hồ sơ.",
];
const RECEIVED = "bcdc:hcc.tiepNhan";

type Sim = ReturnType<typeof createWordSimulation>;
const paneOn = (sim: Sim) => createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-06-20T08:00:00Z"), report: REPORT });

async function recognisedReport() {
  const sim = createWordSimulation(TEXT.map((t) => ({ runs: [t] })));
  const store = paneOn(sim);
  await store.getState().start();
  await store.getState().recognizeFigures();
  return { sim, store };
}

it("leaves figures written in another style as they are, and says so, at the first update", async () => {
  const { sim, store } = await recognisedReport();
  await store.getState().updateDocument();
  const state = store.getState();
  expect(sim.controls().find((c) => c.tag === RECEIVED)?.text).toBe("12 450");
  expect(state.restyles.map((r) => `${r.documentText} → ${r.target}`)).toEqual(expect.arrayContaining(["12 450 → 12.450", "10 902 → 10.902", "8 → 08"]));
  expect(state.notice!.text).toMatch(/\d+ số liệu(?: \(\d+ chỗ\))? đúng giá trị nhưng viết khác quy cách được giữ nguyên như văn bản/);
  expect(state.history.filter((h) => h.field === RECEIVED)).toEqual([]);
});

it("rewrites them in the official style when the clerk asks, recorded in the history", async () => {
  const { sim, store } = await recognisedReport();
  await store.getState().updateDocument();
  const offered = store.getState().restyles.length;
  await store.getState().restyleFigures();
  const state = store.getState();
  expect(sim.controls().find((c) => c.tag === RECEIVED)?.text).toBe("12.450");
  expect(state.restyles).toEqual([]);
  expect(state.notice!.text).toMatch(new RegExp(`^Đã cập nhật ${offered} số liệu\\. Trong đó ${offered} số liệu chỉ viết lại theo quy cách, giá trị không đổi \\(`));
  expect(state.history.find((h) => h.field === RECEIVED)).toMatchObject({ from: "12 450", to: "12.450" });
});

it("does not ask again for figures whose style the clerk kept, and still writes a real change", async () => {
  const { sim, store } = await recognisedReport();
  await store.getState().updateDocument();
  await store.getState().keepStyles();
  expect(store.getState().restyles).toEqual([]);
  store.getState().setFigure(RECEIVED, "12451");
  await store.getState().updateDocument();
  const state = store.getState();
  expect(state.restyles).toEqual([]);
  expect(sim.controls().find((c) => c.tag === RECEIVED)?.text).toBe("12.451");
  expect(sim.controls().find((c) => c.tag === "bcdc:hcc.daGiaiQuyet")?.text).toBe("10 902");
  expect(state.notice!.text).not.toContain("chỉ viết lại theo quy cách");
});

it("remembers the clerk's choice to keep the document's style in the document: the reopened pane does not ask again", async () => {
  const { sim, store } = await recognisedReport();
  await store.getState().updateDocument();
  const kept = new Set(store.getState().restyles.map((r) => r.field));
  await store.getState().keepStyles();
  const reopened = paneOn(sim);
  await reopened.getState().start();
  expect(new Set(reopened.getState().keptStyles)).toEqual(kept);
  await reopened.getState().updateDocument();
  expect(reopened.getState().restyles).toEqual([]);
  expect(reopened.getState().notice?.text ?? "").not.toContain("viết khác quy cách");
  expect(sim.controls().find((c) => c.tag === RECEIVED)?.text).toBe("12 450");
});
