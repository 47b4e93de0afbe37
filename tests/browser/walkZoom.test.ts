/**
 * Walk findings on layout: at 200 % zoom (the pane's 350 screen pixels hold 175 CSS pixels) «Thêm ▾» lay over
 * «Lịch sử», which could not be clicked, the period and figure boxes stuck out of the pane, and the pinned insert bar
 * took half the height; at 350 px the month select clipped «Tháng 12» under its arrow. The tab row wraps when it
 * must, the period boxes share the row only while each has room, boxes shrink, and a short pane scrolls the bar.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { fieldInput, openSection, overflowing, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-zoom");

/** For each tab-row item: whether the point at its middle belongs to it (nothing lies over it). */
const tabsOnTop = () =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".tab-bar [role=tab], .tab-bar .tab-more-button")].map((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { text: el.innerText, onTop: !!hit && el.contains(hit) };
    }),
  );

/** Whether the select's chosen option fits its box beside the arrow (the text's width measured in its own font). */
const selectFits = (name: string) =>
  paneOf(page)
    .getByRole("combobox", { name })
    .evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = context.measureText(select.options[select.selectedIndex]!.text).width;
      // Chromium draws the arrow inside the right padding area: about 20 px beside the text.
      return { text: select.options[select.selectedIndex]!.text, fits: text + parseFloat(style.paddingLeft) + 20 <= select.clientWidth };
    });

describe("the pane at 350 px and zoomed to 200 %", () => {
  it("shows «Tháng 12» whole at 350 px", async () => {
    page = await openPreview(1100, "?form=tiep-cong-dan-thang");
    await paneReady(page);
    await paneOf(page).getByRole("combobox", { name: "Tháng" }).selectOption("12");
    expect(await selectFits("Tháng")).toEqual({ text: "Tháng 12", fits: true });
    // At full height the insert bar stays pinned at the bottom of the pane while the figures scroll.
    const bar = await paneOf(page).getByRole("region", { name: "Chèn số liệu vào văn bản" }).boundingBox();
    expect(bar!.y + bar!.height).toBeGreaterThan(880);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(900);
    await shot(page, "month-350");
  });

  it("keeps every tab clickable and the period boxes whole at 175 CSS px", async () => {
    page = await openPreview(600, "?form=tiep-cong-dan-thang");
    await page.setViewportSize({ width: 600, height: 450 });
    await page.addStyleTag({ content: ".preview-pane { width: 175px !important; }" });
    await paneReady(page);
    expect((await paneOf(page).boundingBox())?.width).toBe(175);
    expect(await tabsOnTop()).toEqual([
      { text: "Số liệu", onTop: true },
      { text: "Duyệt", onTop: true },
      { text: "Lịch sử", onTop: true },
      { text: "Thêm ▾", onTop: true },
    ]);
    await paneOf(page).getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    await paneOf(page).getByRole("tab", { name: "Lịch sử thay đổi", selected: true }).waitFor();
    await paneOf(page).getByRole("tab", { name: "Số liệu" }).click();
    await paneOf(page).getByRole("combobox", { name: "Tháng" }).selectOption("12");
    expect(await selectFits("Tháng")).toEqual({ text: "Tháng 12", fits: true });
    // The figure boxes too (Fluent's input is 20 characters wide by default).
    await paneOf(page).getByRole("button", { name: /^1\. / }).and(page.locator('[aria-expanded="true"]')).waitFor();
    expect(await overflowing(page)).toEqual([]);
    // In so short a pane the insert bar is not pinned over the figures: at the top of the pane it is out of sight.
    await page.locator(".preview-pane").evaluate((el) => el.scrollTo(0, 0));
    const bar = await paneOf(page).getByRole("region", { name: "Chèn số liệu vào văn bản" }).boundingBox();
    expect(bar!.y).toBeGreaterThan(450);
    await shot(page, "zoom-200");
  });

  it("shows the whole pane under the document in a window only 350 px wide", async () => {
    // The walk's finding: at a 350-px window the pane was cut at its right and the document squeezed to ~48 px.
    page = await openPreview(350);
    await paneReady(page);
    const pane = (await paneOf(page).boundingBox())!;
    const text = (await page.locator("#document").boundingBox())!;
    expect({ x: pane.x, width: pane.width }).toEqual({ x: 0, width: 350 });
    expect(text.width).toBeGreaterThan(300);
    expect(pane.y).toBeGreaterThan(200);
    expect(pane.y + pane.height).toBeLessThanOrEqual(900);
    expect(await overflowing(page)).toEqual([]);
    await shot(page, "window-350");
    // The pane still works there: a figure typed and written shows in the document above.
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("17");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("#document .cc[data-tag='bcdc:giaoBan.soCuoc']")].some((cc) => cc.textContent === "17"),
    );
    await shot(page, "window-350-written");
  });
});
