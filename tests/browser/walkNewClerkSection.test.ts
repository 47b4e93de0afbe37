/**
 * Walk finding (pane52, 4): a new clerk at 350 px, first time on this computer, on the reference report: she types
 * section I's staff figures, one of them wrong (more in post than allotted), fixes it, presses «Cập nhật văn bản»
 * (asked her name once), closes and reopens the pane, opens «Lịch sử». Three figures, each in two places of the
 * report, were announced as «Đã cập nhật 6 số liệu» — and «ô» is what the pane calls a figure's box. The notice now
 * counts figures and says the places after: «Đã cập nhật 3 số liệu (6 chỗ trong văn bản).»
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { controlTexts, fieldInput, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
const shot = screenshotFolder("walk-new-clerk-section");
const GIVEN = "bcdc:bienChe.congChucGiao";
const IN_POST = "bcdc:bienChe.congChucThucHien";
const CONTRACTS = "bcdc:bienChe.hopDong";

it("types section I, fixes a wrong figure, updates, and reads the figures she wrote counted as figures", async () => {
  const page: Page = await openPreview(1100, "", null, "none");
  await paneReady(page);
  const pane = paneOf(page);
  const row = (id: string) => pane.locator(`[data-field="${id}"]`);
  for (const [id, value] of [[GIVEN, "56"], [IN_POST, "47"], [CONTRACTS, "9"]] as const) {
    await fieldInput(page, id).fill(value);
    await page.keyboard.press("Tab");
  }
  await row(CONTRACTS).getByText("Sẽ ghi: 09").waitFor();

  // A wrong figure, said under its box and counted as hers; then fixed.
  await fieldInput(page, IN_POST).fill("65");
  await page.keyboard.press("Tab");
  await row(IN_POST).getByText("Công chức đang thực hiện (65) không được lớn hơn Biên chế công chức được giao (56).", { exact: true }).waitFor();
  const typed = pane.getByRole("region", { name: "Tóm tắt các vấn đề" }).getByRole("list", { name: /^Do số bạn nhập trong ngăn/ });
  expect(await typed.getByRole("listitem").count()).toBe(1);
  await row(IN_POST).scrollIntoViewIfNeeded();
  await shot(page, "wrong");
  await fieldInput(page, IN_POST).fill("47");
  await page.keyboard.press("Tab");
  await typed.waitFor({ state: "detached" });
  expect(await row(IN_POST).getByText(/không được lớn hơn/).count()).toBe(0);

  // The first update asks her name, then writes the three figures everywhere they stand.
  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  await pane.getByRole("textbox", { name: "Người cập nhật (ghi vào lịch sử)" }).fill("Nguyễn Thị Lan");
  await pane.getByRole("button", { name: "Tiếp tục" }).click();
  const notice = pane.getByRole("status").filter({ hasText: "Đã cập nhật" });
  await notice.waitFor();
  expect(await controlTexts(page, GIVEN)).toEqual(["56", "56"]);
  expect(await controlTexts(page, IN_POST)).toEqual(["47", "47"]);
  expect(await controlTexts(page, CONTRACTS)).toEqual(["09", "09"]);
  const lead = await notice.locator(".fui-MessageBarBody").evaluate((body) => body.firstChild?.textContent ?? "");
  expect(lead).toMatch(
    /^Đã cập nhật 3 số liệu \(6 chỗ trong văn bản\)\. Số đã ghi: «Biên chế công chức được giao» 55 → 56; «Công chức đang thực hiện» 46 → 47; «Hợp đồng lao động» 08 → 09\./,
  );
  expect(lead).not.toMatch(/6 ô/);
  await notice.scrollIntoViewIfNeeded();
  await shot(page, "updated");

  // Reopened: her figures are back; «Lịch sử» lists the three, by her name.
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
  expect(await fieldInput(page, GIVEN).inputValue()).toBe("56");
  await shot(page, "reopened");
  await openView(page, "Lịch sử thay đổi");
  const history = pane.getByRole("region", { name: "Lịch sử thay đổi" });
  await history.getByText("Hợp đồng lao động").waitFor();
  const rows = await history.getByRole("row").filter({ hasText: "Nguyễn Thị Lan" }).allInnerTexts();
  expect(rows).toHaveLength(3);
  expect(rows.join("\n")).toMatch(/55\s*→\s*56/);
  await shot(page, "history");
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});
