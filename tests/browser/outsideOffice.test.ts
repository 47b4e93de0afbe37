/** taskpane.html opened outside Word (office.js served locally): the real entry says where to go instead. */
import type { Browser } from "playwright-core";
import { launch } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

it("explains that the pane needs Word and links to the preview", async () => {
  const page = await browser.newPage({ viewport: { width: 350, height: 700 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${process.env.PREVIEW_URL}/taskpane.html`);
  await page.getByText("Trang này cần được mở trong Word").waitFor({ timeout: 20_000 });
  expect(await page.getByRole("link", { name: "bản xem thử với văn bản mô phỏng" }).getAttribute("href")).toBe("index.html");
  await page.getByText("Đang chạy trên một trình duyệt, không phải trong Word.", { exact: false }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
