/**
 * The second form (monthly citizen-reception report) end to end in the preview host, added as data only: its sample
 * document loads with every figure and no problem; switched to from the first form in «Báo cáo mới», a new monthly
 * report is written, a figure typed and updated, and the document carries the form.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { controlTexts, documentOf, openView, paneOf } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const storedXml = () =>
  page.evaluate(() => (window as unknown as { __sim: { doc: { xmlParts: Array<{ xml: string }> } } }).__sim.doc.xmlParts.map((p) => p.xml).join(""));

describe("the monthly citizen-reception form", () => {
  it("shows its sample report's figures, by month, with no problem", async () => {
    page = await openPreview(1200, "?form=tiep-cong-dan-thang");
    await paneOf(page).getByText("Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)").waitFor();
    await expect(paneOf(page).getByRole("combobox", { name: "Tháng" }).inputValue()).resolves.toMatch(/^\d{1,2}$/);
    await expect(paneOf(page).getByRole("textbox", { name: "Lượt tiếp định kỳ", exact: true }).inputValue()).resolves.toBe("28");
    expect(await controlTexts(page, "tcd:noiDung.datDaiTyLe")).toEqual(["87,10%"]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("is chosen for a new report, written, updated, and carried by the document", async () => {
    page = await openPreview(1200, "?empty");
    await openView(page, "Báo cáo mới");
    await paneOf(page).getByRole("combobox", { name: "Mẫu báo cáo" }).selectOption("tiep-cong-dan-thang");
    await paneOf(page).getByText("Đang dùng mẫu «Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)».").waitFor();
    await paneOf(page).getByRole("combobox", { name: "Tháng" }).selectOption("11");
    await paneOf(page).getByRole("textbox", { name: "Năm", exact: true }).fill("2020");
    await paneOf(page).getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await paneOf(page).getByText(/^Đã tạo báo cáo tháng 11 năm 2020: /).waitFor();
    expect(await documentOf(page).locator("p").allInnerTexts()).toEqual(
      expect.arrayContaining(["Tình hình, kết quả công tác tiếp công dân của lãnh đạo UBND tỉnh, lãnh đạo các sở, ban, ngành và UBND các huyện, thành phố tháng 11/2020"]),
    );

    await paneOf(page).getByRole("tab", { name: "Số liệu" }).click();
    for (const section of ["2. Tiếp định kỳ của lãnh đạo UBND tỉnh", "3. Tiếp định kỳ và đột xuất của lãnh đạo các sở", "4. Tiếp định kỳ và đột xuất của lãnh đạo UBND"]) {
      await paneOf(page).getByRole("button", { name: section }).click();
    }
    await paneOf(page).getByRole("textbox", { name: "Lượt tiếp của lãnh đạo UBND tỉnh" }).fill("1");
    await paneOf(page).getByRole("textbox", { name: "Lượt tiếp của thủ trưởng các sở, ban, ngành" }).fill("2");
    await paneOf(page).getByRole("textbox", { name: "Lượt tiếp của lãnh đạo UBND các huyện, thành phố" }).fill("28");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    // The total stands in three places: counted as figures, the places after (pane52).
    await paneOf(page).getByText(/Đã cập nhật \d+ số liệu \(\d+ chỗ trong văn bản\)/).waitFor();
    expect(await controlTexts(page, "tcd:tong.luot")).toEqual(["31", "31", "31"]);
    expect(await storedXml()).toContain('<mauBaoCao phienBan="2">');
    expect(await storedXml()).toContain("tiep-cong-dan-thang");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
