/**
 * Issue 9, point 7: complete and readable answers at 350 px. The tabs fit one row; after «Báo cáo mới» the pane
 * counts the figures still empty; an update that skips figures for bad input names each one under its section, with
 * labels that tell the one-stop desk's figures from the service centre's.
 */
import type { Browser, Page } from "playwright-core";
import { REPORT } from "../support/forms";
import { launch, openPreview, PANE_WIDTH } from "./support/browser";
import { fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const shot = screenshotFolder("trust-answers");
const TYPED = REPORT.fields.filter((f) => !f.formula).length;

/** The tab row's items: their vertical middles (one line: within a few pixels) and whether each is inside the pane. */
const tabRow = (page: Page) =>
  page.evaluate(() => {
    const pane = document.getElementById("root")!.getBoundingClientRect();
    const items = [...document.querySelectorAll<HTMLElement>(".tab-bar [role=tab], .tab-bar .tab-more-button")];
    return items.map((el) => {
      const box = el.getBoundingClientRect();
      return { text: el.innerText, middle: box.top + box.height / 2, inside: box.left >= pane.left && box.right <= pane.left + pane.width };
    });
  });

describe("complete, readable answers at 350 px", () => {
  it("shows the tabs on one row, the rest behind «Thêm»", async () => {
    const page = await openPreview(browser, 1100, "?empty");
    await paneReady(page);
    expect((await paneOf(page).boundingBox())?.width).toBe(PANE_WIDTH);
    const row = await tabRow(page);
    expect(row.map((t) => t.text)).toEqual(["Số liệu", "Duyệt", "Lịch sử", "Thêm ▾"]);
    const oneLine = (items: { middle: number }[]) => Math.max(...items.map((t) => t.middle)) - Math.min(...items.map((t) => t.middle));
    expect(oneLine(row)).toBeLessThan(4);
    expect(row.every((t) => t.inside)).toBe(true);
    await paneOf(page).getByRole("button", { name: "Thêm ▾" }).click();
    expect(await paneOf(page).getByRole("menuitem").allInnerTexts()).toEqual(["Văn bản cũ", "So sánh", "Báo cáo mới", "Tự kiểm tra", "Thiết kế mẫu"]);
    await shot(page, "tabs-menu");
    await paneOf(page).getByRole("menuitem", { name: "Báo cáo mới" }).click();
    const chosen = await tabRow(page);
    expect(chosen.map((t) => t.text)).toEqual(["Số liệu", "Duyệt", "Lịch sử", "Báo cáo mới ▾"]);
    expect(oneLine(chosen)).toBeLessThan(4);
    expect(chosen.every((t) => t.inside)).toBe(true);

    // After «Báo cáo mới»: how many figures are still empty, here and on the figures tab.
    await paneOf(page).getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await paneOf(page).getByText(new RegExp(`Còn ${TYPED} số liệu chưa nhập: hãy nhập ở thẻ «Số liệu»`)).waitFor();
    await shot(page, "new-report-counts");
    await openView(page, "Số liệu");
    await paneOf(page).getByText(`Không có lỗi trong số liệu đã nhập; còn ${TYPED} số liệu chưa nhập.`).waitFor();
    expect(await paneOf(page).getByText("Không có lỗi nào trong số liệu đã nhập.").count()).toBe(0);
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("11");
    await paneOf(page).getByText(`Không có lỗi trong số liệu đã nhập; còn ${TYPED - 1} số liệu chưa nhập.`).waitFor();
    await page.close();
  });

  it("names every figure an update skipped for bad input, under its section", async () => {
    const page = await openPreview(browser, 1100);
    await paneReady(page);
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("abc");
    await fieldInput(page, "bcdc:hcc.daGiaiQuyet").fill("1.2.3");
    await fieldInput(page, "bcdc:motCuaVp.tiepNhan").fill("-5");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    const notice = paneOf(page).getByRole("status").filter({ hasText: "số liệu được giữ nguyên như văn bản đang ghi" });
    await notice.waitFor();
    const groups = await notice.locator(".notice-groups > li").evaluateAll((lis) =>
      lis.map((li) => ({ heading: li.firstChild!.textContent, items: [...li.querySelectorAll("li")].map((item) => item.textContent) })),
    );
    const byHeading = Object.fromEntries(groups.map((g) => [g.heading, g.items]));
    // Each by its label under its section, with what the document keeps (the pane's input is no figure).
    expect(byHeading["III.1.đ. Họp giao ban"]).toEqual(["Cuộc họp giao ban trong quý: giữ 11 (số nhập chưa đúng)"]);
    expect(byHeading["III.2.b. Bộ phận một cửa của Văn phòng"]).toEqual(["Hồ sơ tiếp nhận (một cửa Văn phòng): giữ 81 (số nhập chưa đúng)"]);
    expect(byHeading["III.2.c. Trung tâm Phục vụ hành chính công tỉnh"]).toEqual(
      expect.arrayContaining(["Hồ sơ đã giải quyết: giữ 7.766 (số nhập chưa đúng)"]),
    );
    const count = Number(/(\d+) số liệu được giữ nguyên/.exec(await notice.innerText())?.[1]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(count);
    // The shares computed from them follow them: named behind «Xem thêm», not in the list to act on.
    await notice.getByRole("button", { name: /^Xem thêm \d+ số liệu liên quan không cần sửa riêng$/ }).click();
    expect(await notice.locator(".notice-more-groups li li").allInnerTexts()).toContain("Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)");
    await shot(page, "skipped-by-section");
    await page.close();
  });
});
