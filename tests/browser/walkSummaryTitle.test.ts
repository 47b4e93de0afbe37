/** Walk finding: the summary's title said «6 lỗi, 0 cảnh báo»; it names only the kinds of problem present. */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { paneOf } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100, "?form=tiep-cong-dan-thang");

const summaryTitle = () => paneOf(page).getByRole("region", { name: "Tóm tắt các vấn đề" }).locator(".fui-MessageBarTitle");

describe("the problem summary's title", () => {
  it("counts errors alone when there is no warning, and both when there are both", async () => {
    await paneOf(page).getByRole("textbox", { name: "Lượt tiếp định kỳ", exact: true }).fill("abc");
    await paneOf(page).getByRole("textbox", { name: "Lượt tiếp đột xuất", exact: true }).fill("-5");
    await summaryTitle().waitFor();
    expect(await summaryTitle().innerText()).toBe("2 lỗi");
    // «Người» below «lượt» is a warning of this form (a reception is of at least one person).
    await paneOf(page).getByRole("button", { name: /^2\. / }).click();
    await paneOf(page).getByRole("textbox", { name: "Người được lãnh đạo UBND tỉnh tiếp" }).fill("0");
    await paneOf(page).getByText("1 cảnh báo", { exact: false }).first().waitFor();
    expect(await summaryTitle().innerText()).toBe("2 lỗi, 1 cảnh báo");
  });
});
