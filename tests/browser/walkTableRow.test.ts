/**
 * A clerk chooses a figure read from a table (held-out 11, Gia Lai, a .docx whose staff table has four columns). What
 * surprised: the candidate showed the five words before the number, so a row's name was cut («…đơn vị sự nghiệp · 20
 * · 19») and an empty first cell led with « · Tổng cộng»; the clerk could not tell which row it was. The row's name
 * now comes first, whole, then the nearest filled cells, and the column after. Its merged header cells are drawn
 * merged, so «Ghi chú» stands over its own column (it stood over «Có mặt»).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");
const FILE = "11-gia-lai-bieu-gop-o.docx";

describe("a figure chosen from a table", () => {
  it("names the row it stands in, whole, before the number", async () => {
    const shot = screenshotFolder("walk-table-row");
    const pane = paneOf(page);
    await page.getByLabel("Mở tệp của bạn (.txt, .docx)…").setInputFiles({ name: FILE, mimeType: "application/octet-stream", buffer: readFileSync(join(CORPUS, "heldout", FILE)) });
    await page.locator("#toolbar [role=status]").getByText(`Đã mở «${FILE}».`).waitFor();
    await paneReady(page);
    await openView(page, "Văn bản cũ");
    await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
    const group = pane.getByRole("group", { name: "Các số có thể là «Biên chế sự nghiệp đang thực hiện»" });
    await group.waitFor();

    const staffRow = group.getByRole("button").filter({ has: page.locator("strong", { hasText: /^19$/ }) });
    expect(await staffRow.innerText()).toMatch(/^Viên chức đơn vị sự nghiệp · 20 · 19 · 01 viên chức nghỉ thai sản · đoạn \d+ · cột «Số lượng › Có mặt»$/);
    const totalRow = group.getByRole("button").filter({ has: page.locator("strong", { hasText: /^95$/ }) });
    expect(await totalRow.innerText()).toMatch(/^Tổng cộng · 92 · 95 · đoạn \d+/);
    await shot(page, "table-candidates");

    // The staff table's two-row header is drawn merged, as Word shows it: «Ghi chú» over its own column.
    const header = documentOf(page).locator("table").first().locator("tr");
    const cells = (row: number) =>
      header.nth(row).locator("td").evaluateAll((tds) => tds.map((td) => `${td.textContent} ${(td as HTMLTableCellElement).colSpan}×${(td as HTMLTableCellElement).rowSpan}`));
    expect(await cells(0)).toEqual(["TT 1×2", "Đối tượng 1×2", "Số lượng 2×1", "Ghi chú 1×2"]);
    expect(await cells(1)).toEqual(["Được giao 1×1", "Có mặt 1×1"]);

    // Still two clicks: the row's figure is selected in the document, then bound.
    await staffRow.click();
    await documentOf(page).locator(".sim-selected", { hasText: "19" }).waitFor();
    await pane.getByRole("button", { name: "Gắn vào “Biên chế sự nghiệp đang thực hiện”" }).click();
    await pane.getByText("Đã gắn «19» vào ô «Biên chế sự nghiệp đang thực hiện». Số trong văn bản giữ nguyên.").first().waitFor();
    await shot(page, "bound");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
