/** @jest-environment jsdom */
/**
 * Walk finding (walk44, 12; held-out 1182): the report states «08 nhóm nhiệm vụ» and recognition bound it to «Số nhóm
 * công việc», a count the pane computes from a list the report never gives. The pane showed «—» beside «Văn bản đang
 * ghi khác», and a new clerk read it as «the add-in found nothing». Its badge now says the document still holds 08 and the
 * count is not computed, its hint which list to enter; the update leaves the document's 08 as it is.
 */
import { readFileSync } from "node:fs";
import { act, within } from "@testing-library/react";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { renderPane } from "../support/renderPane";
import { preloadPane, settle } from "../support/settle";

installWordGlobals();

const COUNT = "bcdc:ksthc.soNhom";
const LIST = "bcdc:ksthc.nhomCongViec";
const LINES = readFileSync("tests/fixtures/corpus/heldout/1182-vp-can-tho-luy-ke-6-thang-truoc-quy-trong-ngoac-quy2-2026.txt", "utf8").split("\n");

it("says the document's count and the list it waits for, where a computed count has no list, and keeps 08", async () => {
  await preloadPane();
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-06-16T08:00:00Z"), report: REPORT });
  await renderPane(store);
  await act(() => store.getState().recognizeFigures());
  await settle(store, (s) => s.recognition !== null && s.busy === null);
  expect(sim.controls().filter((c) => c.tag === COUNT).map((c) => c.text)).toEqual(["08"]);
  expect(store.getState().review.values.get(LIST) ?? null).toBeNull();

  act(() => store.getState().setOpenSections(REPORT.topSections.map((s) => s.id)));
  const row = document.querySelector<HTMLElement>(`[data-field="${COUNT}"]`)!;
  const place = within(row);
  expect(place.getByText("Nhập «Các nhóm công việc kiểm soát TTHC» để tính.")).toBeTruthy();
  expect(row.querySelector(".badge")!.textContent).toBe("Chưa tính; văn bản vẫn ghi 08 (1 chỗ)");
  expect(place.queryByText(/Văn bản đang ghi khác/)).toBeNull();

  store.getState().setAuthor("Trần Thu Hà");
  await act(() => store.getState().updateDocument());
  await settle(store, (s) => s.busy === null);
  expect(sim.controls().filter((c) => c.tag === COUNT).map((c) => c.text)).toEqual(["08"]);
  expect(within(document.querySelector<HTMLElement>(`[data-field="${COUNT}"]`)!).getByText("Nhập «Các nhóm công việc kiểm soát TTHC» để tính.")).toBeTruthy();
});
