/** @jest-environment jsdom */
/**
 * Walk finding (pane34, 2): Track Changes switched in Word's own ribbon (Review › Track Changes) did not reach the pane
 * until its next write: the switch went on saying «Word đang tắt theo dõi thay đổi». Word has no event for it
 * (src/taskpane/trackingWatch.ts), so the pane reads the mode again, in one sync, when the clerk comes back to it: its
 * window gains focus, it becomes visible, or focus enters it from the page around it (the preview). Focus moving inside
 * the pane reads nothing.
 */
import { act, screen } from "@testing-library/react";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { settle } from "../support/settle";
import { renderPane } from "../support/renderPane";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const SWITCH = "Ghi số liệu dưới dạng thay đổi được theo dõi (Track Changes)";

async function pane() {
  const sim = createWordSimulation(smallDocument());
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  const outside = document.createElement("button");
  outside.textContent = "Word";
  document.body.append(outside);
  await renderPane(store);
  return { sim, store, outside };
}

const trackSwitch = () => screen.getByRole("switch", { name: SWITCH }) as HTMLInputElement;

it("shows Word's Track Changes switched in Word once the pane's window regains focus, in one sync", async () => {
  const { sim, store } = await pane();
  expect([trackSwitch().checked, trackSwitch().disabled]).toEqual([false, false]);

  // The clerk turns Track Changes on in Word's ribbon: no event reaches the pane.
  sim.doc.trackingMode = "TrackAll";
  sim.resetSyncCount();
  act(() => void window.dispatchEvent(new Event("focus")));
  await settle(store, (s) => s.wordTracking === "trackAll");
  expect(sim.syncCount()).toBe(1);
  expect([trackSwitch().checked, trackSwitch().disabled]).toEqual([true, true]);
  expect(screen.getByText("Word đang bật theo dõi thay đổi: mọi số liệu ghi vào đều được theo dõi.")).toBeTruthy();

  // And off again, seen when the pane becomes visible again.
  sim.doc.trackingMode = "Off";
  act(() => void document.dispatchEvent(new Event("visibilitychange")));
  await settle(store, (s) => s.wordTracking === "off");
  expect([trackSwitch().checked, trackSwitch().disabled]).toEqual([false, false]);
});

it("reads it when focus enters the pane from the page around it, not when focus moves inside the pane", async () => {
  const { sim, store, outside } = await pane();
  const inPane = screen.getByRole("button", { name: "Đọc lại văn bản" });
  const alsoInPane = screen.getByRole("button", { name: "Cập nhật văn bản" });

  act(() => inPane.focus());
  sim.resetSyncCount();
  act(() => alsoInPane.focus());
  expect(sim.syncCount()).toBe(0);

  sim.doc.trackingMode = "TrackMineOnly";
  act(() => outside.focus());
  act(() => inPane.focus());
  await settle(store, (s) => s.wordTracking === "trackMineOnly");
  expect(sim.syncCount()).toBe(1);
  expect([trackSwitch().checked, trackSwitch().disabled]).toEqual([true, true]);
});
