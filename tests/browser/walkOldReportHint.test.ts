/**
 * Walk finding: a report typed before the add-in (no content control) opened on the figures tab with 62 empty boxes
 * and «còn 62 số liệu chưa nhập», nothing saying the pane can read the figures already written. The figures tab now
 * says so and opens «Văn bản cũ» (or «Báo cáo mới» for an empty page); once figures are bound the hint goes.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { paneOf, paneReady, reopenOnTypedReport, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-old-report-hint");
const hint = () => paneOf(page).getByRole("group", { name: "Văn bản chưa có ô số liệu" }).or(paneOf(page).locator('[aria-label="Văn bản chưa có ô số liệu"]')).first();
const REWORDED = readFileSync(resolve(__dirname, "../fixtures/corpus/reworded/01-ngan-gon.txt"), "utf8")
  .split(/\r?\n/)
  .filter((line) => line.trim() !== "");

describe("a document without controls", () => {
  it("offers to read the figures of a typed report, and the hint goes once they are bound", async () => {
    page = await openPreview(1100, "?empty");
    await paneReady(page);
    // The clerk opens an old report: its paragraphs are in the document before the pane starts.
    await reopenOnTypedReport(page, REWORDED);
    await hint().waitFor();
    expect(await hint().innerText()).toContain("Văn bản này chưa có ô số liệu nào của mẫu.");
    // walk40: the tab it names is under «Thêm ▾» at 350 px; the hint says so, and names its button first.
    expect(await hint().innerText()).toContain("bấm «Nhận diện số liệu» (kết quả ở thẻ «Văn bản cũ», trong «Thêm ▾»)");
    await shot(page, "hint");
    await hint().getByRole("button", { name: "Nhận diện số liệu" }).click();
    await paneOf(page).getByText(/^Đã gắn: \d+ · /).waitFor();
    await paneOf(page).getByRole("tab", { name: "Số liệu" }).click();
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).waitFor();
    expect(await hint().count()).toBe(0);
  });

  it("sends an empty page to «Báo cáo mới»", async () => {
    page = await openPreview(1100, "?empty");
    await paneReady(page);
    await hint().getByRole("button", { name: "Soạn báo cáo mới" }).click();
    await paneOf(page).getByRole("button", { name: "Tạo báo cáo mới" }).waitFor();
    expect(await paneOf(page).locator(".tab-more-button").innerText()).toBe("Báo cáo mới ▾");
  });

  it("is not shown on a report with controls", async () => {
    page = await openPreview(1100);
    await paneReady(page);
    expect(await hint().count()).toBe(0);
  });
});
