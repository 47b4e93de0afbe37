/**
 * A new clerk resolving the unclear figures of a district's report (corpus heldout/02, written by nobody here), in the
 * preview at 350 px. What surprised her, each now held:
 * - the one-stop desk's and the service centre's «Hồ sơ đang giải quyết» were listed twice under one name, with two
 *   identical «Gắn vào «Hồ sơ đang giải quyết»» buttons: each now carries its section;
 * - after «Gắn vào» or «Bỏ gắn» the keyboard's place fell to the page: it goes to the next unclear figure, or back to
 *   the figure undone;
 * - a percentage bound was shown without its sign («Tỷ lệ trả đúng hạn: 14,21»);
 * - the checks that could not run were said only after «Kiểm tra văn bản»: they are said with the result.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { flatOpcOfDocx, flatOpcOfLines } from "../support/docxInSim";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openFlatOpc, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

/** The field whose unclear entry holds the keyboard's focus, once it is there. */
const focusedUnclear = (field: string) =>
  page.waitForFunction((f) => document.activeElement?.closest("[data-unclear]")?.getAttribute("data-unclear") === f, field);

describe("unclear figures of a district report, as a new clerk meets them", () => {
  it("names each figure so it can be told apart, keeps the keyboard's place, and says what was not checked", async () => {
    const shot = screenshotFolder("walk-unclear-names");
    await openFlatOpc(page, flatOpcOfLines(readFileSync(join(CORPUS, "heldout/02-huyen-thuan-chau-quy1-2025.txt"), "utf8").split("\n")));
    await openView(page, "Văn bản cũ");
    const pane = paneOf(page);
    await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
    const unclear = pane.getByRole("list", { name: "Số liệu chưa rõ" });
    await unclear.waitFor();

    // Two fields, one label: wherever recognition put them (bound, unclear, not found), no two entries share a name,
    // and no two «Gắn vào» buttons.
    // Each row ends with its «Bỏ gắn» button (walk52, 2): the figure's words are what comes before it.
    const boundItems = (await pane.getByRole("list", { name: "Số liệu đã gắn" }).locator("li").allInnerTexts()).map((item) => item.replace(/\s*Bỏ gắn$/u, ""));
    const names = [
      ...boundItems.map((item) => item.slice(0, item.lastIndexOf(": "))),
      ...(await unclear.locator(":scope > li > span:first-child").allInnerTexts()),
      ...(await pane.getByRole("list", { name: "Số liệu không tìm thấy" }).locator("li").allInnerTexts()),
    ];
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(names.filter((name) => name.startsWith("Hồ sơ đang giải quyết"))).toEqual([
      "Hồ sơ đang giải quyết (Bộ phận một cửa của Văn phòng)",
      "Hồ sơ đang giải quyết (Trung tâm Phục vụ hành chính công tỉnh)",
    ].filter((name) => names.includes(name)));
    expect(names.filter((name) => name.startsWith("Hồ sơ đang giải quyết")).length).toBe(2);
    const bindButtons = await unclear.getByRole("button", { name: /^Gắn vào «/ }).allInnerTexts();
    expect(bindButtons.filter((name, i) => bindButtons.indexOf(name) !== i)).toEqual([]);
    // Percentages as the document writes them.
    const percentages = boundItems.filter((item) => item.startsWith("Tỷ lệ"));
    expect(percentages.length).toBeGreaterThan(0);
    expect(percentages.filter((item) => !/\d%$/.test(item))).toEqual([]);
    // What could not be checked, with the result.
    const notRun = pane.getByRole("list", { name: "Kiểm tra chưa chạy được vì thiếu số liệu" });
    await notRun
      .getByText(
        // walk40: the figures found and waiting in «Chưa rõ» are said to wait there, not to be missing.
        "Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» = «Hồ sơ đã giải quyết» + «Hồ sơ trễ và quá hạn» + «Hồ sơ đang giải quyết»: thiếu «Hồ sơ trễ và quá hạn»; «Hồ sơ tiếp nhận (Trung tâm PVHCC)», «Hồ sơ đã giải quyết», «Hồ sơ đang giải quyết» còn chờ chọn ở «Chưa rõ».",
      )
      .waitFor();
    await shot(page, "recognised");

    // walk41: the figures not found come with the way to bind one the document has.
    await pane.getByText("Số nào văn bản có mà chưa tìm thấy: bôi đen số đó trong văn bản, sang thẻ «Số liệu», bấm vào ô của nó rồi bấm «Chèn vào văn bản» và «Gắn số này».").waitFor();
    // walk41: every unclear figure says its section, in its label or on the line under it.
    const cards = await unclear.locator(":scope > li").allInnerTexts();
    expect(cards.filter((card) => !/^[^\n]*\(/.test(card) && !/\nMục [IVX]+\./.test(card)).map((c) => c.slice(0, 60))).toEqual([]);

    // Two clicks by keyboard on the first unclear figure; then the focus is on the next one, not lost to the page.
    const entries = unclear.locator(":scope > li");
    const first = (await entries.first().getAttribute("data-unclear"))!;
    const second = (await entries.nth(1).getAttribute("data-unclear"))!;
    const label = await entries.first().locator(":scope > span").first().innerText();
    await pane.getByRole("group", { name: `Các số có thể là «${label}»` }).getByRole("button").first().focus();
    await page.keyboard.press("Enter");
    await documentOf(page).locator(".sim-selected").first().waitFor();
    await pane.getByRole("button", { name: `Gắn vào «${label}»`, exact: true }).focus();
    await page.keyboard.press("Enter");
    await pane.getByText(new RegExp(`^Đã gắn «[^»]+» vào ô «${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}»`)).first().waitFor();
    await focusedUnclear(second);
    expect(await documentOf(page).locator(`.cc[data-tag="${first}"]`).count()).toBe(1);
    await shot(page, "chosen-focus-next");

    // Undone: the figure is back in the list, and so is the focus.
    await pane.getByRole("button", { name: `Bỏ gắn «${label}»` }).focus();
    await page.keyboard.press("Enter");
    await pane.getByText(`Đã bỏ gắn ô «${label}»`, { exact: false }).first().waitFor();
    await focusedUnclear(first);
    expect(await documentOf(page).locator(`.cc[data-tag="${first}"]`).count()).toBe(0);
    await shot(page, "undone-focus-back");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("tells what to do with a figure it cannot place in one control (a list down a table column)", async () => {
    await openFlatOpc(page, flatOpcOfDocx(join(CORPUS, "reworded/03-bang-bieu.docx")));
    await openView(page, "Văn bản cũ");
    await paneOf(page).getByRole("button", { name: "Nhận diện số liệu" }).click();
    await paneOf(page).getByText(/^Đã gắn: /).waitFor();
    const unclear = paneOf(page).getByRole("list", { name: "Số liệu chưa rõ" });
    const withoutCandidates = unclear.locator(":scope > li").filter({ hasNot: page.getByRole("group") });
    await withoutCandidates.first().waitFor();
    const texts = await withoutCandidates.allInnerTexts();
    expect(texts.filter((text) => !text.includes("Bôi đen số đó trong văn bản rồi bấm «Gắn vào», hoặc nhập số liệu này ở thẻ «Số liệu».")).map((t) => t.slice(0, 80))).toEqual([]);
  });
});
