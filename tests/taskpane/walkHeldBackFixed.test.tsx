/** @jest-environment jsdom */
/**
 * Walk finding (walker38): an update held figures back for an error; the clerk fixed the error and the notice still
 * read «… giữ nguyên như văn bản đang ghi vì 1 lỗi. Sửa lỗi rồi cập nhật lại …» over its list of held figures. Once
 * the figures have none of the errors that held them back, the notice says what to do next and lists nothing; once a
 * figure changed, it counts the errors left as they are (walk40).
 */
import { act, screen } from "@testing-library/react";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { heldBackState, noticeText } from "../../src/taskpane/store/noticeText";
import { REPORT } from "../support/forms";
import { renderPane } from "../support/renderPane";

installWordGlobals();

const TEXT = [
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý III năm 2026",
  "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12.450 hồ sơ, đã giải quyết 10.902 hồ sơ, đang giải quyết 1.548 hồ sơ.",
];
const RESOLVED = "bcdc:hcc.daGiaiQuyet";
const statusText = () => screen.getAllByRole("status").map((s) => s.textContent ?? "").join(" ");

async function heldBack() {
  const sim = createWordSimulation(TEXT.map((t) => ({ runs: [t] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-09-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  store.getState().setAuthor("Nguyễn Thị Hoa");
  // More resolved than received: an error that holds the figure back.
  store.getState().setFigure(RESOLVED, "12.460");
  await store.getState().updateDocument();
  return { sim, store };
}

it("turns the held-back notice into what to do next once its errors are fixed", async () => {
  const { sim, store } = await heldBack();
  expect(noticeText(store.getState())).toMatch(/giữ nguyên như văn bản đang ghi vì 1 lỗi\. Sửa lỗi rồi cập nhật lại/);
  expect(heldBackState(store.getState())).toBe("current");

  store.getState().setFigure(RESOLVED, "10.903");
  expect(heldBackState(store.getState())).toBe("fixed");
  expect(noticeText(store.getState())).toBe(
    "Chưa ghi số liệu nào vào văn bản. Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại. " +
      "Đã sửa hết lỗi giữ số liệu lại: bấm «Cập nhật văn bản» để ghi các số đang chờ.",
  );

  await store.getState().updateDocument();
  expect(sim.controls().find((c) => c.tag === RESOLVED)?.text).toBe("10.903");
  expect(noticeText(store.getState())).not.toMatch(/Sửa lỗi|giữ nguyên/);
});

// Walk finding (walk40): the notice kept «… vì 3 lỗi» and its list «77 → 90» while the summary said «1 lỗi».
it("counts the errors left as they are once a figure changed, without the list made before", async () => {
  const { store } = await heldBack();
  store.getState().setFigure(RESOLVED, "10.903");
  store.getState().setFigure(RESOLVED, "12.470");
  expect(heldBackState(store.getState())).toBe("changed");
  expect(noticeText(store.getState())).toBe(
    "Chưa ghi số liệu nào vào văn bản. Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại. " +
      "Còn 1 lỗi giữ số liệu lại: sửa ở các ô có lỗi (xem tóm tắt bên dưới) rồi bấm «Cập nhật văn bản».",
  );
});

it("shows no list of held figures in the pane once the errors are fixed", async () => {
  const { store } = await heldBack();
  await renderPane(store);
  expect(statusText()).toContain("Hồ sơ đã giải quyết: giữ 10.902 (số nhập 12.460 có lỗi, cần sửa)");
  act(() => store.getState().setFigure(RESOLVED, "10.903"));
  expect(statusText()).toContain("Đã sửa hết lỗi giữ số liệu lại");
  expect(statusText()).not.toContain("số nhập 12.460");
  act(() => store.getState().setFigure(RESOLVED, "12.470"));
  expect(statusText()).toContain("Còn 1 lỗi giữ số liệu lại");
  expect(statusText()).not.toContain("số nhập 12.460");
});

// Walk finding (walker38): a part typed larger than its whole broke the sum, the «≤» and the share's 100 % at once,
// and the notice said «vì 3 lỗi» for one typo.
it("counts one error for one part typed larger than its whole", async () => {
  const { store } = await heldBack();
  expect(store.getState().review.problems.filter((p) => p.severity === "error")).toHaveLength(1);
  expect(noticeText(store.getState())).toContain("vì 1 lỗi.");
});
