/**
 * A clerk from another province and her leader, in a window 350 px wide, on her own last-quarter report (held-out
 * 51, Lâm Đồng, a .docx), then «So sánh» with an earlier report file (held-out 50, a .txt). What surprised, now fixed:
 * «Đọc số liệu có sẵn» only opened «Văn bản cũ» (a second button read the figures); the candidate clicked was
 * selected under the preview's toolbar, out of sight; «Bấm «Cập nhật văn bản» để sửa» under a share the update could
 * not write; «Số viết khác quy cách» offered «Không có» opening a sentence as «không có»; a leader's decision left the
 * keyboard on the page, and «Chấp nhận cả nhóm» was heard as «Chấp nhận «…»»; in «So sánh» the earlier file was
 * asked for only at the panel's foot, its list figures ran together, and saving scrolled the page to an empty grey;
 * after reopening, «Văn bản cũ» was a bare row of buttons, as if the figures chosen there were lost.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerFile } from "./support/lifecycle";
import { TEST_AUTHOR } from "./support/browser";
import { answerReviewer, documentOf, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 350, "?empty");
const shot = screenshotFolder("walk-province-clerk");
const pane = () => paneOf(page);

const MEETINGS = "bcdc:giaoBan.soCuoc";
const EARLY = "bcdc:motCuaVp.traSom";
const CORRUPTION = "bcdc:thamNhung.soBiXuLy";


async function typeFigure(field: string, text: string) {
  await fieldInput(page, field).fill(text);
  await fieldInput(page, field).press("Tab");
}

describe("a clerk from another province on her own report, then her leader", () => {
  it("reads the report with one button and shows the candidate below the toolbar", async () => {
    const file = "51-lam-dong-bieu-ke-hoach-thuc-hien-quy1-2026.docx";
    await page.getByLabel("Mở tệp của bạn (.txt, .docx)…").setInputFiles({ name: file, mimeType: "application/octet-stream", buffer: readFileSync(join(CORPUS, "heldout", file)) });
    await page.locator("#toolbar [role=status]").getByText(`Đã mở «${file}».`).waitFor();
    await paneReady(page);
    // One press reads the figures: the unclear ones are listed without «Nhận diện số liệu» pressed again.
    await pane().getByRole("button", { name: "Nhận diện số liệu" }).click();
    await pane().getByRole("list", { name: "Số liệu chưa rõ" }).waitFor();
    expect(await pane().getByText(/^Đã gắn: \d+ · /).count()).toBe(1);
    await shot(page, "read");

    const group = pane().getByRole("group", { name: "Các số có thể là «Điều động đến và bổ nhiệm»" });
    await group.getByRole("button").first().click();
    await documentOf(page).locator(".sim-selected", { hasText: "02" }).waitFor();
    // The toolbar wraps to half the document's column at 350 px: the selection is shown below it, not under it.
    await page.waitForFunction(() => {
      const selected = document.querySelector(".sim-selected")?.getBoundingClientRect();
      const toolbar = document.querySelector("#toolbar")?.getBoundingClientRect();
      const column = document.querySelector(".preview-document")?.getBoundingClientRect();
      return !!selected && !!toolbar && !!column && selected.top >= toolbar.bottom && selected.bottom <= column.bottom;
    });
    await shot(page, "candidate-below-toolbar");
    await pane().getByRole("button", { name: "Gắn vào «Điều động đến và bổ nhiệm»" }).click();
    await pane().getByText("Đã gắn «02» vào ô «Điều động đến và bổ nhiệm». Số trong văn bản giữ nguyên.").first().waitFor();
  });

  it("says what to fix before a share can be written, and never offers the report's words for zero as a style", async () => {
    await pane().getByRole("tab", { name: "Số liệu", exact: true }).click();
    await openSection(page, "III");
    await typeFigure(EARLY, "70");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByRole("status").getByText(/\d+ số liệu được giữ nguyên như văn bản đang ghi vì \d+ lỗi/).waitFor();
    const summary = pane().getByRole("region", { name: "Tóm tắt các vấn đề" });
    const share = summary.getByRole("listitem").filter({ hasText: "Văn bản ghi «Tỷ lệ trả đúng hạn» là 80,00%" });
    // The box she typed, above its total (walk40: a part above its total is one error, linked to the part). The
    // report's 80,00% is its own (the add-in never wrote it): said as what its parts give, not as what it must be.
    expect(await share.innerText()).toMatch(
      /nhưng theo các số thành phần là 78,33% \(47 \/ 60\)\. Sửa lỗi ở ô «Hồ sơ trả sớm hạn» trước: khi còn lỗi đó, «Cập nhật văn bản» không ghi số này\./,
    );
    expect(await summary.getByText(/Bấm «Cập nhật văn bản» để sửa/).count()).toBe(0);
    // «Không có» opening a sentence, «không» after a colon: the report's own words for zero, kept and not offered (the
    // three were the update's only «viết khác quy cách»).
    // None of them is offered for a restyle («95,98» written without «%» may be: that is a style to ask about).
    const restyles = pane().locator(".fui-Card", { hasText: "Số viết khác quy cách" });
    const offered = (await restyles.count()) > 0 ? await restyles.innerText() : "";
    expect(offered).not.toMatch(/«Không có»|«không»/i);
    expect(await documentOf(page).locator(`.cc[data-tag="${CORRUPTION}"]`).allInnerTexts()).toEqual(["Không có"]);
    expect(await pane().locator(`[data-field="${CORRUPTION}"]`).getByText("Trong văn bản: 1 chỗ", { exact: true }).count()).toBe(1);
    await share.scrollIntoViewIfNeeded();
    await shot(page, "share-advice");

    // Put right, written as tracked changes for the leader.
    await typeFigure(EARLY, "13");
    await typeFigure(MEETINGS, "13");
    await pane().getByRole("switch", { name: /Ghi số liệu dưới dạng thay đổi được theo dõi/ }).click();
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByRole("status").getByText(/^Đã cập nhật \d+ số liệu\./).waitFor();
    expect(await documentOf(page).locator(`.cc[data-tag="${MEETINGS}"] ins`).allInnerTexts()).toEqual(["13"]);
  });

  it("keeps the leader's place after each decision, and the decisions after reopening", async () => {
    await page.getByRole("button", { name: "Theo dõi thay đổi của Word: TẮT" }).click();
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await pane().getByRole("tab", { name: "Duyệt" }).click();
    const review = pane().getByRole("region", { name: "Duyệt thay đổi" });
    // The name heard holds the words seen.
    const rejectGroup = review.getByRole("button", { name: "Từ chối cả nhóm «Hồ sơ trả sớm hạn»" });
    await rejectGroup.waitFor();
    expect(await rejectGroup.innerText()).toBe("Từ chối cả nhóm");
    await shot(page, "review");

    await review.getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).click();
    // Her leader, on her computer: asked whose the decision is, he gives his own name.
    await answerReviewer(page, TEST_AUTHOR, "Phạm Văn Lãnh Đạo");
    await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Chấp nhận cả nhóm «Hồ sơ trả sớm hạn»");
    await rejectGroup.click();
    await pane().getByText(/^Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản \(\d+ số liệu, ghi vào lịch sử\)\./).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === "Tải lại danh sách");
    await shot(page, "decided");

    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    await pane().getByRole("tab", { name: "Duyệt" }).click();
    await pane().getByText("Không có số liệu nào đang chờ duyệt.").waitFor();
    await pane().getByRole("tab", { name: "Số liệu", exact: true }).click();
    await openSection(page, "III");
    expect([await fieldInput(page, MEETINGS).inputValue(), await fieldInput(page, EARLY).inputValue()]).toEqual(["13", "12"]);
    // «Văn bản cũ» after reopening: not a bare row of buttons, as if the figures chosen there were lost.
    await openView(page, "Văn bản cũ");
    await pane().getByText(/^Các số đã gắn vào ô, kể cả số bạn đã chọn, vẫn ở trong văn bản\. Bấm «Nhận diện số liệu»/).waitFor();
    await shot(page, "old-report-reopened");
    await pane().getByRole("button", { name: "Nhận diện số liệu" }).click();
    await pane().getByText(/^Đã gắn: \d+ · Không tìm thấy: \d+ · Chưa rõ: \d+ · Đã có ô: \d+$/).waitFor();
    expect(await documentOf(page).locator(`.cc[data-tag="${MEETINGS}"]`).allInnerTexts()).toEqual(["13"]);
  });

  it("asks for the earlier report where the comparison says it is missing, and comes back to the comparison", async () => {
    await openView(page, "So sánh");
    const tally = pane().locator(".cmp-tally");
    await tally.getByText("văn bản chưa có số liệu quý IV/2025.").waitFor();
    await shot(page, "compare-missing");
    const file = "50-ha-tinh-lan-luot-tuong-ung-quy4-2025.txt";
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      pane().getByRole("button", { name: "Lấy số liệu quý IV/2025 từ tệp báo cáo…" }).click(),
    ]);
    await chooser.setFiles({ name: file, mimeType: "text/plain", buffer: readFileSync(join(CORPUS, "heldout", file)) });
    // What was read is brought to the leader, «Lưu để so sánh» focused; a list's items are kept apart.
    await page.waitForFunction(() => document.activeElement?.textContent === "Lưu để so sánh");
    const read = pane().getByRole("list", { name: "Số liệu đọc được" });
    expect(await read.getByRole("listitem").filter({ hasText: /^Các tổ chức trực thuộc:/ }).innerText()).toMatch(
      /^Các tổ chức trực thuộc: Phòng Tổng hợp - Kinh tế; Phòng Nội chính; /,
    );
    await shot(page, "earlier-read");
    await pane().getByRole("button", { name: "Lưu để so sánh" }).click();
    await tally.getByText(/^Quý I\/2026 so với Quý IV\/2025: \d+ tăng · \d+ giảm/).waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains("cmp-tally") === true);
    // The page itself never scrolls: the document above and the pane below each scroll on their own.
    expect(await page.evaluate(() => [document.documentElement.scrollHeight <= window.innerHeight, window.scrollY])).toEqual([true, 0]);
    await shot(page, "compared");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
