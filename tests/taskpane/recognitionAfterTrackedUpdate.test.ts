/**
 * Walk finding (walk52, 3): after a tracked «Cập nhật văn bản», a second «Nhận diện số liệu» read each refreshed
 * control as Word gives it under Track Changes, the deleted text before the inserted («96,25%96,05%»), and the pane
 * said «Văn bản ghi «Tỷ lệ …» là 96,25%96,05%, nhưng theo số liệu phải là 96,05%» of a share the update had just
 * written. Recognition reads the controls as reviewed, as «Kiểm tra văn bản» and «Đọc lại văn bản» do.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();

const control = (id: number, field: string, text: string) => ({ id, tag: `bcdc:${field}`, title: REPORT.byId.get(`bcdc:${field}`)!.label, text });
const desk = (): SimParagraph[] => [
  {
    runs: [
      "Họp giao ban ", control(1, "giaoBan.soCuoc", "13"), " cuộc. Đã giải quyết ", control(2, "motCuaVp.daGiaiQuyet", "1.198"),
      " hồ sơ; trả sớm hạn ", control(3, "motCuaVp.traSom", "312"), " hồ sơ, chiếm ", control(4, "motCuaVp.tyLeTraSom", "26,04%"), ".",
    ],
  },
];

it("reads a refreshed share as the update wrote it, not with its tracked deletion in front", async () => {
  const sim = createWordSimulation(desk(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  store.getState().setFigure("bcdc:motCuaVp.traSom", "320");
  await store.getState().updateDocument();
  const shareText = () => sim.controls().find((c) => c.tag === "bcdc:motCuaVp.tyLeTraSom")!.text;
  expect(shareText()).toBe("26,04%26,71%");
  await store.getState().recognizeFigures();
  const said = store.getState().documentProblems.map((p) => p.message).join("\n");
  expect(said).not.toContain("26,04%26,71%");
  expect(store.getState().observations.get("bcdc:motCuaVp.tyLeTraSom")?.map((o) => o.text)).toEqual(["26,71%"]);
});
