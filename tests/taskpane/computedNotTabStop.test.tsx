/** @jest-environment jsdom */
/**
 * Accessibility finding at 350 px: a computed figure (a share, a sum) sat in a read-only input. A clerk typing her
 * figures with the keyboard tabbed through every computed box between two she must type, and a screen reader called
 * each one an edit field. Tab now goes from typed box to typed box; the computed value is read as its label and its
 * value, and the problem summary can still take focus to it.
 */
import { act, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REPORT } from "../support/forms";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";

// The office's one-stop desk as the reference report states it.
const DESK = { tiepNhan: "81", daGiaiQuyet: "77", traSom: "04", dungHan: "73", dangGiaiQuyet: "04" };
const RESOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const SHARE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const EARLY = "bcdc:motCuaVp.traSom";
const rowOf = (id: string) => document.querySelector<HTMLElement>(`[data-field="${id}"]`)!;

async function openDesk() {
  const word = createFakeGateway(Object.entries(DESK).map(([id, text]) => ({ tag: `bcdc:motCuaVp.${id}`, text })));
  const store = createAppStore({ word, now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT });
  await renderPane(store);
  act(() => store.getState().setOpenSections(REPORT.topSections.map((s) => s.id)));
  return store;
}

describe("a computed figure's box", () => {
  it("is not an input and not a Tab stop", async () => {
    await openDesk();
    const row = rowOf(SHARE);
    expect(within(row).queryByRole("textbox")).toBeNull();
    expect(row.querySelector("input, textarea")).toBeNull();
    const tabbable = [...row.querySelectorAll<HTMLElement>("*")].filter((el) => el.tabIndex >= 0 && !el.hasAttribute("data-tabster-dummy"));
    expect(tabbable.map((el) => el.outerHTML)).toEqual([]);
  });

  it("is read with its label and its value", async () => {
    await openDesk();
    // An output: the result of a computation, named by its label (its role is status, its name computed by ARIA's rules).
    const value = within(rowOf(SHARE)).getByRole("status", { name: "Tỷ lệ đã giải quyết (tự tính)" });
    expect(value.tagName).toBe("OUTPUT");
    expect(value.textContent).toBe("95,06%");
    // Its value changes with every keystroke in the boxes it is made of: not announced on each.
    expect(value.getAttribute("aria-live")).toBe("off");
  });

  it("is skipped by Tab between the two typed figures around it", async () => {
    const user = userEvent.setup();
    await openDesk();
    const resolved = within(rowOf(RESOLVED)).getByRole("textbox");
    act(() => resolved.focus());
    await user.tab();
    expect(document.activeElement?.closest("[data-field]")?.getAttribute("data-field")).toBe(EARLY);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(resolved);
  });

  it("is still the figure «Chèn vào văn bản» inserts once clicked", async () => {
    const user = userEvent.setup();
    await openDesk();
    await user.click(within(rowOf(SHARE)).getByRole("status", { name: "Tỷ lệ đã giải quyết (tự tính)" }));
    const bar = within(document.querySelector<HTMLElement>('[aria-label="Chèn số liệu vào văn bản"]')!);
    expect(bar.getByText("Ô đang chọn: «Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)»")).toBeTruthy();
  });

  it("still takes focus when the pane sends the clerk to it", async () => {
    const store = await openDesk();
    act(() => store.getState().focusField(SHARE));
    const value = within(rowOf(SHARE)).getByLabelText("Tỷ lệ đã giải quyết (tự tính)");
    expect(document.activeElement).toBe(value);
    expect(store.getState().activeField).toBe(SHARE);
  });
});
