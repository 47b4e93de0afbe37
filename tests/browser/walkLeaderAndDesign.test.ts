/**
 * A leader reviews two refreshed figures as tracked changes (accepts one, rejects one, closes and reopens the pane),
 * then a clerk adds a rule in «Thiết kế mẫu». What surprised, now fixed: after the decisions, «Cập nhật văn bản» said
 * «Văn bản đã đúng số liệu, không cần ghi gì» in the same breath as «Chưa ghi 10 số liệu đang có lỗi»; in the rule's
 * figure boxes «Tỷ lệ đã giải quyết», «Hồ sơ đang giải quyết» … read the same for the one-stop desk and the centre
 * once picked (the section is only the open list's group heading); the update's notice, shown again in «Thiết kế
 * mẫu» and «Văn bản cũ», ended on «Chưa ghi 10 số liệu đang có lỗi (sửa lỗi rồi cập nhật lại):» without the list.
 */
import type { Page } from "playwright-core";
import { clerkRefreshesTracked } from "./support/clerkRefresh";
import { previewPerFile } from "./support/lifecycle";
import { answerReviewer, controlTexts, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1200, "", "Trần Thị Bình");
const shot = screenshotFolder("walk-leader-design");
const pane = () => paneOf(page);
const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";

describe("a leader's review, then a clerk's rule", () => {
  it("keeps an accepted and a rejected change after reopening, and the next update says plainly what it did", async () => {
    // The clerk's part: tracking on, two figures refreshed.
    await clerkRefreshesTracked(page, "III", { [MEETINGS]: "12", [RAISES]: "07" });

    await openView(page, "Duyệt thay đổi");
    await pane().getByRole("button", { name: `Chấp nhận «Công chức được nâng lương trước thời hạn»` }).click();
    await answerReviewer(page, "Trần Thị Bình");
    await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
    await pane().getByRole("button", { name: `Từ chối «Cuộc họp giao ban trong quý»` }).click();
    await pane().getByText("Không có số liệu nào đang chờ duyệt.").waitFor();
    await shot(page, "decided");

    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    expect(await controlTexts(page, RAISES)).toEqual(["07"]);
    expect(await controlTexts(page, MEETINGS)).toEqual(["11"]);
    await openSection(page, "III");
    expect(await fieldInput(page, RAISES).inputValue()).toBe("07");
    expect(await fieldInput(page, MEETINGS).inputValue()).toBe("11");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    // The report's own errors hold 10 figures back; only the one the fix would change is listed, the rest behind «Xem thêm».
    const notice = pane().getByRole("status").filter({ hasText: "1 số liệu được giữ nguyên như văn bản đang ghi" });
    await notice.getByText(/^Chưa ghi số liệu nào vào văn bản\. Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại\./).waitFor();
    await notice.getByRole("button", { name: "Xem thêm 2 số liệu liên quan không cần sửa riêng" }).waitFor();
    expect(await controlTexts(page, MEETINGS)).toEqual(["11"]);
    await shot(page, "reopened-updated");
  });

  it("names a figure two sections share with its section once it is picked for a rule", async () => {
    await openView(page, "Thiết kế mẫu");
    // The update's notice followed here whole: its «… được giữ nguyên …:» is followed by the figures it names, and the
    // others behind «Xem thêm».
    const notice = pane().getByRole("region", { name: "Thiết kế mẫu" }).getByRole("status");
    await notice.getByRole("button", { name: /^Xem thêm 2 số liệu/ }).click();
    await notice.getByText("Tỷ lệ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)", { exact: true }).waitFor();
    const part = pane().getByRole("combobox", { name: "Số B", exact: true });
    await part.selectOption({ value: "bcdc:motCuaVp.tyLeDaGiaiQuyet" });
    expect(await part.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(
      "Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)",
    );
    await part.selectOption({ value: "bcdc:hcc.tyLeDaGiaiQuyet" });
    expect(await part.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(
      "Tỷ lệ đã giải quyết (Trung tâm Phục vụ hành chính công tỉnh)",
    );
    await shot(page, "rule-picker");
  });
});
