/**
 * A new clerk resolving the unclear figures of a district's report (corpus heldout/02, written by nobody here), in the
 * preview at 350 px. What surprised her, each now held:
 * - the one-stop desk's and the service centre's «Hồ sơ đang giải quyết» were listed twice under one name, with two
 *   identical «Gắn vào “Hồ sơ đang giải quyết”» buttons: each now carries its section;
 * - after «Gắn vào» or «Bỏ gắn» the keyboard's place fell to the page: it goes to the next unclear figure, or back to
 *   the figure undone;
 * - a percentage bound was shown without its sign («Tỷ lệ trả đúng hạn: 14,21»);
 * - the checks that could not run were said only after «Kiểm tra văn bản»: they are said with the result.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const linesPackage = (lines: readonly string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">` +
  `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml">` +
  `<pkg:xmlData><w:document xmlns:w="${W}"><w:body>` +
  lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join("") +
  `</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

async function openDocument(lines: readonly string[]): Promise<void> {
  await page.evaluate(async (ooxml) => {
    const sim = (window as unknown as { __sim: { run: (batch: (context: Word.RequestContext) => Promise<void>) => Promise<void> } }).__sim;
    await sim.run(async (context) => {
      context.document.body.insertOoxml(ooxml, "Replace");
      await context.sync();
    });
  }, linesPackage(lines));
}

/** The field whose unclear entry holds the keyboard's focus, once it is there. */
const focusedUnclear = (field: string) =>
  page.waitForFunction((f) => document.activeElement?.closest("[data-unclear]")?.getAttribute("data-unclear") === f, field);

describe("unclear figures of a district report, as a new clerk meets them", () => {
  it("names each figure so it can be told apart, keeps the keyboard's place, and says what was not checked", async () => {
    const shot = screenshotFolder("walk-unclear-names");
    await openDocument(readFileSync(join(CORPUS, "heldout/02-huyen-thuan-chau-quy1-2025.txt"), "utf8").split("\n"));
    await openView(page, "Văn bản cũ");
    const pane = paneOf(page);
    await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
    const unclear = pane.getByRole("list", { name: "Số liệu chưa rõ" });
    await unclear.waitFor();

    // Two fields, one label: two names, two distinct buttons.
    for (const where of ["Bộ phận một cửa của Văn phòng", "Trung tâm Phục vụ hành chính công tỉnh"]) {
      await pane.getByRole("group", { name: `Các số có thể là «Hồ sơ đang giải quyết (${where})»` }).waitFor();
      expect(await pane.getByRole("button", { name: `Gắn vào “Hồ sơ đang giải quyết (${where})”`, exact: true }).count()).toBe(1);
    }
    expect(await pane.getByRole("button", { name: "Gắn vào “Hồ sơ đang giải quyết”", exact: true }).count()).toBe(0);
    // The percentage as the document writes it.
    expect(await pane.getByRole("list", { name: "Số liệu đã gắn" }).getByText(/^Tỷ lệ trả đúng hạn/).innerText()).toBe(
      "Tỷ lệ trả đúng hạn: 14,21%",
    );
    // What could not be checked, with the result.
    const notRun = pane.getByRole("list", { name: "Kiểm tra chưa chạy được vì thiếu số liệu" });
    await notRun
      .getByText(
        "Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» = «Hồ sơ đã giải quyết» + «Hồ sơ trễ và quá hạn» + «Hồ sơ đang giải quyết»: thiếu «Hồ sơ tiếp nhận (Trung tâm PVHCC)», «Hồ sơ đã giải quyết», «Hồ sơ trễ và quá hạn», «Hồ sơ đang giải quyết».",
      )
      .waitFor();
    await shot(page, "recognised");

    // Two clicks by keyboard; then the focus is on the next unclear figure, not lost to the page.
    const first = (await unclear.locator(":scope > li").first().getAttribute("data-unclear"))!;
    const second = (await unclear.locator(":scope > li").nth(1).getAttribute("data-unclear"))!;
    expect(first).toBe("bcdc:bienChe.congChucThucHien");
    const group = pane.getByRole("group", { name: "Các số có thể là «Công chức đang thực hiện»" });
    await group.getByRole("button").first().focus();
    await page.keyboard.press("Enter");
    await documentOf(page).locator(".sim-selected", { hasText: "79" }).waitFor();
    await pane.getByRole("button", { name: "Gắn vào “Công chức đang thực hiện”" }).focus();
    await page.keyboard.press("Enter");
    await pane.getByText("Đã gắn «79» vào ô «Công chức đang thực hiện». Số trong văn bản giữ nguyên.").first().waitFor();
    await focusedUnclear(second);
    await shot(page, "chosen-focus-next");

    // Undone: the figure is back in the list, and so is the focus.
    await pane.getByRole("button", { name: "Bỏ gắn «Công chức đang thực hiện»" }).focus();
    await page.keyboard.press("Enter");
    await pane.getByText(/^Đã bỏ gắn ô «Công chức đang thực hiện»/).first().waitFor();
    await focusedUnclear(first);
    expect(await documentOf(page).locator('.cc[data-tag="bcdc:bienChe.congChucThucHien"]').count()).toBe(0);
    await shot(page, "undone-focus-back");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
