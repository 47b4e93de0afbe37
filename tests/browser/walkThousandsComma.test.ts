/** Walk finding: «9,780» (thousands grouped the English way) is answered with how to write it, not as a decimal. */
import type { Page } from "playwright-core";
import { previewOnDemand } from "./support/lifecycle";
import { fieldInput, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

const openPreview = previewOnDemand();
let page: Page;

const shot = screenshotFolder("walk-figure-messages");
const rowText = (id: string) => paneOf(page).locator(`[data-field="${id}"]`).innerText();

describe("messages a new clerk reads while typing", () => {
  it("answers «9,780» with the Vietnamese way to write it", async () => {
    page = await openPreview(1100);
    await paneReady(page);
    await openSection(page, "III");
    await fieldInput(page, "bcdc:hcc.tiepNhan").fill("9,780");
    const row = paneOf(page).locator('[data-field="bcdc:hcc.tiepNhan"]');
    await row.getByText("nếu «9,780» là số hàng nghìn, hãy tách bằng dấu chấm: 9.780.", { exact: false }).waitFor();
    expect(await rowText("bcdc:hcc.tiepNhan")).toContain("Số này phải là số nguyên; nếu «9,780» là số hàng nghìn, hãy tách bằng dấu chấm: 9.780.");
    await shot(page, "thousands-comma");
  });
});
