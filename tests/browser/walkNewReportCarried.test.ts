/**
 * Walk finding (monthly form): after «Chuyển sang tháng sau», «Báo cáo mới» wrote last month's 19 unconfirmed figures
 * into the new report, said only «Đã tạo báo cáo tháng 12 năm 2020: 33 ô cho 25 số liệu», and once the pane was
 * closed and opened again the marks «Chưa cập nhật cho tháng mới» were gone: November's figures read as December's.
 * The new report keeps the marks in the document and its message counts them.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100, "?form=tiep-cong-dan-thang");

const shot = screenshotFolder("walk-new-report-carried");
const marks = () => paneOf(page).getByText("Chưa cập nhật cho tháng mới", { exact: true });

describe("a new report written after a roll-over", () => {
  it("says how many figures are still last month's, and they stay marked after reopening the pane", async () => {
    await openView(page, "Văn bản cũ");
    await paneOf(page).getByRole("button", { name: "Chuyển sang tháng sau" }).click();
    await paneOf(page).getByRole("button", { name: "Chuyển sang tháng 12 năm 2020" }).click();
    const rolled = paneOf(page).getByText(/^Đã chuyển sang tháng 12 năm 2020\. (\d+) số liệu chưa cập nhật/).first();
    await rolled.waitFor();
    const carried = Number(/\. (\d+) số liệu/.exec(await rolled.innerText())![1]);
    expect(carried).toBeGreaterThan(0);

    await openView(page, "Báo cáo mới");
    await paneOf(page).getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await paneOf(page).getByRole("button", { name: "Thay thế toàn bộ nội dung" }).click();
    const created = paneOf(page).getByText(/^Đã tạo báo cáo tháng 12 năm 2020: /).first();
    await created.waitFor();
    expect(await created.innerText()).toContain(
      `${carried} số liệu trong đó vẫn là của tháng trước, chưa xác nhận cho tháng mới: nhập lại hoặc bấm «Xác nhận» ở thẻ «Số liệu».`,
    );
    await shot(page, "created");

    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await paneOf(page).getByText(`${carried} số liệu chưa cập nhật cho tháng mới`, { exact: false }).first().waitFor();
    await paneOf(page).getByRole("button", { name: /^1\. / }).and(page.locator('[aria-expanded="true"]')).waitFor();
    expect(await marks().count()).toBeGreaterThan(0);
    await shot(page, "reopened");
  });
});
