/**
 * A clerk chooses a figure read from a table (held-out 542, Lạng Sơn, a .docx whose staff table has a «Khối» column
 * merged down over its rooms and a «Cộng» row per group). What surprised, first on held-out 11: the candidate showed
 * the five words before the number, so a row's name was cut («…đơn vị sự nghiệp · 20 · 19») and an empty first cell
 * led with « · Tổng cộng»; the clerk could not tell which row it was. The row's name now comes first, whole, then the
 * nearest filled cells, and the column after. Its merged header cells are drawn merged. (11's staff figure is bound
 * since stop 36, the total row being no one kind's: 542's room row is the table candidate left to choose.)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");
const FILE = "542-so-khcn-lang-son-chu-thich-chan-trang-bang-gop-o-quy3-2026.docx";

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

    const roomRow = group.getByRole("button").filter({ has: page.locator("strong", { hasText: /^16$/ }) });
    expect(await roomRow.innerText()).toMatch(
      /^Sự nghiệp \(viên chức\) · … · Trung tâm Công nghệ thông tin và Truyền thông · 18 · 16 · 02 · đoạn \d+ · cột «Số lượng \(người\) › Có mặt»$/,
    );
    // No candidate opens with an empty cell's separator.
    for (const label of await group.getByRole("button").allInnerTexts()) expect(label).not.toMatch(/^\s*·/);
    await shot(page, "table-candidates");

    // The staff table's two-row header is drawn merged, as Word shows it: «Số lượng (người)» over its three columns.
    const header = documentOf(page).locator("table").first().locator("tr");
    const cells = (row: number) =>
      header.nth(row).locator("td").evaluateAll((tds) => tds.map((td) => `${td.textContent} ${(td as HTMLTableCellElement).colSpan}×${(td as HTMLTableCellElement).rowSpan}`));
    expect(await cells(0)).toEqual(["Khối 1×2", "TT 1×2", "Phòng, đơn vị 1×2", "Số lượng (người) 3×1"]);
    expect(await cells(1)).toEqual(["Được giao 1×1", "Có mặt 1×1", "Hợp đồng lao động 1×1"]);

    // Still two clicks: the row's figure is selected in the document, then bound.
    await roomRow.click();
    await documentOf(page).locator(".sim-selected", { hasText: "16" }).waitFor();
    await pane.getByRole("button", { name: "Gắn vào «Biên chế sự nghiệp đang thực hiện»" }).click();
    await pane.getByText("Đã gắn «16» vào ô «Biên chế sự nghiệp đang thực hiện». Số trong văn bản giữ nguyên.").first().waitFor();
    await shot(page, "bound");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
