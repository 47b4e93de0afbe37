/**
 * Walk finding: an update that writes nothing because one figure is in error and one control was edited by hand said
 * «Văn bản đã đúng số liệu, không cần ghi gì» and cut the list of skipped figures from its lead-in. The notice now
 * says nothing was written, names the hand edit, and ends with the sentence that introduces the list.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { editByHand, fieldInput, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-update-notice");

describe("the update notice with errors and a hand edit", () => {
  it("says nothing was written, names the hand edit, then introduces the skipped figures", async () => {
    page = await openPreview(1100);
    await paneReady(page);
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("abc");
    await editByHand(page, "bcdc:cheDo.nangLuongTruocHan", "07");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    const notice = paneOf(page).getByRole("status").filter({ hasText: "sửa tay" });
    await notice.waitFor();
    const lead = await notice.locator(".fui-MessageBarBody").evaluate((body) => body.firstChild?.textContent ?? "");
    expect(lead).not.toContain("không cần ghi gì");
    expect(lead).toMatch(/^Chưa ghi số liệu nào vào văn bản\. 1 số liệu đã bị sửa tay trong văn bản: hãy chọn cách xử lý bên dưới\. \d+ số liệu được giữ nguyên như văn bản đang ghi vì \d+ lỗi\. Sửa lỗi rồi cập nhật lại để ghi các số này:$/);
    expect(await notice.locator(".notice-groups > li").first().evaluate((li) => li.firstChild?.textContent)).toBe("III.1.đ. Họp giao ban");
    await shot(page, "notice");
    await page.close();
  });
});
