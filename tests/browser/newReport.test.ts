/**
 * "Tạo báo cáo mới" in the preview host (Chromium, the production build): an empty simulated document receives the
 * whole report through the real gateway, and the usual update flow then works on it.
 */
import type { Page } from "playwright-core";
import { previewPerTest } from "./support/lifecycle";
import { openView } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

const pane = () => page.getByRole("complementary", { name: "Ngăn tác vụ" });
const documentView = () => page.getByRole("document", { name: "Văn bản (mô phỏng)" });
const controlTexts = (tag: string) => documentView().locator(`.cc[data-tag="${tag}"]`).allInnerTexts();
const syncCount = () => page.evaluate(() => (window as unknown as { __sim: { syncCount(): number } }).__sim.syncCount());

describe("Tạo báo cáo mới in the preview host", () => {
  it("inserts the whole report into the empty document, then a typed figure is updated into it", async () => {
    await openView(page, "Báo cáo mới");
    const create = pane().getByRole("button", { name: "Tạo báo cáo mới" });
    await create.waitFor();
    const before = await syncCount();
    await create.click();
    await pane().getByText(/^Đã tạo báo cáo quý/).waitFor();
    expect((await syncCount()) - before).toBe(2);

    const paragraphs = await documentView().locator("p").allInnerTexts();
    expect(paragraphs).toEqual(
      expect.arrayContaining([
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "I. ĐẶC ĐIỂM, TÌNH HÌNH",
        "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
        "Nơi nhận:",
        "CHÁNH VĂN PHÒNG",
      ]),
    );
    expect(await controlTexts("bcdc:bienChe.congChucGiao")).toEqual(["…", "…"]);
    expect(await documentView().locator('.cc[data-tag="bcdc:bienChe.congChucGiao"]').first().getAttribute("title")).toBe("Biên chế công chức được giao");

    await pane().getByRole("tab", { name: "Số liệu" }).click();
    const allotted = pane().getByRole("textbox", { name: "Biên chế công chức được giao" });
    await allotted.fill("1200");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    // One figure in two places: counted as a figure, the places after (pane52).
    await pane().getByText("Đã cập nhật 1 số liệu (2 chỗ trong văn bản).").waitFor();
    expect(await controlTexts("bcdc:bienChe.congChucGiao")).toEqual(["1.200", "1.200"]);

    // Read back from the document: the pane shows what the document now holds.
    await pane().getByRole("button", { name: "Đọc lại văn bản" }).click();
    await expect(allotted.inputValue()).resolves.toBe("1200");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("asks before replacing once the document has a report", async () => {
    await openView(page, "Báo cáo mới");
    await pane().getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await pane().getByText(/^Đã tạo báo cáo quý/).waitFor();
    await pane().getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await pane().getByText(/^Văn bản đã có \d+ ô số liệu của báo cáo\./).waitFor();
    await pane().getByRole("button", { name: "Huỷ" }).click();
    expect(await documentView().locator("p", { hasText: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }).count()).toBe(1);
  });
});
