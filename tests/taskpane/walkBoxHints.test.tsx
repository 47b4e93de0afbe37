/** @jest-environment jsdom */
/**
 * Two walk findings (walker38) under a figure's box: «Sẽ ghi: 10.903» under «10903» stayed after the update had written
 * 10.903; and a required figure emptied after it was written said nothing under its box, while the document kept its
 * number. What the update will write is said only while the document does not show it; an emptied required box says
 * that an empty box is no answer (zero is).
 */
import { act, within } from "@testing-library/react";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";
import { settle } from "../support/settle";

const RESOLVED = "bcdc:hcc.daGiaiQuyet";
const RECEIVED = "bcdc:hcc.tiepNhan";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const box = (id: string) => within(document.querySelector<HTMLElement>(`[data-field="${id}"]`)!);
const REQUIRED_HINT = "Số liệu bắt buộc: nhập lại số, hoặc 0 nếu không phát sinh.";

async function pane() {
  const word = createFakeGateway([
    { tag: RECEIVED, text: "12.450" },
    { tag: RESOLVED, text: "10.902" },
  ]);
  const store = createAppStore({ word, now: () => new Date("2026-09-20T08:00:00Z"), report: REPORT });
  await renderPane(store);
  act(() => store.getState().setOpenSections(REPORT.topSections.map((s) => s.id)));
  act(() => store.getState().setAuthor("Nguyễn Thị Hoa"));
  return { store, word };
}

it("says what the update will write only until the document shows it", async () => {
  const { store } = await pane();
  act(() => store.getState().setFigure(RESOLVED, "10903"));
  expect(box(RESOLVED).getByText("Sẽ ghi: 10.903")).toBeTruthy();
  await act(() => store.getState().updateDocument());
  await settle(store, (s) => s.busy === null && s.baseline[RESOLVED] === "10.903");
  expect(box(RESOLVED).queryByText(/Sẽ ghi/)).toBeNull();
});

it("says an emptied required box needs a number, and says nothing under a box never filled", async () => {
  const { store } = await pane();
  expect(box(MEETINGS).queryByText(REQUIRED_HINT)).toBeNull();
  act(() => store.getState().setFigure(RESOLVED, ""));
  expect(box(RESOLVED).getByText(REQUIRED_HINT)).toBeTruthy();
  act(() => store.getState().setFigure(RESOLVED, "0"));
  expect(box(RESOLVED).queryByText(REQUIRED_HINT)).toBeNull();
});
