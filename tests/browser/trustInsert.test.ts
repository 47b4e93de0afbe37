/**
 * Issue 9, point 6: «Chèn vào văn bản» with text selected in the document never deletes it. Selected words get the
 * field's control after them; a selected number, once the clerk agrees, becomes the field's figure in place.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";
import { documentOf, fieldInput, insertField, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const shot = screenshotFolder("trust-insert");
type Sim = { doc: { paragraphs: unknown[]; paragraphText(i: number): string }; select(p: number, start: number, end: number): void };

/** Plays the clerk selecting `text` (its first occurrence after `after`) in the paragraph that holds `after`. */
async function select(page: Page, after: string, text: string): Promise<number> {
  return page.evaluate(
    ([anchor, wanted]) => {
      const sim = (window as unknown as { __sim: Sim }).__sim;
      for (let i = 0; i < sim.doc.paragraphs.length; i++) {
        const paragraph = sim.doc.paragraphText(i);
        const at = paragraph.indexOf(anchor!);
        if (at < 0) continue;
        const start = paragraph.indexOf(wanted!, at);
        sim.select(i, start, start + wanted!.length);
        return i;
      }
      throw new Error(`No paragraph holds ${anchor}`);
    },
    [after, text],
  );
}
const paragraph = (page: Page, index: number) => documentOf(page).locator(`p[data-paragraph="${index}"]`).innerText();

describe("inserting a field never deletes the clerk's text", () => {
  it("puts the control after selected words, which stay", async () => {
    const page = await openPreview(browser, 1100);
    await paneReady(page);
    const index = await select(page, "Văn phòng UBND tỉnh là cơ quan", "Văn phòng UBND tỉnh là cơ quan");
    await documentOf(page).locator(".sim-selected").waitFor();
    await shot(page, "words-selected");
    await openSection(page, "III");
    await insertField(page, "bcdc:giaoBan.soCuoc");
    await paneOf(page).getByText("Đã chèn «Cuộc họp giao ban trong quý» ngay sau đoạn đang chọn; không xoá chữ nào.").waitFor();
    expect((await paragraph(page, index)).startsWith("Văn phòng UBND tỉnh là cơ quan11 thuộc UBND tỉnh")).toBe(true);
    expect(await documentOf(page).locator(`p[data-paragraph="${index}"] .cc[data-tag="bcdc:giaoBan.soCuoc"]`).innerText()).toBe("11");
    await shot(page, "inserted-after-words");
    // One insert action for the focused field, not one per field.
    expect(await paneOf(page).getByRole("button", { name: "Chèn vào văn bản" }).count()).toBe(1);
    await page.close();
  });

  it("offers to bind a selected number as the field's figure, and binds it in place when the clerk agrees", async () => {
    const page = await openPreview(browser, 1100, "?plain");
    await paneReady(page);
    const index = await select(page, "Bộ phận một cửa Văn phòng: Tiếp nhận ", "81");
    const before = await paragraph(page, index);
    await openSection(page, "III");
    await insertField(page, "bcdc:motCuaVp.tiepNhan");
    const question = paneOf(page).getByText(/^Đoạn đang chọn trong văn bản là số «81»\. Gắn số này làm «Hồ sơ tiếp nhận \(một cửa Văn phòng\)»\?/);
    await question.waitFor();
    expect(await documentOf(page).locator(".cc").count()).toBe(0); // nothing written before the answer
    await shot(page, "bind-offer");
    await paneOf(page).getByRole("button", { name: "Gắn số này" }).click();
    await paneOf(page).getByText("Đã gắn số «81» trong văn bản làm «Hồ sơ tiếp nhận (một cửa Văn phòng)»; biểu mẫu đã lấy số này.").waitFor();
    expect(await paragraph(page, index)).toBe(before);
    expect(await documentOf(page).locator('.cc[data-tag="bcdc:motCuaVp.tiepNhan"]').innerText()).toBe("81");
    expect(await fieldInput(page, "bcdc:motCuaVp.tiepNhan").inputValue()).toBe("81");
    await shot(page, "bound");
    await page.close();
  });

  it("inserts after a selected number when the clerk prefers, keeping the number", async () => {
    const page = await openPreview(browser, 1100, "?plain");
    await paneReady(page);
    const index = await select(page, "Bộ phận một cửa Văn phòng: Tiếp nhận ", "81");
    await openSection(page, "III");
    await fieldInput(page, "bcdc:motCuaVp.tiepNhan").fill("82");
    await insertField(page, "bcdc:motCuaVp.tiepNhan");
    await paneOf(page).getByText(/biểu mẫu đang có «82» sẽ lấy «81»\./).waitFor();
    await paneOf(page).getByRole("button", { name: "Chèn sau đoạn chọn" }).click();
    await paneOf(page).getByText(/ngay sau đoạn đang chọn; không xoá chữ nào\.$/).waitFor();
    expect(await paragraph(page, index)).toContain("Tiếp nhận 8182 hồ sơ");
    await page.close();
  });
});
