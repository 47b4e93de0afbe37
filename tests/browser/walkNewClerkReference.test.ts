/**
 * Walk findings (pane56), a new clerk on the reference report at 350 px:
 * 1. «Năm của số liệu biên chế» stayed empty (the report writes 2026 in section I, 2025 in II.1.a) and the summary said
 *    «Còn 1 số liệu chưa nhập» for good: now the box offers the document's two values, the summary counts it as one to
 *    choose, a click chooses (the document untouched) and «Cập nhật văn bản» writes the choice in both places, not
 *    asking about the other value as a hand edit.
 * 2. The centre's «Tỷ lệ đã giải quyết» (79,41 %, in the document) read «Chưa ghi vào văn bản…» beside «Trong văn bản:
 *    1 chỗ»: now it says the document shows it, and why the pane will not write it again.
 * 3. Under the parts of the centre's wrong total, «Liên quan đến lỗi ở ô «…»» did not say whose error: now the total
 *    and the parts.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { controlTexts, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
const shot = screenshotFolder("walk-new-clerk-reference");
const YEAR = "bcdc:bienChe.nam";
let page: Page;
const row = (id: string) => paneOf(page).locator(`[data-field="${id}"]`);

it("chooses the staff year among the document's two in two clicks, and reads the centre's errors plainly", async () => {
  page = await openPreview(1100);
  await paneReady(page);
  const pane = paneOf(page);

  // 1. One to choose, not «chưa nhập».
  const summary = pane.getByRole("region", { name: "Tóm tắt các vấn đề" });
  await summary.getByText(/1 số liệu văn bản ghi khác nhau giữa các chỗ: chọn số đúng ngay dưới ô của nó\./).waitFor();
  expect(await summary.innerText()).not.toContain("chưa nhập");
  const choices = row(YEAR).getByRole("group", { name: "Số văn bản ghi cho «Năm của số liệu biên chế»" });
  expect(await choices.getByRole("button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")))).toEqual(["2026 (chỗ 1)", "2025 (chỗ 2)"]);
  // pane58, 2: each value says where the report writes it, in the report's own words.
  await choices.getByText("chỗ 1: «…Văn phòng đang quản lý năm 2026: Công chức…»").waitFor();
  await choices.getByText("chỗ 2: «Năm 2025, Văn phòng…»").waitFor();
  await row(YEAR).scrollIntoViewIfNeeded();
  await shot(page, "year-to-choose");

  await choices.getByRole("button", { name: "2026 (chỗ 1)" }).click();
  await row(YEAR).getByText("Bấm «Cập nhật văn bản» để ghi 2026 vào cả 2 chỗ.").waitFor();
  expect(await row(YEAR).locator("input").inputValue()).toBe("2026");
  expect(await controlTexts(page, YEAR)).toEqual(["2026", "2025"]);
  await shot(page, "year-chosen");

  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  await pane.getByRole("status").filter({ hasText: "«Năm của số liệu biên chế» 2025 → 2026" }).waitFor();
  expect(await controlTexts(page, YEAR)).toEqual(["2026", "2026"]);
  expect(await pane.getByText(/sửa tay/).count()).toBe(0);
  await row(YEAR).getByText("Trong văn bản: 2 chỗ").waitFor();
  expect(await row(YEAR).getByRole("group").count()).toBe(0);

  // 2. The share computed from the report's own error: in the document, and said so.
  await openSection(page, "III");
  const share = row("bcdc:hcc.tyLeDaGiaiQuyet");
  await share.getByText(/^Văn bản đang ghi số này; nó tính từ số liệu đang có lỗi ở ô «Hồ sơ đã giải quyết/).waitFor();
  expect(await share.innerText()).not.toContain("Chưa ghi vào văn bản");
  await share.getByText("Trong văn bản: 1 chỗ").waitFor();
  await share.scrollIntoViewIfNeeded();
  await shot(page, "share-in-document");

  // 3. Under a part: the total's error, which total, which parts.
  const part = row("bcdc:hcc.truocHan");
  await part.getByText("Tổng «Hồ sơ đã giải quyết» là 7.766, nhưng số này + «Hồ sơ trả đúng hạn» + «Hồ sơ rút và trả lại» = 7.737.", { exact: true }).waitFor();
  await row("bcdc:hcc.treHan").getByText("Tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» là 9.780, nhưng «Hồ sơ đã giải quyết» + số này + «Hồ sơ đang giải quyết» = 8.856.", { exact: true }).waitFor();
  await part.scrollIntoViewIfNeeded();
  await shot(page, "part-of-wrong-total");
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});
