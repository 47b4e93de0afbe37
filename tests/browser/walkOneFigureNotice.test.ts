/**
 * Walk finding (pane45, 1): a new clerk changes ONE figure of the reference report and presses «Cập nhật văn bản».
 * The notice said «Chưa ghi 10 số liệu đang có lỗi» and listed them, beside «2 lỗi» in the summary: as if her change
 * had held ten figures back. Those are the reference report's own arithmetic errors. The notice now says what was
 * written, then that the other figures were left as the document has them because of errors counted as the summary
 * counts them, and that they do not concern the figure just written; the summary just below names each error's box.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { controlTexts, fieldInput, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;
const shot = screenshotFolder("walk-one-figure-notice");
const MEETINGS = "bcdc:giaoBan.soCuoc";

it("says what one changed figure wrote, and which of the summary's errors left the others as they are", async () => {
  page = await openPreview(1100);
  await paneReady(page);
  const pane = paneOf(page);
  await openSection(page, "III");
  const [before] = await controlTexts(page, MEETINGS);
  await fieldInput(page, MEETINGS).fill("13");
  await page.keyboard.press("Tab");
  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  const notice = pane.getByRole("status").filter({ hasText: "Đã cập nhật" });
  await notice.waitFor();
  expect(await controlTexts(page, MEETINGS)).toEqual(["13"]);

  const lead = await notice.locator(".fui-MessageBarBody").evaluate((body) => body.firstChild?.textContent ?? "");
  expect(lead).not.toMatch(/đang có lỗi|Chưa ghi/);
  expect(lead).toContain(`Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» ${before} → 13.`);
  // The errors it counts are the summary's, counted the same way; the summary just below names each by its box, the
  // notice does not again (pane52: four boxes named ran to ten lines at 350 px).
  const summary = pane.getByRole("region", { name: "Tóm tắt các vấn đề" });
  const errors = Number(/^(\d+) lỗi/.exec(await summary.locator(".fui-MessageBarTitle").innerText())?.[1]);
  expect(errors).toBe(2);
  const boxes = (await summary.locator("li.error .summary-link").allInnerTexts()).map((t) => /«(.*)»$/.exec(t)![1]);
  expect(boxes).toHaveLength(2);
  const listed = await notice.locator(".notice-groups > li li").count();
  expect(lead).toContain(
    `${listed} số liệu được giữ nguyên như văn bản đang ghi vì ${errors} lỗi, không liên quan đến số vừa ghi. Sửa lỗi rồi cập nhật lại để ghi các số này:`,
  );
  for (const box of boxes) expect(lead).not.toContain(box!);
  await notice.scrollIntoViewIfNeeded();
  await shot(page, "notice");
});
