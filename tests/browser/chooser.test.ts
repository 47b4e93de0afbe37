/**
 * «Văn bản cũ» on reports the add-in had not seen, in the preview at 350 px:
 * - a reworded report (corpus 01-ngan-gon.txt) with a note stating two staff counts a second time, differently, so they
 *   are rightly unclear: the clerk clicks a candidate (Word selects it), then «Gắn vào «…»»; binds another number
 *   selected by hand; undoes a choice; chooses again by keyboard alone; reopens the pane;
 * - a report written in Word tables (corpus 03-bang-bieu.docx, inserted with body.insertOoxml): the pane binds the
 *   same figures as `npm run check` reads from the file, each control on its cell's number.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { textFromDocx } from "../../src/domain/import/docx/docxText";
import { recognizeFigures } from "../../src/domain/import/recognize";
import { CORPUS } from "../support/corpusMeasure";
import { REPORT } from "../support/forms";
import { flatOpcOfDocx, flatOpcOfLines } from "../support/docxInSim";
import { axeViolations } from "./support/axe";
import { PANE_WIDTH } from "./support/browser";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openFlatOpc, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

const selectInDocument = (paragraph: number, start: number, end: number) =>
  page.evaluate(([p, s, e]) => (window as unknown as { __sim: { select(p: number, s: number, e: number): void } }).__sim.select(p!, s!, e!), [paragraph, start, end]);

describe("choosing an unclear figure in two clicks", () => {
  it("selects a candidate in the document, binds it, binds a number selected by hand, undoes, and keeps the decisions", async () => {
    const shot = screenshotFolder("chooser");
    const lines = [
      ...readFileSync(join(CORPUS, "reworded/01-ngan-gon.txt"), "utf8").split("\n"),
      "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người; sự nghiệp có mặt 13 người.",
    ];
    await openFlatOpc(page, flatOpcOfLines(lines));
    await openView(page, "Văn bản cũ");
    const pane = paneOf(page);
    await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
    const chooser = pane.getByRole("list", { name: "Số liệu chưa rõ" });
    await chooser.waitFor();
    expect(await pane.getByRole("group", { name: "Các số có thể là «Công chức đang thực hiện»" }).getByRole("button").count()).toBeGreaterThanOrEqual(2);
    await shot(page, "unclear-listed");

    // First click: the candidate is selected in the document.
    await pane.getByRole("group", { name: "Các số có thể là «Công chức đang thực hiện»" }).getByRole("button", { name: /có mặt 46; sự nghiệp giao 15,… · đoạn 14$/ }).click();
    await documentOf(page).locator(".sim-selected", { hasText: "46" }).waitFor();
    expect(await documentOf(page).locator(".sim-selected").allInnerTexts()).toEqual(["46"]);
    await shot(page, "candidate-selected");
    const blocking = (await axeViolations(page, "chooser")).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.join(" | ")})`)).toEqual([]);

    // Second click: the field. The number becomes its control; the text does not change.
    const before = await documentOf(page).innerText();
    await pane.getByRole("button", { name: "Gắn vào «Công chức đang thực hiện»" }).click();
    await pane.getByText("Đã gắn «46» vào ô «Công chức đang thực hiện». Số trong văn bản giữ nguyên.").first().waitFor();
    expect(await documentOf(page).locator('.cc[data-tag="bcdc:bienChe.congChucThucHien"]').allInnerTexts()).toEqual(["46"]);
    expect((await documentOf(page).innerText()).replace(/\s+/g, " ")).toBe(before.replace(/\s+/g, " "));
    await pane.getByRole("list", { name: "Số liệu đã chọn" }).getByText("Công chức đang thực hiện").waitFor();
    await shot(page, "bound-by-choice");

    // The other path: the clerk selects the number in the document, then clicks the field.
    const paragraph = lines.findIndex((line) => line.includes("có mặt 14"));
    const at = lines[paragraph]!.indexOf("có mặt 14") + "có mặt ".length;
    await selectInDocument(paragraph, at, at + 2);
    await pane.getByRole("button", { name: "Gắn vào «Biên chế sự nghiệp đang thực hiện»" }).click();
    await documentOf(page).locator('.cc[data-tag="bcdc:bienChe.suNghiepThucHien"]', { hasText: "14" }).waitFor();

    // A wrong choice undone: the control goes, the text stays.
    await pane.getByRole("button", { name: "Bỏ gắn «Công chức đang thực hiện»" }).click();
    await pane.getByText(/^Đã bỏ gắn ô «Công chức đang thực hiện»/).first().waitFor();
    expect(await documentOf(page).locator('.cc[data-tag="bcdc:bienChe.congChucThucHien"]').count()).toBe(0);
    expect(await pane.getByRole("group", { name: "Các số có thể là «Công chức đang thực hiện»" }).count()).toBe(1);
    await shot(page, "undone");

    // By keyboard alone: Enter on the candidate (Word selects it), Tab on to its field's button, Enter.
    await pane.getByRole("group", { name: "Các số có thể là «Công chức đang thực hiện»" }).getByRole("button", { name: /có mặt 46; sự nghiệp giao 15,… · đoạn 14$/ }).focus();
    await page.keyboard.press("Enter");
    await documentOf(page).locator(".sim-selected", { hasText: "46" }).waitFor();
    const target = "Gắn vào «Công chức đang thực hiện»";
    for (let tabs = 0; tabs < 6 && (await pane.locator(":focus").innerText()) !== target; tabs++) await page.keyboard.press("Tab");
    expect(await pane.locator(":focus").innerText()).toBe(target);
    await page.keyboard.press("Enter");
    await documentOf(page).locator('.cc[data-tag="bcdc:bienChe.congChucThucHien"]', { hasText: "46" }).waitFor();

    // Closing and reopening the pane: the choice made is in the document, and in the form.
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await pane.getByRole("textbox", { name: "Biên chế sự nghiệp đang thực hiện" }).waitFor();
    expect(await pane.getByRole("textbox", { name: "Biên chế sự nghiệp đang thực hiện" }).inputValue()).toBe("14");
    expect(await pane.getByRole("textbox", { name: "Công chức đang thực hiện" }).inputValue()).toBe("46");
    expect(await page.locator("#root").evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(PANE_WIDTH);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});

describe("a report written in Word tables", () => {
  it("binds the figures of its tables as the command line does, each in its cell (lists down a column left to the clerk)", async () => {
    const shot = screenshotFolder("tables");
    const file = join(CORPUS, "reworded/03-bang-bieu.docx");
    // What `npm run check` reads from the same file: the pane must bind as many, and leave as many unclear.
    const cli = [...recognizeFigures(textFromDocx(readFileSync(file)), REPORT).values()];
    // A list read down a table column spans several rows: one content control cannot hold it, so the pane asks.
    const acrossRows = cli.filter((r) => r.state === "bound" && r.occurrences.some((o) => /\t[^]*\n|\n[^]*\t/.test(o.text))).length;
    expect(acrossRows).toBe(2);
    const bound = cli.filter((r) => r.state === "bound").length - acrossRows;
    const unclear = cli.filter((r) => r.state === "ambiguous").length + acrossRows;
    await openFlatOpc(page, flatOpcOfDocx(file));
    expect(await documentOf(page).locator("table").count()).toBe(7);
    await openView(page, "Văn bản cũ");
    const pane = paneOf(page);
    await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
    await pane.getByText(new RegExp(`^Đã gắn: ${bound} · Không tìm thấy: \\d+ · Chưa rõ: ${unclear}$`)).waitFor();
    const cell = documentOf(page).locator("td", { has: page.locator('.cc[data-tag="bcdc:motCuaVp.tiepNhan"]') });
    expect(await cell.innerText()).toBe("96");
    expect(await documentOf(page).locator('td .cc[data-tag="bcdc:bienChe.congChucThucHien"]').allInnerTexts()).toEqual(["47"]);
    await shot(page, "tables-bound");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
