/**
 * Walk finding (walk50, 6), at 350 px on the reference report: a clerk raised the staff allotted and serving together
 * (55 → 60, 46 → 58) with tracking on; her leader rejected the allotment alone. The leader's notice named the rule the
 * decision broke, but the clerk's «Số liệu» tab filed it under «Do số bạn nhập trong ngăn», as her typing's error,
 * though she had typed nothing since. It is filed under the leader's rejection now, and said so under its box.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { answerReviewer, fieldInput, openSection, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 350, "", "Trần Thị Bình");
const shot = screenshotFolder("walk-rejection-filed");
const pane = () => paneOf(page);
const GIAO = "bcdc:bienChe.congChucGiao";
const THUC_HIEN = "bcdc:bienChe.congChucThucHien";

it("files the rule a leader's rejection broke as the rejection's, not the clerk's typing", async () => {
  await pane().getByRole("switch", { name: /Track Changes/ }).check();
  await openSection(page, "I");
  await fieldInput(page, GIAO).fill("60");
  await fieldInput(page, THUC_HIEN).fill("58");
  await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
  await pane().getByText(/^Đã cập nhật 2 số liệu/).waitFor();

  await openView(page, "Duyệt thay đổi");
  await pane().getByRole("button", { name: "Từ chối «Biên chế công chức được giao»" }).click();
  await answerReviewer(page, "Trần Thị Bình");
  await pane().getByText(/^Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản \(1 số liệu, ghi vào lịch sử\)\. Sau quyết định này/).waitFor();

  await pane().getByRole("tab", { name: "Số liệu" }).click();
  const summary = pane().getByRole("region", { name: "Tóm tắt các vấn đề" });
  const decided = summary.getByRole("list", { name: "Sau khi lãnh đạo từ chối thay đổi (không do bạn nhập) (1)" });
  await decided.waitFor();
  expect(await decided.getByRole("listitem").first().innerText()).toContain("58");
  expect(await summary.getByRole("list", { name: /^Do số bạn nhập trong ngăn/ }).count()).toBe(0);
  await decided.scrollIntoViewIfNeeded();
  await shot(page, "summary-after-rejection");

  await openSection(page, "I");
  const said = pane().locator(`[data-field="${GIAO}"], [data-field="${THUC_HIEN}"]`).getByText(/Lỗi này có sau khi lãnh đạo từ chối thay đổi, không do bạn nhập\./);
  await said.first().waitFor();
  await said.first().scrollIntoViewIfNeeded();
  await shot(page, "under-box");

  // She types again: the rule is hers from then on.
  await fieldInput(page, THUC_HIEN).fill("57");
  await summary.getByRole("list", { name: /^Do số bạn nhập trong ngăn \(\d+\)$/ }).waitFor();
  expect(await summary.getByRole("list", { name: /^Sau khi lãnh đạo/ }).count()).toBe(0);
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});
