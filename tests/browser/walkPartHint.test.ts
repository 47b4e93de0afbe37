/**
 * Walk finding (monthly form): typing 40 in «Lượt tiếp định kỳ cấp huyện» showed nothing under that box; the sum's
 * error sat only under the total («Lượt tiếp của lãnh đạo UBND các huyện, thành phố»), a row above. Each other
 * figure of a failing rule now points to it, under its own box: one line naming the total's box, not the whole sum
 * again (under each of three parts, the centre's resolved dossiers said it three times over at 350 px).
 * Walk finding (pane56): «Liên quan đến lỗi ở ô «…»» did not say whose error it was; the line now names the total
 * and the parts that fail to make it, with the two numbers (rulePointer.ts).
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100, "?form=tiep-cong-dan-thang");

const shot = screenshotFolder("walk-part-hint");
const row = (id: string) => paneOf(page).locator(`[data-field="tcd:${id}"]`);
const TOTAL = "Lượt tiếp của lãnh đạo UBND các huyện, thành phố";
const SUM = `${TOTAL} là 28, nhưng Lượt tiếp định kỳ cấp huyện 27 + Lượt tiếp đột xuất cấp huyện 02 = 29 (chênh 01).`;

describe("a wrong part of a total", () => {
  it("is pointed out under each part in one line naming the total and the other parts, the full sum under the total only", async () => {
    const header = paneOf(page).getByRole("button", { name: /^4\. / });
    await header.click();
    // Not above the total: a part above its total is its own one error (validate.test.ts), said under the part.
    await row("huyen.dinhKy").locator("input").fill("27");
    await row("huyen.luot").getByText(SUM, { exact: true }).waitFor();
    // pane56: the line says whose error it is, the total's, and which parts fail to make it.
    const lines = {
      "huyen.dinhKy": `Tổng «${TOTAL}» là 28, nhưng số này + «Lượt tiếp đột xuất cấp huyện» = 29.`,
      "huyen.dotXuat": `Tổng «${TOTAL}» là 28, nhưng «Lượt tiếp định kỳ cấp huyện» + số này = 29.`,
    };
    for (const [part, line] of Object.entries(lines)) {
      await row(part).getByText(line, { exact: true }).waitFor();
      expect(await row(part).innerText()).not.toContain(SUM);
    }
    // The full sum is said once in the pane's figures, under the total.
    expect(await paneOf(page).locator("[data-field]").getByText(SUM, { exact: true }).count()).toBe(1);
    // The part itself is not marked invalid: which figure is wrong is the clerk's call.
    expect(await row("huyen.dinhKy").locator("input").getAttribute("aria-invalid")).not.toBe("true");
    await row("huyen.dotXuat").scrollIntoViewIfNeeded();
    await shot(page, "part-hint");
    await row("huyen.dinhKy").locator("input").fill("26");
    await paneOf(page).getByText("Không có lỗi nào trong số liệu đã nhập.").waitFor();
    expect(await row("huyen.dinhKy").innerText()).not.toContain("Tổng «");
  });
});
