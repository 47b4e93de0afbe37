/**
 * A leader reads who changed each figure. What surprised: the review card said «Chuyên viên», Word's user
 * name on the computer (TrackedChange.author), while «Lịch sử» said «Trần Thị Bình», the name the clerk gave the pane
 * for the leaders: two names for one change. The card now names the history's writer and time; Word's name is shown,
 * said to be Word's, only for a change typed into the control in Word (reviewWriter.ts says why). A leader asked for a
 * name before a decision was told «Lãnh đạo đọc tên này», as if someone else would decide: now «Người duyệt».
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { editByHand, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1200, "", "Trần Thị Bình");
const shot = screenshotFolder("walk-review-writer");
const pane = () => paneOf(page);
const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";
const card = (name: string) => pane().locator(`[aria-label="Nhóm «${name}»"]`);

describe("who changed a figure, as a leader reads it", () => {
  it("is the same name on the review card and in the history; Word's name only for a change made in Word", async () => {
    await pane().getByRole("switch", { name: /Track Changes/ }).check();
    await openSection(page, "III");
    await fieldInput(page, MEETINGS).fill("12");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText(/^Đã cập nhật 1 số liệu/).waitFor();
    await editByHand(page, RAISES, "09", true);

    await openView(page, "Duyệt thay đổi");
    const written = card("Cuộc họp giao ban trong quý").locator(".review-writer");
    await written.waitFor();
    expect(await written.innerText()).toMatch(/^Trần Thị Bình · .*\d{2}\/\d{2}\/\d{4}/);
    expect(await card("Cuộc họp giao ban trong quý").innerText()).not.toContain("Chuyên viên");
    expect(await card("Công chức được nâng lương trước thời hạn").locator(".review-writer").innerText()).toBe(
      "Sửa trực tiếp trong Word: Chuyên viên",
    );
    await shot(page, "review-cards");

    await openView(page, "Lịch sử thay đổi");
    const rows = pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).getByRole("row").filter({ hasText: "Cuộc họp giao ban trong quý" });
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator(".history-by").innerText()).toBe("Trần Thị Bình");
    await shot(page, "history");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("asks a leader new to this computer for the reviewer's name, and the history names the leader for the decision", async () => {
    await page.evaluate(() => window.localStorage.removeItem("bcdc.author"));
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await openView(page, "Duyệt thay đổi");
    await pane().getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).click();
    const name = pane().getByRole("textbox", { name: "Người duyệt (ghi vào lịch sử)" });
    await name.fill("Lò Văn Dũng");
    await pane().getByText("Lịch sử ghi tên này cùng quyết định chấp nhận hay từ chối. Chỉ hỏi một lần trên máy này.").waitFor();
    await shot(page, "reviewer-asked");
    await pane().getByRole("button", { name: "Tiếp tục" }).click();
    await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
    await openView(page, "Lịch sử thay đổi");
    const rows = pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).getByRole("row").filter({ hasText: "Cuộc họp giao ban trong quý" });
    await rows.nth(1).waitFor();
    expect(await rows.first().innerText()).toMatch(/Chấp nhận sửa 11 → 12; giữ 12/);
    expect(await rows.first().locator(".history-by").innerText()).toBe("Lò Văn Dũng");
    expect(await rows.nth(1).locator(".history-by").innerText()).toBe("Trần Thị Bình");
  });
});
