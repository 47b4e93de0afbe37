/** @jest-environment jsdom */
/**
 * Walk finding (walk43, 1): «Chèn vào văn bản» took whichever box last had the focus; the bar is the pane's last Tab
 * stop, so a keyboard-only clerk who typed a figure and tabbed on to the bar passed every later box, and Enter inserted
 * the last one. A box passed by Tab is not chosen; typing in a box, clicking it or the summary's jump chooses it; and
 * Ctrl+Enter in a box inserts that box's figure at the document's cursor.
 */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REPORT } from "../support/forms";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

const DESK = { tiepNhan: "81", daGiaiQuyet: "77", traSom: "04", dungHan: "73", dangGiaiQuyet: "04" };
const RESOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const EARLY = "bcdc:motCuaVp.traSom";
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-field="${id}"]`)!;
const bar = () => screen.getByRole("region", { name: "Chèn số liệu vào văn bản" });

async function openDesk() {
  const word = createFakeGateway(Object.entries(DESK).map(([id, text]) => ({ tag: `bcdc:motCuaVp.${id}`, text })));
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT });
  await renderPane(store);
  act(() => store.getState().setOpenSections(REPORT.topSections.map((s) => s.id)));
  return { store, word };
}

it("a box typed in stays the bar's choice while Tab passes the boxes after it", async () => {
  const user = userEvent.setup();
  const { store } = await openDesk();
  const resolved = within(rowOf(RESOLVED)).getByRole("textbox");
  await user.click(resolved);
  await user.clear(resolved);
  await user.type(resolved, "78");
  await user.tab();
  await user.tab();
  await user.tab();
  expect(store.getState().activeField).toBe(RESOLVED);
  expect(bar().textContent).toContain("Ô đang chọn: «Hồ sơ đã giải quyết");
});

it("a box clicked is chosen; a box reached by Tab is chosen once typed in", async () => {
  const user = userEvent.setup();
  const { store } = await openDesk();
  await user.click(within(rowOf(RESOLVED)).getByRole("textbox"));
  expect(store.getState().activeField).toBe(RESOLVED);
  await user.tab();
  expect(document.activeElement?.closest("[data-field]")?.getAttribute("data-field")).toBe(EARLY);
  expect(store.getState().activeField).toBe(RESOLVED);
  await user.keyboard("5");
  expect(store.getState().activeField).toBe(EARLY);
});

it("Ctrl+Enter in a box inserts that box's figure at the cursor", async () => {
  const user = userEvent.setup();
  const { store } = await openDesk();
  const inserted: string[] = [];
  const insertField = store.getState().insertField;
  act(() => store.setState({ insertField: async (id) => void inserted.push(id) }));
  await user.click(within(rowOf(RESOLVED)).getByRole("textbox"));
  await user.tab();
  await user.keyboard("{Control>}{Enter}{/Control}");
  expect(inserted).toEqual([EARLY]);
  expect(store.getState().activeField).toBe(EARLY);
  act(() => store.setState({ insertField }));
});
