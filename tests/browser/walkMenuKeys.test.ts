/**
 * Walk finding, keyboard only: the «Thêm ▾» menu opened with Enter, but ↓/↑ did nothing (a role=menu promises them)
 * and Escape dropped focus on the page. Arrows, Home and End now move through the entries and Escape returns to the
 * button.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { focusStop } from "./support/keyboard";
import { paneOf } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100);

const focused = async () => (await focusStop(page)).what;

describe("the «Thêm» menu by keyboard", () => {
  it("moves with the arrows, Home and End, wraps, and gives focus back to its button on Escape", async () => {
    await paneOf(page).getByRole("tab", { name: "Lịch sử thay đổi" }).focus();
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("button[role=] «Thêm ▾»");
    await page.keyboard.press("Enter");
    await paneOf(page).getByRole("menu", { name: "Các thẻ khác" }).waitFor();
    const seen = [await focused()];
    for (const key of ["ArrowDown", "ArrowDown", "ArrowUp", "End", "ArrowDown", "Home", "ArrowUp"]) {
      await page.keyboard.press(key);
      seen.push(await focused());
    }
    const item = (name: string) => `button[role=menuitem] «${name}»`;
    expect(seen).toEqual([
      item("Văn bản cũ"),
      item("So sánh"),
      item("Báo cáo mới"),
      item("So sánh"),
      item("Thiết kế mẫu"),
      item("Văn bản cũ"),
      item("Văn bản cũ"),
      item("Thiết kế mẫu"),
    ]);
    await page.keyboard.press("Escape");
    await paneOf(page).getByRole("menu").waitFor({ state: "detached" });
    expect(await focused()).toBe("button[role=] «Thêm ▾»");
    expect((await focusStop(page)).focusVisible).toBe(true);
    // Enter on an entry opens its view, as a click does.
    // Each key waits for the state the one before it makes (the menu open, the entry focused, the view chosen).
    await page.keyboard.press("Enter");
    await paneOf(page).getByRole("menu").waitFor();
    await page.keyboard.press("ArrowDown");
    await paneOf(page).locator("[role=menuitem]:focus", { hasText: "So sánh" }).waitFor();
    await page.keyboard.press("Enter");
    await paneOf(page).locator(".tab-more-button", { hasText: "So sánh ▾" }).waitFor();
    expect(await paneOf(page).locator(".tab-more-button").innerText()).toBe("So sánh ▾");
  });
});
