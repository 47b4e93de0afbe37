/**
 * The pane with the keyboard alone (no mouse): reach a section, open it, type a figure, reach "Cập nhật văn bản",
 * press it and find the document updated; every stop on the way shows where focus is.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";
import { focusStop, tabUntil, type FocusStop } from "./support/keyboard";
import { controlTexts, paneOf, paneReady, screenshotFolder, sectionHeader } from "./support/pane";

let browser: Browser;
let page: Page;
const stops: FocusStop[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await openPreview(browser);
  await paneReady(page);
});
afterAll(async () => {
  const unmarked = stops.filter((s) => s.insidePane && !s.indicator);
  console.log(`Keyboard: ${stops.length} focus stops, ${stops.filter((s) => s.focusVisible).length} :focus-visible, ${unmarked.length} in the pane without a visible mark${unmarked.length ? `: ${[...new Set(unmarked.map((s) => s.what))].join("; ")}` : ""}`);
  await browser.close();
});

const shot = screenshotFolder("keyboard");
const III = "III. Thực hiện dân chủ trong hoạt động của cơ quan";

describe("the pane with the keyboard alone", () => {
  it("reaches section III from the top of the page and opens it with Enter", async () => {
    stops.push(...(await tabUntil(page, (s) => s.insidePane && s.what.includes(III))));
    expect(await sectionHeader(page, "III").getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    await sectionHeader(page, "III").and(page.locator('[aria-expanded="true"]')).waitFor();
    await shot(page, "section-opened");
  });

  it("types a figure into the section's first field", async () => {
    stops.push(...(await tabUntil(page, (s) => s.field !== null, { max: 5 })));
    const stop = await focusStop(page);
    expect(stop.field).toBe("bcdc:bienChe.bietPhai");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("04");
    expect(await paneOf(page).locator('[data-field="bcdc:bienChe.bietPhai"] input').inputValue()).toBe("04");
    await shot(page, "figure-typed");
  });

  it("goes back to «Cập nhật văn bản», presses it and the document follows", async () => {
    stops.push(...(await tabUntil(page, (s) => s.what.startsWith("button") && s.what.includes("Cập nhật văn bản"), { back: true })));
    await shot(page, "update-focused");
    await page.keyboard.press("Space");
    await paneOf(page).getByText(/Đã cập nhật \d+ số liệu/).waitFor();
    expect(await controlTexts(page, "bcdc:bienChe.bietPhai")).toEqual(["04"]);
    await shot(page, "updated");
  });

  it("switches panels with the arrow keys and Enter in the tab list", async () => {
    stops.push(...(await tabUntil(page, (s) => s.what.includes("[role=tab]") && s.what.includes("Số liệu"), { back: true })));
    // Số liệu → Duyệt → Lịch sử (the once-a-quarter views are behind «Thêm», after the tab list).
    for (let i = 0; i < 2; i += 1) await page.keyboard.press("ArrowRight");
    // The tab list (PaneTabs) moves focus with the arrows; Enter activates the focused tab (manual activation).
    await page.keyboard.press("Enter");
    await paneOf(page).getByRole("table", { name: "Các lần thay đổi số liệu" }).waitFor();
    stops.push(await focusStop(page));
    expect(await paneOf(page).getByRole("tab", { name: "Lịch sử thay đổi" }).getAttribute("aria-selected")).toBe("true");
    expect(await paneOf(page).getByRole("cell", { name: "03 → 04" }).count()).toBe(1);
    for (let i = 0; i < 2; i += 1) await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).waitFor();
    await shot(page, "back-to-figures");
  });

  it("shows where focus is at every stop in the pane", () => {
    const inPane = stops.filter((s) => s.insidePane);
    expect(inPane.length).toBeGreaterThan(10);
    expect(inPane.filter((s) => !s.focusVisible).map((s) => s.what)).toEqual([]);
    expect(inPane.filter((s) => !s.indicator).map((s) => s.what)).toEqual([]);
  });
});
