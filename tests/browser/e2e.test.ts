/**
 * The clerk's whole flow at task-pane width (350 px) on an empty document: the reference report's figures typed
 * section by section, its problems found and followed, fields inserted at the cursor, the document updated, and the
 * pane closed and opened again with every figure back. A screenshot after each step; the folder is printed.
 */
import type { Browser, Page } from "playwright-core";
import { REPORT } from "../support/forms";
import { REFERENCE_FIGURES } from "../fixtures/referenceReport";
import { launch, PANE_WIDTH, presetAuthor } from "./support/browser";
import { controlTexts, documentOf, fieldInput, focusedField, insertField, openSection, paneOf, paneReady, screenshotFolder, sectionHeader, typedFieldsOf } from "./support/pane";

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on("pageerror", (error) => errors.push(error.message));
  await presetAuthor(page);
  await page.goto(`${process.env.PREVIEW_URL}/index.html?empty`);
  await paneReady(page);
});
afterAll(async () => {
  await browser.close();
});

const pane = () => paneOf(page);
const shot = screenshotFolder("e2e");
const summaryItems = () => pane().getByRole("region", { name: "Tóm tắt các vấn đề" }).getByRole("listitem");
/** Sections in the report's order that have something to type. */
const TYPED_SECTIONS = REPORT.topSections.map((s) => s.id).filter((id) => typedFieldsOf(id).length > 0);

describe("the clerk's flow at 350 px on an empty document", () => {
  it("starts empty at task-pane width", async () => {
    expect((await pane().boundingBox())?.width).toBe(PANE_WIDTH);
    expect(await documentOf(page).locator(".cc").count()).toBe(0);
    expect(await pane().getByText("Chưa có trong văn bản").count()).toBeGreaterThan(0);
    await shot(page, "empty-document");
  });

  it("takes the reporting period", async () => {
    await pane().getByRole("combobox", { name: "Quý" }).selectOption("1");
    await pane().getByRole("textbox", { name: "Năm", exact: true }).fill("2026");
    expect(await pane().getByRole("combobox", { name: "Quý" }).inputValue()).toBe("1");
    expect(await pane().getByRole("textbox", { name: "Năm", exact: true }).inputValue()).toBe("2026");
  });

  it.each(TYPED_SECTIONS)("takes the figures of section %s through its inputs", async (topId) => {
    await openSection(page, topId);
    for (const field of typedFieldsOf(topId)) {
      const input = fieldInput(page, field.id);
      await input.fill(REFERENCE_FIGURES[field.id]!);
      expect(await input.inputValue()).toBe(REFERENCE_FIGURES[field.id]);
    }
    await shot(page, `section-${topId}`);
  });

  it("shows each problem seed-inventory.md lists for the figures, and nothing else", async () => {
    await pane().getByRole("region", { name: "Tóm tắt các vấn đề" }).scrollIntoViewIfNeeded();
    await pane().getByText("2 lỗi, 1 cảnh báo").waitFor();
    const items = await summaryItems().allInnerTexts();
    expect(items).toHaveLength(3);
    const find = (fragment: string) => items.filter((text) => text.includes(fragment));
    // resolved ≠ early + on time + withdrawn; received ≠ resolved + late + pending; the centre's period cut-off.
    expect(find("= 7.737")).toEqual([expect.stringMatching(/^Lỗi:.*7\.766/s)]);
    expect(find("= 8.856")).toEqual([expect.stringMatching(/^Lỗi:.*9\.780/s)]);
    expect(find("03/3/2026")).toEqual([expect.stringMatching(/^Cảnh báo:.*14\/3\/2026/s)]);
    await shot(page, "problems");
  });

  it("jumps from a summary item to its field, opening the section", async () => {
    await sectionHeader(page, "III").click();
    await sectionHeader(page, "III").and(page.locator('[aria-expanded="false"]')).waitFor();
    await summaryItems().filter({ hasText: "= 7.737" }).getByRole("button").click();
    // walk42: the sum's error is said under the figure of it typed last, the part whose 109 made the sum fail.
    const target = fieldInput(page, "bcdc:hcc.rutTraLai");
    await focusedField(page, "bcdc:hcc.rutTraLai");
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await sectionHeader(page, "III").getAttribute("aria-expanded")).toBe("true");
    expect(await target.inputValue()).toBe("109");
    // The field is shown, not only focused: it ends up inside the pane's visible area once the section has opened.
    await page.waitForFunction((field) => {
      const input = document.querySelector(`[data-field="${field}"] input`)!.getBoundingClientRect();
      const paneBox = document.getElementById("root")!.getBoundingClientRect();
      return input.top >= paneBox.top && input.bottom <= paneBox.bottom;
    }, "bcdc:hcc.rutTraLai");
    await shot(page, "jumped-to-field");
  });

  it("inserts fields at the cursor put in the document", async () => {
    await documentOf(page).click();
    await page.keyboard.press("End");
    await insertField(page, "bcdc:motCuaVp.tiepNhan");
    await pane().getByText("Đã chèn «Hồ sơ tiếp nhận (một cửa Văn phòng)» vào vị trí con trỏ.").waitFor();
    await documentOf(page).click();
    await page.keyboard.press("End");
    await insertField(page, "bcdc:motCuaVp.tyLeDaGiaiQuyet");
    await pane().getByText("Đã chèn «Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)» vào vị trí con trỏ.").waitFor();
    expect(await documentOf(page).locator(".cc").evaluateAll((els) => els.map((el) => el.getAttribute("data-tag")))).toEqual([
      "bcdc:motCuaVp.tiepNhan",
      "bcdc:motCuaVp.tyLeDaGiaiQuyet",
    ]);
    expect(await controlTexts(page, "bcdc:motCuaVp.tiepNhan")).toEqual(["81"]);
    expect(await controlTexts(page, "bcdc:motCuaVp.tyLeDaGiaiQuyet")).toEqual(["95,06%"]);
    await shot(page, "fields-inserted");
  });

  it("updates every control after a correction", async () => {
    await fieldInput(page, "bcdc:motCuaVp.tiepNhan").fill("85");
    await fieldInput(page, "bcdc:motCuaVp.dangGiaiQuyet").fill("08");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText("Đã cập nhật 2 số liệu.").waitFor();
    expect(await controlTexts(page, "bcdc:motCuaVp.tiepNhan")).toEqual(["85"]);
    expect(await controlTexts(page, "bcdc:motCuaVp.tyLeDaGiaiQuyet")).toEqual(["90,59%"]);
    await shot(page, "updated");
  });

  it("finds every figure again after the pane is closed and opened", async () => {
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    expect(await pane().getByRole("combobox", { name: "Quý" }).inputValue()).toBe("1");
    expect(await pane().getByRole("textbox", { name: "Năm", exact: true }).inputValue()).toBe("2026");
    const expected: Record<string, string> = { ...REFERENCE_FIGURES, "bcdc:motCuaVp.tiepNhan": "85", "bcdc:motCuaVp.dangGiaiQuyet": "08" };
    for (const topId of TYPED_SECTIONS) {
      await openSection(page, topId);
      for (const field of typedFieldsOf(topId)) expect([field.id, await fieldInput(page, field.id).inputValue()]).toEqual([field.id, expected[field.id]]);
    }
    await pane().getByText("2 lỗi, 1 cảnh báo").waitFor();
    expect(await pane().locator('[data-field="bcdc:motCuaVp.tiepNhan"]').getByText("Trong văn bản: 1 chỗ").count()).toBe(1);
    await shot(page, "reopened");
    expect(errors).toEqual([]);
  });
});
