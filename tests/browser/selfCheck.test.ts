/**
 * «Tự kiểm tra» in the preview host (Chromium, the production build): on an empty simulated document the contract
 * checks all pass, the document is empty again, and the copyable report says so. On the seeded report it refuses.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { documentOf, openView, paneOf } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;


async function runChecks(): Promise<void> {
  await openView(page, "Tự kiểm tra");
  const button = paneOf(page).getByRole("button", { name: "Chạy tự kiểm tra" });
  await button.waitFor();
  await button.click();
  await paneOf(page).getByRole("textbox", { name: "Báo cáo tự kiểm tra" }).waitFor();
}

describe("Tự kiểm tra in the preview host", () => {
  it("passes every check on an empty document and leaves it empty", async () => {
    page = await openPreview(1200, "?empty");
    await runChecks();
    const items = paneOf(page).getByRole("list", { name: "Kết quả tự kiểm tra" }).getByRole("listitem");
    expect(await items.count()).toBe(9);
    const statuses = await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-status")));
    expect(statuses).toEqual(Array(9).fill("pass"));
    await paneOf(page).getByText("Không có lỗi. Văn bản đã trống lại như trước.").waitFor();
    const report = await paneOf(page).getByRole("textbox", { name: "Báo cáo tự kiểm tra" }).inputValue();
    expect(report).toMatch(/^Word: Word \(mô phỏng\) mô phỏng, nền tảng PC$/m);
    expect(report).toMatch(/^Hỗ trợ: WordApi 1\.6, WordApiDesktop —$/m);
    expect(report).toMatch(/^Kết quả: 9 \/ 9 không lỗi; văn bản trống lại như trước\.$/m);
    expect((await documentOf(page).innerText()).trim()).toBe("");
    expect(await documentOf(page).locator(".cc").count()).toBe(0);
  });

  it("refuses a document that is not empty and changes nothing", async () => {
    page = await openPreview(1200, "");
    const before = await documentOf(page).innerText();
    await runChecks();
    await paneOf(page).getByText(/^Chỉ chạy trong một văn bản trống/).waitFor();
    expect(await documentOf(page).innerText()).toBe(before);
  });
});
