/**
 * A clerk reads another office's report («9 780», «8», «95.06 %») and presses «Cập nhật văn bản» without changing a
 * figure: the document keeps its own writing, and one card in the 350 px pane asks whether to rewrite them in the official
 * style. Asked, the figures are rewritten; the card goes.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { controlTexts, overflowing, paneOf, paneReady, reopenOnTypedReport, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-restyle");
const card = () => paneOf(page).getByRole("region", { name: "Ô cần xử lý" }).or(paneOf(page).locator('[aria-label="Ô cần xử lý"]')).first();
const NUMBER_HABITS = readFileSync(resolve(__dirname, "../fixtures/corpus/reworded/05-kieu-so.txt"), "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "");
const RECEIVED = "bcdc:hcc.tiepNhan";

it("keeps figures written in another style until the clerk asks, then writes the official style", async () => {
  page = await openPreview(1100, "?empty");
  await paneReady(page);
  await reopenOnTypedReport(page, NUMBER_HABITS);
  await paneOf(page).getByRole("button", { name: "Nhận diện số liệu" }).click();
  await paneOf(page).getByText(/^Đã gắn: \d+ · /).waitFor();
  await paneOf(page).getByRole("tab", { name: "Số liệu" }).click();
  await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
  await card().getByText(/^Số viết khác quy cách \(\d+ ô\)$/).waitFor();
  const before = await controlTexts(page, RECEIVED);
  expect(before.some((t) => /^9\s780$/.test(t))).toBe(true);
  // The notice, not a computed figure's value (an output, also a status) in the open section.
  expect(await paneOf(page).getByRole("status").filter({ hasText: "quy cách" }).innerText()).toMatch(/số liệu(?: \(\d+ chỗ\))? đúng giá trị nhưng viết khác quy cách được giữ nguyên như văn bản/);
  expect(await overflowing(page)).toEqual([]);
  await card().getByRole("button", { name: "Viết lại theo quy cách" }).scrollIntoViewIfNeeded();
  await shot(page, "asked");

  await card().getByRole("button", { name: "Viết lại theo quy cách" }).click();
  await paneOf(page).getByRole("status").getByText(/chỉ viết lại theo quy cách, giá trị không đổi/).waitFor();
  expect(await controlTexts(page, RECEIVED)).toEqual(before.map(() => "9.780"));
  expect(await card().getByText(/^Số viết khác quy cách/).count()).toBe(0);
  await shot(page, "rewritten");
});
