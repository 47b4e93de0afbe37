/**
 * A new clerk at 350 px on three reports the add-in did not write (held-out 541 .txt, 542 .docx, 552 .docx), each
 * opened with «Mở tệp của bạn» (walk62). What surprised, now fixed: the second file opened showed the first one's
 * quý I and the figures typed into it, listed as «Do số bạn nhập trong ngăn» (the preview kept the last document's
 * stored part and its Track Changes under the new text); after her two choices the list still asked «hãy chọn số
 * đúng (0)»; her name given at the first update («Tiếp tục») left the keyboard on the page; in 542 the only number
 * offered for one figure was already bound to another by recognition, and «Gắn vào» was refused with the bare label.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
// A computer where nobody gave a name yet: the first update asks for it.
previewPerTest((opened) => (page = opened), 1200, "", null);
const pane = () => paneOf(page);

const WARD = "541-ubnd-phuong-dong-ha-quang-tri-bang-tab-quy-truoc-quy-nay-so-sanh-quy1-2026.txt";
const DEPARTMENT = "542-so-khcn-lang-son-chu-thich-chan-trang-bang-gop-o-quy3-2026.docx";

async function openFile(name: string): Promise<void> {
  await page.getByLabel("Mở tệp của bạn (.txt, .docx)…").setInputFiles({ name, mimeType: "application/octet-stream", buffer: readFileSync(join(CORPUS, "heldout", name)) });
  await page.locator("#toolbar [role=status]").getByText(`Đã mở «${name}».`).waitFor();
  await paneReady(page);
}

async function choose(label: string, candidate: number): Promise<void> {
  await pane().getByRole("group", { name: `Các số có thể là «${label}»` }).getByRole("button").nth(candidate).click();
  await documentOf(page).locator(".sim-selected").first().waitFor();
  await pane().getByRole("button", { name: `Gắn vào «${label}»` }).click();
  await pane().getByText(new RegExp(`^Đã gắn «[^»]+» vào ô «${label.replace(/[()]/g, "\\$&")}»`)).first().waitFor();
}

describe("a new clerk on reports the add-in did not write", () => {
  it("settles the unclear figures, is told none is left, and keeps the keyboard after giving her name", async () => {
    const shot = screenshotFolder("walk-three-reports-ward");
    await openFile(WARD);
    await pane().getByRole("button", { name: "Nhận diện số liệu" }).click();
    await pane().getByRole("list", { name: "Số liệu chưa rõ" }).waitFor();
    await choose("Số liệu Trung tâm tính đến ngày", 0);
    await choose("Hồ sơ đang giải quyết (Bộ phận một cửa của Văn phòng)", 0);
    // Both chosen: nothing is asked any more.
    await pane().getByText("Số chưa rõ: đã chọn hết (2)").waitFor();
    expect(await pane().getByText(/hãy chọn số đúng \(0\)/).count()).toBe(0);
    await shot(page, "all-chosen");

    await openView(page, "Số liệu");
    await openSection(page, "I");
    await fieldInput(page, "bcdc:bienChe.congChucThucHien").fill("9.78");
    await fieldInput(page, "bcdc:bienChe.congChucThucHien").press("Tab");
    await pane().locator('[data-field="bcdc:bienChe.congChucThucHien"]').getByText(/dấu chấm tách hàng nghìn cần đủ 3 chữ số/).waitFor();
    await fieldInput(page, "bcdc:bienChe.congChucThucHien").fill("43");
    await fieldInput(page, "bcdc:bienChe.congChucThucHien").press("Tab");

    const update = pane().getByRole("button", { name: "Cập nhật văn bản" });
    await update.click();
    await pane().getByRole("textbox", { name: "Người cập nhật (ghi vào lịch sử)" }).fill("Nguyễn Thị Hoa");
    await shot(page, "name-asked");
    await pane().getByRole("button", { name: "Tiếp tục" }).click();
    await paneReady(page);
    await pane().getByText("Người cập nhật: Nguyễn Thị Hoa").waitFor();
    // The keyboard is back on the button that asked, not on the page.
    await page.waitForFunction(() => document.activeElement?.textContent === "Cập nhật văn bản");
    await shot(page, "updated");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("opens another office's report with nothing of the one open before", async () => {
    const shot = screenshotFolder("walk-three-reports-next-file");
    await openFile(WARD);
    // Track Changes switched on in Word's ribbon for the ward's report.
    await page.getByRole("button", { name: "Theo dõi thay đổi của Word: TẮT" }).click();
    await page.getByRole("button", { name: "Theo dõi thay đổi của Word: BẬT" }).waitFor();
    await openSection(page, "I");
    await fieldInput(page, "bcdc:bienChe.suNghiepGiao").fill("19");
    await fieldInput(page, "bcdc:bienChe.suNghiepGiao").press("Tab");
    // Kept in the ward's document, as a figure typed and not yet written is.
    await page.waitForFunction(() =>
      (window as unknown as { __sim: { doc: { xmlParts: { xml: string }[] } } }).__sim.doc.xmlParts.some((p) => p.xml.includes(">19<")),
    );

    await openFile(DEPARTMENT);
    await shot(page, "department-opened");
    // Its own quarter (quý III, from its title), its own Track Changes, and none of the ward's figures.
    expect(await pane().getByRole("combobox", { name: "Quý" }).inputValue()).toBe("3");
    await page.getByRole("button", { name: "Theo dõi thay đổi của Word: TẮT" }).waitFor();
    expect(await documentOf(page).locator("del").count()).toBe(0);
    expect(await pane().getByRole("switch", { name: /Ghi số liệu dưới dạng thay đổi được theo dõi/ }).isChecked()).toBe(false);
    await openSection(page, "I");
    expect(await fieldInput(page, "bcdc:bienChe.suNghiepGiao").inputValue()).toBe("");
    expect(await pane().getByText(/^Do số bạn nhập trong ngăn/).count()).toBe(0);
    expect(await documentOf(page).getByText(/PHƯỜNG ĐÔNG HÀ/).count()).toBe(0);

    // Its figures read: the one number offered for the centre's pending dossiers is the one recognition bound to the
    // one-stop desk's. Said and not offered, instead of a «Gắn vào» refused with the bare label.
    await pane().getByRole("button", { name: "Nhận diện số liệu" }).click();
    const offered = pane()
      .getByRole("group", { name: "Các số có thể là «Hồ sơ đang giải quyết (Trung tâm Phục vụ hành chính công tỉnh)»" })
      .getByRole("button")
      .filter({ hasText: "đang giải quyết 15 hồ sơ" });
    await offered.waitFor();
    expect(await offered.innerText()).toMatch(/ — đã gắn vào «Hồ sơ đang giải quyết \(Bộ phận một cửa của Văn phòng\)»$/);
    expect(await offered.isDisabled()).toBe(true);
    await offered.scrollIntoViewIfNeeded();
    await shot(page, "taken-candidate");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
