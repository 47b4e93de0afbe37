/**
 * Walk finding: in the history's narrow «Khi nào, ai» column the name followed the date after a comma, and the comma
 * wrapped to the start of a line («, Nguyễn Văn An»). The name now has its own line. And the only export was a
 * comma-separated CSV, which Excel under the Vietnamese regional format opens as one column: «Xuất Excel» gives a
 * workbook with the same rows.
 */
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { fieldInput, openSection, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100, "", "Nguyễn Văn An");

const shot = screenshotFolder("walk-history-who");

describe("who wrote a figure, in the history", () => {
  it("is on its own line under the time, and no line of the column starts with a comma", async () => {
    await openSection(page, "III");
    await fieldInput(page, "bcdc:giaoBan.soCuoc").fill("14");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText(/^Đã cập nhật \d+ số liệu\./).waitFor();
    await openView(page, "Lịch sử thay đổi");
    const table = paneOf(page).getByRole("table", { name: "Các lần thay đổi số liệu" });
    await table.waitFor();
    const cells = await table.locator("tbody tr td:nth-child(3)").evaluateAll((tds) =>
      tds.map((td) => {
        // Each rendered line of the cell: the text between line boxes, read from the ranges of its characters.
        const range = document.createRange();
        const lines = new Map<number, string>();
        const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // The comma kept for screen readers is out of sight: not a line of the column.
          if (node.parentElement?.closest(".history-sep")) continue;
          const text = node.textContent ?? "";
          for (let i = 0; i < text.length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            lines.set(top, (lines.get(top) ?? "") + text[i]);
          }
        }
        return { lines: [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l.trim()).filter(Boolean), by: td.querySelector(".history-by")?.textContent, spoken: td.textContent };
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.by).toBe("Nguyễn Văn An");
      // The time's line does not carry the name; the name may wrap, but it ends the cell.
      expect(cell.lines[0]).not.toContain("Nguyễn");
      expect(cell.lines.join(" ")).toMatch(/ Nguyễn Văn An$/);
      expect(cell.lines.filter((line) => line.startsWith(","))).toEqual([]);
      // Read aloud or copied, the cell still says «…, Nguyễn Văn An».
      expect(cell.spoken).toMatch(/\d{4}, Nguyễn Văn An$/);
    }
    await shot(page, "history");
  });

  it("exports as an Excel workbook with who, what and the value written", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), paneOf(page).getByRole("button", { name: "Xuất Excel" }).click()]);
    expect(download.suggestedFilename()).toBe("lich-su-thay-doi.xlsx");
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const shared = strFromU8(files["xl/sharedStrings.xml"]!);
    const strings = [...shared.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    expect(strings).toEqual(expect.arrayContaining(["Người sửa", "Việc", "Nguyễn Văn An", "Ghi", "14"]));
    // The time is a number cell (a date Excel can sort), not text.
    expect(strFromU8(files["xl/worksheets/sheet1.xml"]!)).toMatch(/<c r="A2" s="\d+"><v>\d+\.\d+<\/v><\/c>/);
  });
});
