/**
 * Walk finding: a clerk starting quý II picks «Quý II» in the figures tab and presses «Cập nhật văn bản»; the
 * question offered only «Đổi sang quý II năm 2026», which writes every quý I figure as quý II's, marks none for
 * re-entry and keeps no copy of quý I for «So sánh». When the pane names the period after the document's, the
 * question now offers the roll-over too, which keeps quý I and marks the figures.
 */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { documentOf, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-period-question");
const quarter = () => paneOf(page).getByRole("combobox", { name: "Quý" });
const title = async () => (await documentOf(page).locator("p").allInnerTexts()).find((t) => t.startsWith("Kết quả thực hiện công tác dân chủ"));

describe("the period question when the pane names the next quarter", () => {
  it("offers «Chuyển sang quý II năm 2026», which keeps quý I for the comparison and marks the figures", async () => {
    page = await openPreview(1100);
    await paneReady(page);
    await quarter().selectOption("2");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText("Kỳ báo cáo nào đúng?").waitFor();
    expect(await paneOf(page).locator(".question .question-more").innerText()).toContain("«Chuyển sang» giữ số liệu quý I năm 2026 để so sánh");
    await shot(page, "question");
    await paneOf(page).getByRole("button", { name: "Chuyển sang quý II năm 2026" }).click();
    await paneOf(page).getByText(/^Đã chuyển sang quý II năm 2026\. \d+ số liệu chưa cập nhật cho quý mới/).first().waitFor();
    expect(await quarter().inputValue()).toBe("2");
    expect(await paneOf(page).getByText("Chưa cập nhật cho quý mới", { exact: true }).count()).toBeGreaterThan(0);
    // The period texts follow at the next update, as after the roll-over from «Văn bản cũ».
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    // The period's texts stand in several places: counted as figures, the places after (pane52).
    await paneOf(page).getByText(/^Đã cập nhật \d+ số liệu \(\d+ chỗ trong văn bản\)\./).first().waitFor();
    expect(await title()).toBe("Kết quả thực hiện công tác dân chủ quý II; Nhiệm vụ trọng tâm quý III năm 2026");
    await openView(page, "So sánh");
    await paneOf(page).getByText(/^Quý II\/2026 so với Quý I\/2026: /).waitFor();
    expect(await paneOf(page).getByText(/chưa có số liệu quý/i).count()).toBe(0);
    await shot(page, "compared");
  });

  it("does not offer it when the pane names an earlier or a farther period", async () => {
    page = await openPreview(1100);
    await paneReady(page);
    await quarter().selectOption("3");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText("Kỳ báo cáo nào đúng?").waitFor();
    expect(await paneOf(page).getByRole("button", { name: /^Chuyển sang/ }).count()).toBe(0);
    expect(await paneOf(page).getByRole("button", { name: "Đổi sang quý III năm 2026" }).count()).toBe(1);
  });

  it("keeps a quarter chosen and not yet written across closing the pane, and says the text still shows the old one", async () => {
    // Walk finding: the quarter chosen in the pane was gone when the pane was closed and opened before an update.
    page = await openPreview(1100);
    await paneReady(page);
    await quarter().selectOption("3");
    const hint = paneOf(page).getByText("Văn bản đang ghi quý I năm 2026; kỳ đã chọn chưa ghi vào văn bản.");
    await hint.waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { __sim: { doc: { xmlParts: { xml: string }[] } } }).__sim.doc.xmlParts.some((part) => part.xml.includes("<kyDangChon")),
    );
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    expect(await quarter().inputValue()).toBe("3");
    await hint.waitFor();
    expect(await title()).toBe("Kết quả thực hiện công tác dân chủ quý I; Nhiệm vụ trọng tâm quý II năm 2026");
    await shot(page, "chosen-kept");
  });
});
