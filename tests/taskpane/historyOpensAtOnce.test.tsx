/** @jest-environment jsdom */
/**
 * Walk finding (pane46, 3): «Lịch sử» flashed «Đang mở…» though the history is in the store from the start: the
 * panel's code was a React.lazy chunk, so the first click always suspended and React held the fallback on screen for
 * its throttle. The panel is fetched ahead when the pane is idle (lazyViews.ts); once it is, opening the tab shows the
 * history in the same render, and «Đang mở…» is never put in the page. (A view still loading says so only after a
 * pause: the busy-late style, a stylesheet matter jsdom does not draw.)
 */
import { REPORT } from "../support/forms";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HistoryView } from "../../src/taskpane/lazyViews";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";
import { openView } from "../support/paneViews";

it("opens «Lịch sử thay đổi» with its rows and never shows «Đang mở…» when the history is ready", async () => {
  await HistoryView.preload();
  const word = createFakeGateway([{ tag: "bcdc:giaoBan.soCuoc", text: "11" }]);
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT });
  await renderPane(store);
  await act(async () => {
    store.setState({ author: "Lê Thị B" });
    store.getState().setFigure("bcdc:giaoBan.soCuoc", "13");
    await store.getState().updateDocument();
  });
  expect(store.getState().history.map((h) => `${h.from} → ${h.to}`)).toEqual(["11 → 13"]);

  // Every text the page ever shows from the click on, not only the last one.
  const shown: string[] = [];
  const observer = new MutationObserver(() => shown.push(document.body.textContent ?? ""));
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  await openView(userEvent.setup(), "Lịch sử thay đổi");
  observer.disconnect();

  const history = screen.getByRole("region", { name: "Lịch sử thay đổi" });
  expect(history.textContent).toContain("Cuộc họp giao ban trong quý");
  expect(history.textContent).toContain("11 → 13");
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((text) => text.includes("Đang mở"))).toEqual([]);
});
