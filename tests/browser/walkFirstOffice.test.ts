/**
 * Walk finding: on a computer's first use «Báo cáo mới» was filled with the reference report's office, so a clerk of
 * another province who clicked «Tạo báo cáo mới» at once issued a report of Văn phòng UBND tỉnh Sơn La signed by its
 * Chánh Văn phòng. A first use now opens blank, says why, creates nothing until the office is filled in, and keeps
 * what the clerk typed for the next pane.
 */
import type { Page } from "playwright-core";
import { TEST_AUTHOR } from "./support/browser";
import { previewOnDemand } from "./support/lifecycle";
import { documentOf, openView, paneOf, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
const shot = screenshotFolder("walk-first-office");

const OFFICE: readonly [string, string][] = [
  ["Cơ quan chủ quản", "UBND TỈNH ĐIỆN BIÊN"],
  ["Tên cơ quan ban hành", "SỞ NỘI VỤ"],
  ["Địa danh", "Điện Biên"],
  ["Ký hiệu văn bản", "BC-SNV"],
  ["Chức vụ người ký", "GIÁM ĐỐC"],
  ["Họ tên người ký", "Lò Văn Hùng"],
];

describe("a new report on a computer's first use", () => {
  it("asks for the clerk's own office and writes that office, never the sample's", async () => {
    const page: Page = await openPreview(350, "?empty", TEST_AUTHOR, "none");
    await openView(page, "Báo cáo mới");
    const panel = paneOf(page).getByRole("region", { name: "Tạo báo cáo mới" });
    await panel.getByText(/^Lần đầu tạo báo cáo trên máy này/).waitFor();
    expect(await panel.getByRole("textbox", { name: "Họ tên người ký" }).inputValue()).toBe("");
    await shot(page, "first-use");

    await panel.getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await panel.getByText(/^Chưa tạo báo cáo: thông tin cơ quan còn 6 chỗ/).waitFor();
    await panel.getByText("Họ tên người ký không được để trống.").waitFor();
    expect(await documentOf(page).locator("p").allInnerTexts()).not.toContain("BÁO CÁO");
    await shot(page, "refused");

    for (const [label, value] of OFFICE) await panel.getByRole("textbox", { name: label }).fill(value);
    await panel.getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await paneOf(page).getByText(/^Đã tạo báo cáo quý/).waitFor();
    const paragraphs = await documentOf(page).locator("p").allInnerTexts();
    expect(paragraphs).toEqual(expect.arrayContaining(["UBND TỈNH ĐIỆN BIÊN", "SỞ NỘI VỤ", "GIÁM ĐỐC", "Lò Văn Hùng"]));
    expect(paragraphs.join("\n")).not.toMatch(/Sơn La|Trần Bình Minh/);
    await shot(page, "created");

    // The pane closed and opened again on this computer: the office is remembered.
    await page.reload();
    await openView(page, "Báo cáo mới");
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>("#root input")].some((input) => input.value === "Lò Văn Hùng"));
    expect(await paneOf(page).getByText(/^Lần đầu tạo báo cáo trên máy này/).count()).toBe(0);
  });
});
