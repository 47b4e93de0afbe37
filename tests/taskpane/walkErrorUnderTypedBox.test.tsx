/** @jest-environment jsdom */
/**
 * Walk finding (walk42, 1): on the monthly form a new clerk typed 4 in «Lượt tiếp đột xuất». The sum's error
 * (28 + 04 ≠ 31) appeared in red under «Lượt tiếp định kỳ», which she never touched; her own box said only «Liên quan
 * đến lỗi ở ô «Lượt tiếp định kỳ…»», and the summary's «Đến ô» went there too. A rule's error now sits under the box
 * of its figures she changed last; the others point to it. With none of them typed, the form's order stands.
 */
import { act, screen, within } from "@testing-library/react";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { builtInDefinition, builtInSample } from "../support/forms";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const SAMPLE = builtInSample("tiep-cong-dan-thang");
const REGULAR = "tcd:tong.dinhKy";
const UNSCHEDULED = "tcd:tong.dotXuat";
const SUM = "Tổng số lượt tiếp công dân là 31";

async function monthlyPane() {
  const controls = Object.entries(SAMPLE.figures).map(([id, text]) => ({ tag: `tcd:${id}`, text }));
  const store = createAppStore({ word: createFakeGateway(controls), now: () => new Date("2020-11-20T08:00:00Z"), report: MONTHLY });
  await renderPane(store);
  act(() => store.getState().setOpenSections(MONTHLY.topSections.map((s) => s.id)));
  return store;
}

const box = (id: string) => within(document.querySelector<HTMLElement>(`[data-field="${id}"]`)!);

it("says a sum's error under the part she just typed, the other part pointing to it", async () => {
  const store = await monthlyPane();
  act(() => store.getState().setFigure(UNSCHEDULED, "4"));
  expect(box(UNSCHEDULED).getByText(new RegExp(`^${SUM}.*= 32 \\(chênh 01\\)\\.$`))).toBeTruthy();
  expect(box(REGULAR).queryByText(new RegExp(SUM))).toBeNull();
  expect(box(REGULAR).getByText("Tổng «Tổng số lượt tiếp công dân» là 31, nhưng số này + «Lượt tiếp đột xuất» = 32.")).toBeTruthy();
  // The summary's link goes to her box.
  const summary = screen.getByRole("region", { name: "Tóm tắt các vấn đề" });
  expect(within(summary).getAllByRole("button", { name: /Lượt tiếp đột xuất/ }).length).toBeGreaterThan(0);
  expect(within(summary).queryByRole("button", { name: /Lượt tiếp định kỳ/ })).toBeNull();
});

it("follows the part typed last, and stays put while she types elsewhere", async () => {
  const store = await monthlyPane();
  act(() => store.getState().setFigure(UNSCHEDULED, "4"));
  act(() => store.getState().setFigure(REGULAR, "29"));
  expect(box(REGULAR).getByText(new RegExp(`^${SUM}.*= 33 \\(chênh 02\\)\\.$`))).toBeTruthy();
  expect(box(UNSCHEDULED).queryByText(new RegExp(SUM))).toBeNull();
  act(() => store.getState().setFigure("tcd:tong.doanDongNguoi", "02"));
  expect(box(REGULAR).getByText(new RegExp(`^${SUM}`))).toBeTruthy();
});

it("keeps the form's order for an error none of whose figures she typed", async () => {
  const store = await monthlyPane();
  act(() => store.getState().setFigure("tcd:tinh.luot", "02"));
  // 28 + 03 ≠ 32 now, through the computed total: she typed neither part.
  const sum = store.getState().review.problems.find((p) => p.key === "tong.dinhKyDotXuat");
  expect(sum?.fields[0]).toBe(REGULAR);
});
