/**
 * Walk of stop 46 at 350 px: a report a newer version of the add-in saved, with a leader's decision in a row this
 * version does not know. The pane says the row is kept, and after the clerk updates a figure and closes and reopens
 * the pane, the row is still in the document's stored part, unchanged.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { fieldInput, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 350);

type Sim = { __sim: { doc: { xmlParts: Array<{ xml: string; namespaceUri: string }> } } };
const parts = () => page.evaluate(() => (window as unknown as Sim).__sim.doc.xmlParts.map((p) => p.xml));
const ROW = '<duyetMoi id="bcdc:giaoBan.soCuoc" cu="11" moi="12" luc="2026-03-01T08:00:00.000Z" nguoi="Trần Văn Bình" ketQua="chapNhan"/>';
const KEPT = "Văn bản có 01 mục dữ liệu do phiên bản khác của tiện ích ghi: giữ nguyên trong văn bản, phiên bản này không đọc.";
const reopen = async () => {
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
};

describe("a newer version's row in the stored part", () => {
  it("is said to be kept, and survives an update and the pane closed and reopened", async () => {
    const shot = screenshotFolder("walk-kept-rows");
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("13");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText(/^Đã cập nhật/).waitFor();
    await page.evaluate((row) => {
      const part = (window as unknown as Sim).__sim.doc.xmlParts.find((p) => p.xml.includes("baoCao"))!;
      part.xml = part.xml.replace("</baoCao>", `${row}</baoCao>`);
    }, ROW.replace("/>", ' xmlns="urn:bcdc:bao-cao-dan-chu:1"/>'));
    await reopen();
    await paneOf(page).getByText(KEPT).waitFor();
    await shot(page, "kept-notice");
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("14");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText(/^Đã cập nhật/).waitFor();
    await reopen();
    await paneOf(page).getByText(KEPT).waitFor();
    await shot(page, "after-update-reopened");
    expect((await parts()).filter((x) => x.includes(ROW))).toHaveLength(1);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
