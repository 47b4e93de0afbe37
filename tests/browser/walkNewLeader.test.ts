/**
 * A leader new to the pane, in a window 350 px wide, receives a clerk's report whose refreshed figures are tracked:
 * opens the pane, reads the summary, accepts one change, rejects one, closes and reopens the pane, checks nothing
 * decided was lost, and types a wrong figure. Screenshots at every step (walk-new-leader). What surprised: the figures
 * tab the pane opens on spoke only of the clerk's errors, and nothing said two figures waited behind «Duyệt»; it is
 * now said first, with a button to the review, and no longer once everything is decided. The history's rows wrapped
 * to four lines at 350 px: now the figure's name on one line, then old → new beside the time. The refused figure's
 * box said nothing of the refusal (walk42): a line under it now does.
 */
import type { Page } from "playwright-core";
import { clerkRefreshesTracked } from "./support/clerkRefresh";
import { previewPerFile } from "./support/lifecycle";
import { controlTexts, fieldInput, openSection, openView, overflowing, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 350, "", "Trần Thị Bình");
const shot = screenshotFolder("walk-new-leader");
const pane = () => paneOf(page);
const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";

const reopen = async () => {
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
};

describe("a new leader reviews a clerk's tracked figures at 350 px", () => {
  it("reads, accepts one, rejects one, reopens with both kept, and is told what is wrong with a bad input", async () => {
    // The clerk's part: tracking on, two figures refreshed.
    await clerkRefreshesTracked(page, "III", { [MEETINGS]: "12", [RAISES]: "07" });

    // The leader's computer: no name yet, the pane opened afresh on the received document.
    await page.evaluate(() => window.localStorage.removeItem("bcdc.author"));
    await reopen();
    const hint = pane().getByRole("group", { name: "Thay đổi chờ duyệt" }).or(pane().locator('[aria-label="Thay đổi chờ duyệt"]')).first();
    await hint.waitFor();
    expect(await hint.innerText()).toContain("2 số liệu trong văn bản đang là thay đổi được theo dõi, chờ lãnh đạo chấp nhận hoặc từ chối.");
    await pane().getByRole("heading", { name: "Số liệu báo cáo" }).scrollIntoViewIfNeeded();
    await shot(page, "opened");
    expect(await overflowing(page)).toEqual([]);

    await hint.getByRole("button", { name: "Mở thẻ Duyệt" }).click();
    await pane().getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).waitFor();
    await shot(page, "review");
    await pane().getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).click();
    await pane().getByRole("textbox", { name: "Người duyệt (ghi vào lịch sử)" }).fill("Lò Văn Dũng");
    await shot(page, "name-asked");
    await pane().getByRole("button", { name: "Tiếp tục" }).click();
    await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
    await shot(page, "accepted");
    await pane().getByRole("button", { name: "Từ chối «Công chức được nâng lương trước thời hạn»" }).click();
    await pane().getByText("Không có số liệu nào đang chờ duyệt.").waitFor();
    await shot(page, "rejected");
    expect(await overflowing(page)).toEqual([]);

    await reopen();
    // Everything decided: nothing is said to wait any more.
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).waitFor();
    expect(await pane().locator('[aria-label="Thay đổi chờ duyệt"]').count()).toBe(0);
    expect(await controlTexts(page, MEETINGS)).toEqual(["12"]);
    expect(await controlTexts(page, RAISES)).toEqual(["04"]);
    await shot(page, "reopened");
    await openView(page, "Lịch sử thay đổi");
    const rows = pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).getByRole("row");
    await rows.nth(1).waitFor();
    await shot(page, "history");
    // Read at a glance at 350 px: the figure's name on one line (cut, whole in the title), old → new beside the time.
    const layout = await pane()
      .locator(".history-table tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => {
          const label = tr.querySelector(".history-label")!;
          const box = (selector: string) => tr.querySelector(selector)!.getBoundingClientRect();
          return {
            oneLine: label.getBoundingClientRect().height < parseFloat(getComputedStyle(label).fontSize) * 2,
            title: tr.querySelector(".history-what")!.getAttribute("title") ?? "",
            label: label.textContent ?? "",
            sameLine: Math.abs(box(".history-change").top - box(".history-when").top) < 2,
          };
        }),
      );
    expect(layout.length).toBeGreaterThan(0);
    for (const row of layout) {
      expect(row).toMatchObject({ oneLine: true, sameLine: true });
      expect(row.title.startsWith(row.label)).toBe(true);
    }
    expect(layout.some((row) => row.label === "Công chức được nâng lương trước thời hạn")).toBe(true);
    const texts = await rows.allInnerTexts();
    expect(texts.some((t) => /Chấp nhận sửa 11 → 12; giữ 12/.test(t))).toBe(true);
    expect(texts.some((t) => /Từ chối sửa 04 → 07; giữ 04/.test(t))).toBe(true);
    await openView(page, "Duyệt thay đổi");
    await pane().getByText("Không có số liệu nào đang chờ duyệt.").waitFor();

    await pane().getByRole("tab", { name: "Số liệu" }).click();
    await openSection(page, "III");
    expect(await fieldInput(page, MEETINGS).inputValue()).toBe("12");
    expect(await fieldInput(page, RAISES).inputValue()).toBe("04");
    // Walk finding (walk42, 2): the clerk's box says the leader refused 07, not only «Lịch sử»; whole at 350 px.
    const refused = pane().locator(`[data-field="${RAISES}"]`).getByText(/^Lãnh đạo đã từ chối sửa 04 → 07 \(Lò Văn Dũng, \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\)\.$/);
    await refused.scrollIntoViewIfNeeded();
    await shot(page, "refused-under-box");
    expect(await overflowing(page)).toEqual([]);
    await fieldInput(page, MEETINGS).fill("mười hai");
    await page.keyboard.press("Tab");
    await pane().locator(`[data-field="${MEETINGS}"]`).getByText(/không phải là số/).waitFor();
    await fieldInput(page, MEETINGS).scrollIntoViewIfNeeded();
    await shot(page, "wrong-input");
    expect(await overflowing(page)).toEqual([]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
