/**
 * Walk finding (walk42, shots 09a and 50a): one figure typed (8.827) and the notice read only «Đã cập nhật 3 số liệu.»,
 * two shares having followed it (9,7% → 10,88%, 79,41% → 87,65%); on the monthly form «Đã cập nhật 2 số liệu» named the
 * corrected total and not the share that followed it (75,07% → 75,70%). The clerk counts what she typed against the
 * notice: every figure written is named, hers first, then the computed ones, three of each and «và N số liệu khác».
 */
import { REPORT, SAMPLE, builtInDefinition } from "../support/forms";
import { decisionWith } from "../support/updateDecisions";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { describeUpdate } from "../../src/taskpane/store/messages";

installWordGlobals();

const CENTRE = "(Trung tâm Phục vụ hành chính công tỉnh)";

it("names the figure typed and every share written with it on the reference report", async () => {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  store.getState().setAuthor("Nguyễn Thị Lan");
  // As the walker went: the resolved dossiers written first, the received box left empty, then filled.
  store.getState().setFigure("bcdc:hcc.tiepNhan", "");
  store.getState().setFigure("bcdc:hcc.daGiaiQuyet", "7.737");
  await store.getState().updateDocument();
  store.getState().setFigure("bcdc:hcc.tiepNhan", "8.827");
  await store.getState().updateDocument();

  expect(store.getState().notice).toEqual({
    intent: "success",
    text:
      "Đã cập nhật 3 số liệu. Số đã ghi: «Hồ sơ tiếp nhận (Trung tâm PVHCC)» 9.780 → 8.827. " +
      `Số tự tính ghi lại: «Tỷ lệ đã giải quyết ${CENTRE}» 79,41% → 87,65%; «Tỷ lệ đang giải quyết ${CENTRE}» 9,7% → 10,88%.`,
  });
});

it("names the share that follows a corrected total on the monthly form", () => {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  const total = { field: "tcd:tong.luot", from: "132", to: "107" };
  const share = { field: "tcd:noiDung.datDaiTyLe", from: "75,07%", to: "75,70%" };
  expect(describeUpdate(monthly, decisionWith([total, share]), 2).text).toBe(
    "Đã cập nhật 2 số liệu. Số tự tính được sửa cho khớp với số liệu văn bản đang ghi (bạn không nhập số này): «Tổng số lượt tiếp công dân» 132 → 107. " +
      "Số tự tính ghi lại: «Tỷ lệ lượt tiếp về đất đai» 75,07% → 75,70%.",
  );
});

it("counts past three in each list, the clerk's figures before the computed ones", () => {
  const typed = ["bcdc:motCuaVp.tiepNhan", "bcdc:motCuaVp.daGiaiQuyet", "bcdc:motCuaVp.traSom", "bcdc:motCuaVp.dungHan"];
  const shares = ["bcdc:motCuaVp.tyLeDaGiaiQuyet", "bcdc:motCuaVp.tyLeTraSom", "bcdc:motCuaVp.tyLeDungHan", "bcdc:motCuaVp.tyLeDangGiaiQuyet"];
  // In the document's order, shares among the figures: the clerk's are named first all the same.
  const changes = [...shares.map((field) => ({ field, from: "1,00%", to: "2,00%" })), ...typed.map((field, i) => ({ field, from: String(i), to: String(i + 10) }))];
  changes.push(changes.shift()!);
  expect(describeUpdate(REPORT, decisionWith(changes), 8).text).toMatch(
    /^Đã cập nhật 8 số liệu\. Số đã ghi: «[^»]+» 0 → 10; «[^»]+» 1 → 11; «[^»]+» 2 → 12 và 1 số liệu khác\. Số tự tính ghi lại: («[^»]+» 1,00% → 2,00%; ){2}«[^»]+» 1,00% → 2,00% và 1 số liệu khác\.$/,
  );
});
