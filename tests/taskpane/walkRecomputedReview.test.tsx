/** @jest-environment jsdom */
/**
 * Walk finding (walk70, held-out 631): the clerk typed two figures, and her leader found three changes in «Duyệt», all
 * under her name. The third was a share the report had wrong (26,40 where its own 312 of 1.198 give 26,04), rewritten
 * by the add-in with the figures. Its card now says it is computed and nobody typed it; the clerk's notice names it.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type SimParagraph } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached } from "../support/settle";

installWordGlobals();

const control = (id: number, field: string, text: string) => ({ id, tag: `bcdc:${field}`, title: REPORT.byId.get(`bcdc:${field}`)!.label, text });
// The one-stop desk's line as a department wrote it: 312 of 1.198 resolved early, and its share written 26,40 %.
const desk = (): SimParagraph[] => [
  {
    runs: [
      "Họp giao ban ",
      control(1, "giaoBan.soCuoc", "13"),
      " cuộc. Đã giải quyết ",
      control(2, "motCuaVp.daGiaiQuyet", "1.198"),
      " hồ sơ; trả sớm hạn ",
      control(3, "motCuaVp.traSom", "312"),
      " hồ sơ, chiếm ",
      control(4, "motCuaVp.tyLeTraSom", "26,40%"),
      ".",
    ],
  },
];

it("tells the clerk and the leader that the share rewritten was computed, not typed", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation(desk(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  store.getState().setAuthor("Lê Thị Lan");
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  store.getState().setFigure("bcdc:giaoBan.soCuoc", "14");
  await store.getState().updateDocument();
  expect(store.getState().notice?.text).toBe(
    "Đã cập nhật 2 số liệu. Số tự tính được sửa cho khớp với số liệu văn bản đang ghi (bạn không nhập số này): «Tỷ lệ trả sớm hạn» 26,40% → 26,04%. " +
      "Số đã ghi khác: «Cuộc họp giao ban trong quý» 13 → 14.",
  );

  await renderPane(store);
  await openView(user, "Duyệt thay đổi");
  await domReached(() => screen.queryByRole("button", { name: "Chấp nhận «Tỷ lệ trả sớm hạn»" }) !== null);
  const share = screen.getByRole("group", { name: "Nhóm «Tỷ lệ trả sớm hạn»" });
  expect(share.textContent).toContain("Số tự tính: tiện ích tính từ các số liệu khác, không ai nhập tay");
  const meetings = screen.getByRole("group", { name: "Nhóm «Cuộc họp giao ban trong quý»" });
  expect(meetings.textContent).not.toContain("Số tự tính");
});
