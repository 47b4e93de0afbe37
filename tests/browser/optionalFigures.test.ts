/**
 * «Không bắt buộc» in the preview, pane 350 px, on the monthly form's sample: the reception board's regular figures
 * (section 7, marked optional as a whole) say so on their labels; emptied, they are shown apart and not counted as
 * still to type; in «Thiết kế mẫu» the clerk clears the section's mark (now they are owed) and marks one figure alone.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { fieldInput, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
const SECTION = "7. Tiếp thường xuyên tại Trụ sở Tiếp công dân (Ban Tiếp công dân)";
const LUOT = "tcd:thuongXuyen.luot";
const NGUOI = "tcd:thuongXuyen.nguoi";
const LUOT_LABEL = "Lượt tiếp thường xuyên tại Trụ sở Tiếp công dân";

const storedXml = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sim: { doc: { xmlParts: Array<{ xml: string }> } } }).__sim.doc.xmlParts.map((p) => p.xml).join(""));

/** The figures tab's summary line (the message bar above the sections). */
const summary = (page: Page, text: string | RegExp) => paneOf(page).getByText(text).waitFor();

async function designCheckbox(page: Page, name: string) {
  await openView(page, "Thiết kế mẫu");
  const editor = paneOf(page).getByRole("region", { name: "Sửa số liệu" });
  await editor.getByRole("combobox", { name: "Số liệu cần sửa" }).selectOption({ label: LUOT_LABEL });
  return editor.getByRole("checkbox", { name });
}

describe("optional figures in the pane", () => {
  it("are labelled, not counted as missing when empty, and the mark is cleared and set in «Thiết kế mẫu»", async () => {
    const page = await openPreview(1200, "?form=tiep-cong-dan-thang");
    await paneReady(page);
    const shot = screenshotFolder("optionalFigures");
    await paneOf(page).getByRole("button", { name: SECTION }).click();
    await paneOf(page).getByText(`${LUOT_LABEL} (không bắt buộc)`).waitFor();
    await fieldInput(page, LUOT).fill("");
    await fieldInput(page, NGUOI).fill("");
    await shot(page, "optional-empty");
    await summary(page, "Không có lỗi nào trong số liệu đã nhập. 2 số liệu không bắt buộc để trống.");
    await paneOf(page).getByText("Không có lỗi nào trong số liệu đã nhập. 2 số liệu không bắt buộc để trống.").scrollIntoViewIfNeeded();
    await shot(page, "summary");

    // The section's mark cleared: both figures are owed again.
    const sectionBox = await designCheckbox(page, `Cả mục «${SECTION}» không bắt buộc`);
    await expect(sectionBox.isChecked()).resolves.toBe(true);
    await sectionBox.scrollIntoViewIfNeeded();
    await shot(page, "design-marks");
    await sectionBox.uncheck();
    await paneOf(page).getByText(`Đã bỏ dấu không bắt buộc của cả mục «${SECTION.replace(/^7\. /, "")}».`).first().waitFor();
    await expect(sectionBox.isChecked()).resolves.toBe(false);
    await openView(page, "Số liệu");
    await summary(page, "Không có lỗi trong số liệu đã nhập; còn 2 số liệu chưa nhập.");
    await expect(paneOf(page).getByText(`${LUOT_LABEL} (không bắt buộc)`).count()).resolves.toBe(0);
    expect(await storedXml(page)).toContain('<mauBaoCao phienBan="1">');

    // One figure marked alone: the other is still owed.
    await (await designCheckbox(page, `«${LUOT_LABEL}» không bắt buộc`)).check();
    await paneOf(page).getByText(`Đã đánh dấu «${LUOT_LABEL}» không bắt buộc.`).first().waitFor();
    await openView(page, "Số liệu");
    await summary(page, "Không có lỗi trong số liệu đã nhập; còn 1 số liệu chưa nhập. 1 số liệu không bắt buộc để trống.");
    await shot(page, "one-optional");
    const xml = await storedXml(page);
    expect(xml).toContain('<mauBaoCao phienBan="2">');
    expect(xml).toContain('"id":"thuongXuyen.luot","label":"Lượt tiếp thường xuyên tại Trụ sở Tiếp công dân","kind":"count","section":"7","unit":"lượt","max":100000,"hint":"Ban Tiếp công dân tiếp thường xuyên, không tính vào tổng lượt tiếp của lãnh đạo","optional":true}');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
