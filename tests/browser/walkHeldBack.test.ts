/**
 * Walk findings (pane46) at 350 px, a new clerk on the reference report: she types a figure as «8l», a part larger
 * than its total, and one right figure, presses «Cập nhật văn bản», closes and reopens the pane, opens «Lịch sử».
 * 1. The notice listed 18 figures held back, most of them the report's own figures the document already shows as
 *    the pane holds them: now only the five her fix would write, short, the rest behind «Xem thêm».
 * 2. Her two typing errors were in one list with the report's own arithmetic errors: now apart, named in her words.
 * 3. «Lịch sử» flashed «Đang mở…» though the history was there: now, its panel fetched while the pane is idle, the
 *    text never appears.
 * Walk findings (pane52): under the box, the report's own error read as hers: it now says it is already in the
 * document, not typed by her (her own typing gets nothing added). The notice's opening sentence still named the four boxes with an error, ten lines at 350 px
 * before the list; now it says how many errors and what to do (the summary just below names each box).
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { controlTexts, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;
const shot = screenshotFolder("walk-held-back");
const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const RESOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const CENTRE_RECEIVED = "bcdc:hcc.tiepNhan";
const FROM_DOCUMENT = "Lỗi này có sẵn trong văn bản, không do bạn nhập.";

it("lists what her fix would write, tells her typing from the report's, and opens the history without «Đang mở…»", async () => {
  page = await openPreview(1100);
  await paneReady(page);
  const pane = paneOf(page);
  await openSection(page, "III");
  await fieldInput(page, RECEIVED).fill("8l");
  await fieldInput(page, RESOLVED).fill("90");
  await fieldInput(page, MEETINGS).fill("13");
  await page.keyboard.press("Tab");

  // 2. Her typing apart from the report's own errors.
  const summary = pane.getByRole("region", { name: "Tóm tắt các vấn đề" });
  const typed = summary.getByRole("list", { name: /^Do số bạn nhập trong ngăn/ });
  const report = summary.getByRole("list", { name: /^Có sẵn trong văn bản/ });
  const typedItems = await typed.getByRole("listitem").allInnerTexts();
  expect(typedItems).toHaveLength(2);
  expect(typedItems[0]).toMatch(/^Lỗi: «8l» không phải là số\./);
  expect(typedItems[1]).toMatch(/^Lỗi: Hồ sơ đã giải quyết, trả kết quả .* là 90, nhưng/);
  const reportItems = (await report.getByRole("listitem").allInnerTexts()).join("\n");
  expect(reportItems).toContain("= 7.737");
  expect(reportItems).toContain("= 8.856");
  expect(reportItems).not.toContain("8l");
  await summary.scrollIntoViewIfNeeded();
  await shot(page, "summary-apart");

  // pane52: under each box, whose the error is, as the summary files it; nothing added under her own typing.
  const under = (id: string) => pane.locator(`[data-field="${id}"] [id$="__validationMessage"]`);
  await under(CENTRE_RECEIVED).getByText(/= 8\.856 \(chênh 924\)\. Lỗi này có sẵn trong văn bản, không do bạn nhập\.$/).waitFor();
  expect(await under(RECEIVED).innerText()).toMatch(/^«8l» không phải là số\./);
  expect(await under(RECEIVED).innerText()).not.toContain(FROM_DOCUMENT);
  expect(await under(RESOLVED).innerText()).not.toContain(FROM_DOCUMENT);
  await under(CENTRE_RECEIVED).scrollIntoViewIfNeeded();
  await shot(page, "box-from-document");
  await under(RECEIVED).scrollIntoViewIfNeeded();
  await shot(page, "box-typed");

  // 1. The notice: what was written, then only what her fix would write.
  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  const notice = pane.getByRole("status").filter({ hasText: "Đã cập nhật" });
  await notice.waitFor();
  expect(await controlTexts(page, MEETINGS)).toEqual(["13"]);
  const listed = await notice.locator(".notice-groups > li").evaluateAll((groups) =>
    groups.map((g) => [g.firstChild?.textContent ?? "", [...g.querySelectorAll("li")].map((li) => li.textContent ?? "")]),
  );
  expect(listed).toEqual([
    [
      "III.2.b. Bộ phận một cửa của Văn phòng",
      [
        "Hồ sơ tiếp nhận (một cửa Văn phòng): giữ 81 (số nhập chưa đúng)",
        // walk42: her 90 is the figure to fix, not a change waiting to be written; the shares computed from it (7,79% →
        // 6,67%, 92,21% → 78,89%) only follow it, behind «Xem thêm».
        "Hồ sơ đã giải quyết, trả kết quả: giữ 77 (số nhập 90 có lỗi, cần sửa)",
      ],
    ],
    ["III.2.c. Trung tâm Phục vụ hành chính công tỉnh", ["Tỷ lệ đang giải quyết: 9,7% → 9,82%"]],
  ]);
  const lead = await notice.locator(".fui-MessageBarBody").evaluate((body) => body.firstChild?.textContent ?? "");
  // pane52: the lead says how many errors and what to do, no longer the four boxes (the summary below names them).
  expect(lead).toBe(
    "Đã cập nhật 1 số liệu. Số đã ghi: «Cuộc họp giao ban trong quý» 11 → 13. " +
      "3 số liệu được giữ nguyên như văn bản đang ghi vì 4 lỗi, không liên quan đến số vừa ghi. Sửa lỗi rồi cập nhật lại để ghi các số này:",
  );
  // walk40: the figures the errors name are not among those said to need no fix; the shares computed from them are.
  const more = notice.getByRole("button", { name: "Xem thêm 6 số liệu liên quan không cần sửa riêng" });
  expect(await more.getAttribute("aria-expanded")).toBe("false");
  expect(await notice.locator(".notice-more-groups").count()).toBe(0);
  await notice.scrollIntoViewIfNeeded();
  await shot(page, "notice-short");
  await more.click();
  // Opened, and the notice (which a click dismisses) still there.
  const hidden = notice.locator(".notice-more-groups li li");
  expect(await hidden.count()).toBe(6);
  expect(await hidden.allInnerTexts()).toContain("Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)");
  expect(await hidden.allInnerTexts()).toContain("Tỷ lệ trả đúng hạn");
  expect(await hidden.allInnerTexts()).not.toContain("Hồ sơ trả trước hạn");
  expect(await notice.getByRole("button", { name: /^Ẩn bớt 6 số liệu/ }).getAttribute("aria-expanded")).toBe("true");
  await shot(page, "notice-more-open");

  // 3. Reopened, the history's panel fetched while the pane was idle: «Lịch sử» never says «Đang mở…».
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
  await page.waitForFunction(
    () =>
      performance.getEntriesByType("resource").some((e) => /\/history\.[0-9a-f]+\.js$/.test(e.name)) &&
      !document.querySelector('script[src*="/history."]'),
  );
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __busySeen: string[] }).__busySeen = seen;
    new MutationObserver(() => {
      if (document.getElementById("root")?.textContent?.includes("Đang mở")) seen.push("Đang mở");
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await openView(page, "Lịch sử thay đổi");
  const history = pane.getByRole("region", { name: "Lịch sử thay đổi" });
  await history.getByText("Cuộc họp giao ban trong quý").waitFor();
  expect(await history.getByRole("row").filter({ hasText: "Cuộc họp giao ban trong quý" }).innerText()).toMatch(/11\s*→\s*13/);
  expect(await page.evaluate(() => (window as unknown as { __busySeen: string[] }).__busySeen)).toEqual([]);
  await shot(page, "history");
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});
