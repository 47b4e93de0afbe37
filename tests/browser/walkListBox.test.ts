/**
 * Walk findings (pane58), a new clerk on the reference report at 350 px:
 * 1. A list figure's box showed the document's «A, B và C» under its hint «Mỗi dòng một đơn vị»: it now shows one item
 *    a line, and the document keeps its own separators when the list is written back.
 * 4. One item a line, the box was two rows high: «Phòng Tổng hợp - Kinh tế / Phòng Nội chính» of five, the rest out of
 *    sight. The box now grows with its items.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { controlTexts, openSection, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100);
const shot = screenshotFolder("walk-list-box");
const box = (id: string) => paneOf(page).locator(`[data-field="${id}"] textarea`);

it("shows a list one item a line, every item in sight, and writes an added item with the document's commas", async () => {
  await openSection(page, "I");
  const units = box("bcdc:donViSuNghiep.danhSach");
  expect(await units.inputValue()).toBe("Trung tâm Thông tin tỉnh\nNhà khách UBND tỉnh\nNhà khách Thanh Xuân - Hà Nội");
  const offices = box("bcdc:toChuc.danhSach");
  expect((await offices.inputValue()).split("\n")).toHaveLength(5);
  for (const list of [units, offices]) {
    await list.scrollIntoViewIfNeeded();
    // Nothing hidden inside the box: it is as tall as its text.
    expect(await list.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
  }
  await shot(page, "lists");

  await units.fill("Trung tâm Thông tin tỉnh\nNhà khách UBND tỉnh\nNhà khách Thanh Xuân - Hà Nội\nTrung tâm Lưu trữ");
  await units.blur();
  await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
  await paneOf(page).getByRole("status").getByText(/^Đã cập nhật/).waitFor();
  expect(await controlTexts(page, "bcdc:donViSuNghiep.danhSach")).toEqual([
    "Trung tâm Thông tin tỉnh, Nhà khách UBND tỉnh, Nhà khách Thanh Xuân - Hà Nội và Trung tâm Lưu trữ",
  ]);
  await shot(page, "written");
});
