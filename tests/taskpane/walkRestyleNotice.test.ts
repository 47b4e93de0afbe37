/**
 * A specialist's walk: after «Nhận diện số liệu» on another office's report, the first «Cập nhật văn bản» said «Đã
 * cập nhật 7 ô số liệu.» though nobody changed a figure: «8», «12 450», «10 902» were rewritten «08», «12.450»,
 * «10.902» (the official style). The notice now says that these only changed style, with examples.
 */
import { REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

it("says which figures were only rewritten in the official style, and nothing of it when a value changed", async () => {
  const text = [
    "BÁO CÁO",
    "Kết quả thực hiện công tác dân chủ quý II năm 2026",
    "Bộ phận một cửa của Văn phòng: tiếp nhận 126 hồ sơ; đã giải quyết 118 hồ sơ, đạt 93,65%; đang giải quyết 8 hồ sơ, chiếm 6,35%.",
    "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12 450 hồ sơ, đã giải quyết 10 902 hồ sơ.",
  ];
  const sim = createWordSimulation(text.map((t) => ({ runs: [t] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-06-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  await store.getState().updateDocument();
  const notice = store.getState().notice!.text;
  expect(notice).toMatch(/^Đã cập nhật \d+ ô số liệu\. Trong đó \d+ ô chỉ viết lại theo quy cách, giá trị không đổi \(/);
  expect(notice).toContain("12 450 → 12.450");
  expect(sim.controls().find((c) => c.tag === "bcdc:hcc.tiepNhan")?.text).toBe("12.450");

  // A real change is not called a change of style.
  store.getState().setFigure("bcdc:motCuaVp.tiepNhan", "127");
  await store.getState().updateDocument();
  expect(store.getState().notice!.text).not.toContain("chỉ viết lại theo quy cách");
});
