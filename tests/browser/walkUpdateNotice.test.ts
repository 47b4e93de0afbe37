/**
 * Walk finding: an update that writes nothing because one figure is in error and one control was edited by hand said
 * «Văn bản đã đúng số liệu, không cần ghi gì» and cut the list of skipped figures from its lead-in. The notice now
 * says nothing was written, names the hand edit, and ends with the sentence that introduces the list.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { fieldInput, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-update-notice");

/** Plays a hand edit in Word: the control's text replaced by the user, outside the add-in. */
const editByHand = (tag: string, text: string) =>
  page.evaluate(
    ([tag, text]) => {
      type Doc = { controls(): { tag: string }[]; replaceControlText(c: unknown, s: string): void; notify(): void };
      const doc = (window as unknown as { __sim: { doc: Doc } }).__sim.doc;
      doc.replaceControlText(doc.controls().find((c) => c.tag === tag), text);
      doc.notify();
    },
    [tag, text] as const,
  );

describe("the update notice with errors and a hand edit", () => {
  it("says nothing was written, names the hand edit, then introduces the skipped figures", async () => {
    page = await openPreview(1100);
    await paneReady(page);
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("abc");
    await editByHand("bcdc:cheDo.nangLuongTruocHan", "07");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    const notice = paneOf(page).getByRole("status").filter({ hasText: "sửa tay" });
    await notice.waitFor();
    const lead = await notice.locator(".fui-MessageBarBody").evaluate((body) => body.firstChild?.textContent ?? "");
    expect(lead).not.toContain("không cần ghi gì");
    expect(lead).toMatch(/^Chưa ghi ô nào vào văn bản\. 1 ô đã bị sửa tay trong văn bản: hãy chọn cách xử lý bên dưới\. Chưa ghi \d+ số liệu đang có lỗi \(sửa lỗi rồi cập nhật lại\):$/);
    expect(await notice.locator(".notice-groups > li").first().evaluate((li) => li.firstChild?.textContent)).toBe("III.1.đ. Họp giao ban");
    await shot(page, "notice");
    await page.close();
  });
});
