/**
 * A new clerk and her leader, in a window 350 px wide, on a department's report the add-in did not write (held-out
 * 631 .docx, Word's automatic numbering, a «Số lượng | Tỷ lệ (%)» table), opened with «Mở tệp của bạn» (walk70). The
 * clerk reads its figures, turns tracking on and changes two; the report's own «Tỷ lệ trả sớm hạn» was wrong (26,40
 * where its 312 of 1.198 give 26,04) and the update rewrote it too. What surprised: her notice said «Đã cập nhật 3 số
 * liệu» for her two, and the leader found three changes under her name. Now the notice names the share corrected and
 * its «Duyệt» card says nobody typed it; the leader accepts one change, rejects one, reopens and reads «Lịch sử».
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerTest } from "./support/lifecycle";
import { controlTexts, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 350, "?empty", "Lê Thị Lan");
const pane = () => paneOf(page);
const FILE = "631-so-gddt-nghe-an-tu-dong-danh-so-bang-so-luong-ty-le-quy1-2026.docx";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";
const SHARE = "bcdc:motCuaVp.tyLeTraSom";

const reopen = async () => {
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
};

describe("a share the report had wrong, rewritten with the clerk's figures", () => {
  it("is named to the clerk and marked as computed for the leader, who decides the clerk's two", async () => {
    const shot = screenshotFolder("walk-recomputed-share");
    await page.getByLabel("Mở tệp của bạn (.txt, .docx)…").setInputFiles({ name: FILE, mimeType: "application/octet-stream", buffer: readFileSync(join(CORPUS, "heldout", FILE)) });
    await page.locator("#toolbar [role=status]").getByText(`Đã mở «${FILE}».`).waitFor();
    await paneReady(page);
    await pane().getByRole("button", { name: "Nhận diện số liệu" }).click();
    await pane().getByText(/^Đã gắn: /).waitFor();
    expect(await controlTexts(page, SHARE)).toEqual(["26,40"]);

    await openView(page, "Số liệu");
    await pane().getByRole("switch", { name: /Track Changes/ }).check();
    await openSection(page, "III");
    await fieldInput(page, MEETINGS).fill("14");
    await fieldInput(page, RAISES).fill("06");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    const notice = pane().getByText(/^Đã cập nhật 3 số liệu\. Số tự tính được sửa cho khớp/);
    await notice.waitFor();
    expect(await notice.innerText()).toContain("«Tỷ lệ trả sớm hạn» 26,40 → 26,04.");
    await notice.scrollIntoViewIfNeeded();
    await shot(page, "clerk-notice");

    // The leader's computer: the pane opened afresh on the document received.
    await page.evaluate(() => window.localStorage.removeItem("bcdc.author"));
    await reopen();
    await openView(page, "Duyệt thay đổi");
    const shareCard = pane().getByRole("group", { name: "Nhóm «Tỷ lệ trả sớm hạn»" });
    await shareCard.getByText("Số tự tính: tiện ích tính từ các số liệu khác, không ai nhập tay").waitFor();
    expect(await pane().getByRole("group", { name: "Nhóm «Cuộc họp giao ban trong quý»" }).getByText(/Số tự tính/).count()).toBe(0);
    await shareCard.scrollIntoViewIfNeeded();
    await shot(page, "review");

    await pane().getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).click();
    await pane().getByRole("textbox", { name: "Người duyệt (ghi vào lịch sử)" }).fill("Hồ Văn Thịnh");
    await pane().getByRole("button", { name: "Tiếp tục" }).click();
    await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
    await pane().getByRole("button", { name: "Từ chối «Công chức được nâng lương trước thời hạn»" }).click();
    await pane().getByText(/^Đã từ chối thay đổi/).waitFor();
    await shot(page, "decided");

    await reopen();
    expect(await controlTexts(page, MEETINGS)).toEqual(["14"]);
    expect(await controlTexts(page, RAISES)).toEqual(["05"]);
    await openView(page, "Lịch sử thay đổi");
    const rows = pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).getByRole("row");
    await rows.nth(1).waitFor();
    const texts = await rows.allInnerTexts();
    expect(texts.some((t) => /Chấp nhận sửa 13 → 14; giữ 14/.test(t))).toBe(true);
    expect(texts.some((t) => /Từ chối sửa 05 → 06; giữ 05/.test(t))).toBe(true);
    expect(texts.some((t) => /Tỷ lệ trả sớm hạn[\s\S]*26,40 → 26,04/.test(t))).toBe(true);
    await shot(page, "history");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
