/** @jest-environment jsdom */
/**
 * Walk finding (walk42, 2): a leader rejected the clerk's 04 → 05 in «Duyệt»; her box showed 04 and «Trong văn bản:
 * 1 chỗ», with no word that 05 had been refused (only «Lịch sử» said so). A line under the box now says who refused
 * which change and when, until she types a figure there again.
 */
import { REPORT } from "../support/forms";
import { act, within } from "@testing-library/react";
import { renderPane } from "../support/renderPane";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { rejectionShown } from "../../src/taskpane/store/rejectionShown";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const GIAO = "bcdc:bienChe.congChucGiao";
const AT = new Date("2026-03-20T08:00:00Z");
const time = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
const REFUSED = `Lãnh đạo đã từ chối sửa 55 → 56 (Trần Bình Minh, ${time.format(AT)}).`;

async function rejectedByLeader() {
  const sim = createWordSimulation(smallDocument(), { author: "Chuyên viên" });
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => AT, report: REPORT });
  store.getState().setAuthor("Nguyễn Thị Lan");
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  store.getState().setFigure(GIAO, "56");
  await store.getState().updateDocument();
  store.getState().setReviewer("Trần Bình Minh");
  await store.getState().resolveReview([GIAO], false);
  return { sim, store };
}

const rowText = (id: string) => document.querySelector<HTMLElement>(`[data-field="${id}"]`)!.textContent ?? "";

it("says under the clerk's box that the leader refused her change, until she types there again", async () => {
  const { sim, store } = await rejectedByLeader();
  expect(store.getState().raw[GIAO]).toBe("55");
  await renderPane(store);
  const row = document.querySelector<HTMLElement>(`[data-field="${GIAO}"]`)!;
  expect(within(row).getByText(REFUSED)).toBeTruthy();

  // Reopened: the history is the document's, so the line is still there.
  const reopened = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => AT, report: REPORT });
  reopened.getState().setAuthor("Nguyễn Thị Lan");
  await reopened.getState().start();
  expect(reopened.getState().raw[GIAO]).toBe("55");
  expect(rejectionShown(reopened.getState(), GIAO)).toMatchObject({ from: "55", to: "56", by: "Trần Bình Minh", decision: "rejected" });

  act(() => store.getState().setFigure(GIAO, "57"));
  expect(rowText(GIAO)).not.toContain("từ chối");
  act(() => store.getState().setFigure(GIAO, "55"));
  expect(rowText(GIAO)).toContain(REFUSED);
  act(() => store.getState().setFigure(GIAO, "56"));
  expect(rowText(GIAO)).not.toContain("từ chối");
  // Written again, the change is a new one: the refusal of the old one is no longer the box's last word.
  await act(() => store.getState().updateDocument());
  act(() => store.getState().setFigure(GIAO, "55"));
  expect(rowText(GIAO)).not.toContain("từ chối");
});
