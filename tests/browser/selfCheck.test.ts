/**
 * «Tự kiểm tra» in the preview host (Chromium, the production build): on an empty simulated document the contract
 * checks all pass, the document is empty again, and the copyable report says so. On the seeded report it refuses.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  await page.close();
});

const pane = () => page.getByRole("complementary", { name: "Ngăn tác vụ" });
const documentView = () => page.getByRole("document", { name: "Văn bản (mô phỏng)" });

async function runChecks(): Promise<void> {
  await pane().getByRole("tab", { name: "Tự kiểm tra" }).click();
  const button = pane().getByRole("button", { name: "Chạy tự kiểm tra" });
  await button.waitFor();
  await button.click();
  await pane().getByRole("textbox", { name: "Báo cáo tự kiểm tra" }).waitFor();
}

describe("Tự kiểm tra in the preview host", () => {
  it("passes every check on an empty document and leaves it empty", async () => {
    page = await openPreview(browser, 1200, "?empty");
    await runChecks();
    const items = pane().getByRole("list", { name: "Kết quả tự kiểm tra" }).getByRole("listitem");
    expect(await items.count()).toBe(9);
    const statuses = await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
    expect(statuses).toEqual(Array(9).fill("pass"));
    await pane().getByText("Không có lỗi. Văn bản đã trống lại như trước.").waitFor();
    const report = await pane().getByRole("textbox", { name: "Báo cáo tự kiểm tra" }).inputValue();
    expect(report).toMatch(/^Word: Word \(mô phỏng\) mô phỏng, nền tảng PC$/m);
    expect(report).toMatch(/^Hỗ trợ: WordApi 1\.6, WordApiDesktop —$/m);
    expect(report).toMatch(/^Kết quả: 9 \/ 9 không lỗi; văn bản trống lại như trước\.$/m);
    expect((await documentView().innerText()).trim()).toBe("");
    expect(await documentView().locator(".cc").count()).toBe(0);
  });

  it("refuses a document that is not empty and changes nothing", async () => {
    page = await openPreview(browser, 1200, "");
    const before = await documentView().innerText();
    await runChecks();
    await pane().getByText(/^Chỉ chạy trong một văn bản trống/).waitFor();
    expect(await documentView().innerText()).toBe(before);
  });
});
