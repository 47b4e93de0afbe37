/**
 * The preview host in Debian's Chromium: the real pane drives the simulated document through the real gateway.
 */
import type { Page } from "playwright-core";
import { PANE_WIDTH } from "./support/browser";
import { previewPerTest } from "./support/lifecycle";

let page: Page;
previewPerTest((opened) => (page = opened));

const pane = () => page.getByRole("complementary", { name: "Ngăn tác vụ" });
const documentView = () => page.getByRole("document", { name: "Văn bản (mô phỏng)" });
const controlTexts = (tag: string) => documentView().locator(`.cc[data-tag="${tag}"]`).allInnerTexts();

describe("preview host", () => {
  it("shows the pane at task-pane width with the document's figures loaded", async () => {
    const box = await pane().boundingBox();
    expect(box?.width).toBe(PANE_WIDTH);
    await expect(pane().getByRole("textbox", { name: "Biên chế công chức được giao" }).inputValue()).resolves.toBe("55");
  });

  it("validates while typing, then updates every place a figure appears and its percentages", async () => {
    await pane().getByRole("button", { name: /III\. Thực hiện dân chủ/ }).click();
    const received = pane().getByRole("textbox", { name: "Hồ sơ tiếp nhận (một cửa Văn phòng)" });
    await received.fill("8l");
    await expect(pane().getByText("«8l» không phải là số.").first().isVisible()).resolves.toBe(true);
    await received.fill("85");
    const pending = pane().getByRole("textbox", { name: "Hồ sơ đang giải quyết", exact: true }).first();
    await pending.fill("08");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText(/Đã cập nhật \d+ số liệu/).waitFor();
    expect(await controlTexts("bcdc:motCuaVp.tiepNhan")).toEqual(["85"]);
    expect(await controlTexts("bcdc:motCuaVp.dangGiaiQuyet")).toEqual(["08"]);
    expect(await controlTexts("bcdc:motCuaVp.tyLeDaGiaiQuyet")).toEqual(["90,59%"]);
    expect(await controlTexts("bcdc:motCuaVp.tyLeDangGiaiQuyet")).toEqual(["9,41%"]);
    expect(await controlTexts("bcdc:hcc.tyLeDangGiaiQuyet")).toEqual(["9,7%"]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
