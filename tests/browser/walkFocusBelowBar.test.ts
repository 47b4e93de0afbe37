/**
 * A clerk types section III's figures from the keyboard, Tab after Tab. What surprised: the pinned «Chèn vào văn bản»
 * bar at the pane's foot covered the box just tabbed into (7 of 25 stops), so the clerk typed into a box out of sight.
 * Focus scrolling now keeps the bar's height clear below the box (scroll-padding in taskpane.css and preview.css).
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { fieldInput, openSection, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1200);
const shot = screenshotFolder("walk-focus-below-bar");

/** The focused element, and whether it lies (even in part) under the pinned insert bar. */
const focusedUnderBar = () =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const bar = document.querySelector(".insert-bar");
    if (!focused || !bar || bar.contains(focused)) return null;
    const under = focused.getBoundingClientRect().bottom > bar.getBoundingClientRect().top + 0.5;
    return under ? `${focused.tagName} ${focused.closest("[data-field]")?.getAttribute("data-field") ?? focused.textContent}` : null;
  });

describe("tabbing through a section's figures", () => {
  it("never leaves the focused box under the pinned insert bar", async () => {
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").focus();
    const hidden: string[] = [];
    for (let stop = 0; stop < 25; stop += 1) {
      await page.keyboard.press("Tab");
      const under = await focusedUnderBar();
      if (under) hidden.push(under);
    }
    await shot(page, "after-25-tabs");
    expect(hidden).toEqual([]);
  });
});
