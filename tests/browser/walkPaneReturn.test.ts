/**
 * Walk findings (pane34, 2 and 3), coming back to the pane in the preview host at 350 px, on the reference report:
 * Track Changes switched in Word (the toolbar's «Theo dõi thay đổi của Word», as Word's Review tab) shows in the pane's
 * switch as soon as the clerk comes back into the pane, with no write and no «Đọc lại văn bản» (Word has no event for
 * it: src/taskpane/trackingWatch.ts); and the sections the clerk left open in «Số liệu» are open again after the pane
 * is closed and reopened (kept in the document's stored part with the clerk's next save), as is a figure typed and the
 * pane closed at once (kept after a pause in typing: src/taskpane/pauseTimer.ts). Walk finding pane45, 3: the
 * reopened pane is at its top however far the clerk had scrolled, unless she was typing in a box when it closed: then
 * she is back in that box, in view.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { fieldInput, focusedField, paneOf, paneReady, screenshotFolder, sectionHeader } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100);

const pane = () => paneOf(page);
/** A figure of section III (giao ban meetings), typed as a clerk would after opening the section. */
const GIAO_BAN = "bcdc:giaoBan.soCuoc";
const shot = screenshotFolder("walk-pane-return");
const trackingSwitch = () => pane().getByRole("switch", { name: /Track Changes/ });
const wordTracking = () => page.getByRole("button", { name: /Theo dõi thay đổi của Word/ });
const syncCount = () => page.evaluate(() => (window as unknown as { __sim: { syncCount(): number } }).__sim.syncCount());
/** The clerk comes back into the pane: focus enters it from the page around it (here the period box). */
const backToPane = () => pane().getByRole("combobox").first().focus();

describe("coming back to the pane", () => {
  it("shows Track Changes switched in Word once the clerk is back in the pane, in one read", async () => {
    expect(await trackingSwitch().isChecked()).toBe(false);
    await wordTracking().click();
    expect(await wordTracking().textContent()).toBe("Theo dõi thay đổi của Word: BẬT");
    const before = await syncCount();
    await backToPane();
    await pane().getByText("Word đang bật theo dõi thay đổi: mọi số liệu ghi vào đều được theo dõi.").waitFor();
    expect([await trackingSwitch().isChecked(), await trackingSwitch().isDisabled()]).toEqual([true, true]);
    expect((await syncCount()) - before).toBe(1);
    await shot(page, "word-tracking-on");

    await wordTracking().click();
    await backToPane();
    await pane().getByText(/^Word đang tắt theo dõi thay đổi/).waitFor();
    expect([await trackingSwitch().isChecked(), await trackingSwitch().isDisabled()]).toEqual([false, false]);
  });

  it("opens again the sections the clerk left open when the pane is closed and reopened", async () => {
    const first = sectionHeader(page, "I");
    const third = sectionHeader(page, "III");
    expect(await first.getAttribute("aria-expanded")).toBe("true");
    await third.click();
    await first.click();
    await third.and(page.locator('[aria-expanded="true"]')).waitFor();
    // Kept with the clerk's next save (browsing alone writes nothing): a figure typed in III is saved as a draft when
    // the clerk leaves the box, the open sections with it, once the save has landed.
    await fieldInput(page, GIAO_BAN).fill("13");
    await fieldInput(page, GIAO_BAN).press("Tab");
    await page.waitForFunction(() =>
      (window as unknown as { __sim: { doc: { xmlParts: { xml: string }[] } } }).__sim.doc.xmlParts.some((p) => p.xml.includes('<mucDangMo cacMuc="III"/>')),
    );
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await sectionHeader(page, "III").and(page.locator('[aria-expanded="true"]')).waitFor();
    expect(await sectionHeader(page, "I").getAttribute("aria-expanded")).toBe("false");
    await shot(page, "sections-kept");
  });

  it("opens at its top again after the clerk scrolled down, closed and reopened it (pane45, 3)", async () => {
    // The clerk reads down the pane (the summary of problems, below the period box and «Cập nhật văn bản»).
    const column = page.locator("#root");
    await pane().hover();
    await page.mouse.wheel(0, 500);
    await page.waitForFunction(() => document.getElementById("root")!.scrollTop > 0);
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await sectionHeader(page, "III").and(page.locator('[aria-expanded="true"]')).waitFor();
    expect(await column.evaluate((el) => el.scrollTop)).toBe(0);
    // Its title in sight, as a pane Word has just opened.
    const title = pane().getByRole("heading", { name: "Số liệu báo cáo", exact: true });
    const [top, titleTop] = [await column.evaluate((el) => el.getBoundingClientRect().top), (await title.boundingBox())!.y];
    expect(titleTop).toBeGreaterThanOrEqual(top);
    await shot(page, "reopened-at-top");
  });

  it("keeps a figure typed and the pane closed at once, without the clerk leaving the box", async () => {
    // The previous walk left section III open (the page is shared by this file's tests).
    const third = sectionHeader(page, "III");
    if ((await third.getAttribute("aria-expanded")) !== "true") await third.click();
    const box = fieldInput(page, GIAO_BAN);
    await box.fill("17");
    // Word's own close button gives the pane no event: the figure is kept once the clerk pauses typing. The box keeps
    // the focus throughout, as when the pane is closed with the mouse on Word's ×.
    await page.waitForFunction(() =>
      (window as unknown as { __sim: { doc: { xmlParts: { xml: string }[] } } }).__sim.doc.xmlParts.some((p) =>
        /<soLieu id="bcdc:giaoBan\.soCuoc">17<\/soLieu>/.test(p.xml) && p.xml.includes('<oDangNhap id="bcdc:giaoBan.soCuoc"/>'),
      ),
    );
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await sectionHeader(page, "III").and(page.locator('[aria-expanded="true"]')).waitFor();
    expect(await fieldInput(page, GIAO_BAN).inputValue()).toBe("17");
    // She was in that box when the pane closed: it reopens with her in it, the box in view (pane45: otherwise at the
    // top). No scrolling by the test.
    await focusedField(page, GIAO_BAN);
    await page.waitForFunction((tag) => {
      const column = document.getElementById("root")!.getBoundingClientRect();
      const box = document.querySelector(`[data-field="${tag}"] input`)!.getBoundingClientRect();
      return box.top >= column.top && box.bottom <= column.bottom && document.getElementById("root")!.scrollTop > 0;
    }, GIAO_BAN);
    await shot(page, "typed-then-closed");
  });
});
