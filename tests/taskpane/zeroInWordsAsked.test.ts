/**
 * Walk finding (walk52, 1): «Văn phòng không nhận được đơn thư …» had «không» bound as the letters' figure. The clerk
 * typed 01, «Cập nhật văn bản» wrote «Văn phòng 01 nhận được đơn thư», and her leader accepted a sentence that says
 * the opposite of what was meant. A zero said in words is now asked about before digits replace it.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();

const LETTERS = "bcdc:khieuNai.soDon";

async function typedOne() {
  const sim = createWordSimulation([
    { runs: ["Tính đến thời điểm báo cáo, Văn phòng ", { id: 1, tag: LETTERS, title: REPORT.byId.get(LETTERS)!.label, text: "không" }, " nhận được đơn thư, khiếu nại, tố cáo."] },
  ]);
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  store.getState().setFigure(LETTERS, "01");
  await store.getState().updateDocument();
  return { sim, store };
}

it("asks before writing digits over a zero said in words, and leaves the sentence as it is", async () => {
  const { sim, store } = await typedOne();
  expect(sim.doc.paragraphText(0)).toBe("Tính đến thời điểm báo cáo, Văn phòng không nhận được đơn thư, khiếu nại, tố cáo.");
  expect(store.getState().conflicts).toEqual([expect.objectContaining({ field: LETTERS, documentText: "không", target: "01", inWords: true })]);
  expect(store.getState().notice?.text).toContain("1 số liệu được văn bản nói bằng chữ (thay bằng số có thể làm câu sai nghĩa): hãy chọn cách xử lý bên dưới.");
  expect(store.getState().raw[LETTERS]).toBe("01");
});

it("writes the digits once she says so", async () => {
  const { sim, store } = await typedOne();
  await store.getState().resolveConflict(LETTERS, "overwrite");
  await store.getState().updateDocument();
  expect(sim.doc.paragraphText(0)).toBe("Tính đến thời điểm báo cáo, Văn phòng 01 nhận được đơn thư, khiếu nại, tố cáo.");
});
