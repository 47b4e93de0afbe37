/**
 * Walk finding (monthly form): typing 40 in «Lượt tiếp định kỳ cấp huyện» showed nothing under that box; the sum's
 * error sat only under the total («Lượt tiếp của lãnh đạo UBND các huyện, thành phố»), a row above. Each other
 * figure of a failing rule now points to it, under its own box: one line naming the total's box, not the whole sum
 * again (under each of three parts, the centre's resolved dossiers said it three times over at 350 px).
 * Walk finding (pane56): «Liên quan đến lỗi ở ô «…»» did not say whose error it was; the line now names the total
 * and the parts that fail to make it, with the two numbers (rulePointer.ts).
 * Walk finding (walk42): the error sat under a box the clerk had not touched; it is now said under the part she typed
 * (typedFirst.ts), the total and the other part pointing to it.
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
  it("is said under the part typed, the total and the other part pointing to it in one line each", async () => {
    const header = paneOf(page).getByRole("button", { name: /^4\. / });
    await header.click();
    // Not above the total: a part above its total is its own one error (validate.test.ts), said under the part.
    await row("huyen.dinhKy").locator("input").fill("27");
    // walk42: under the box she typed, not under the total she did not touch.
    await row("huyen.dinhKy").getByText(SUM, { exact: true }).waitFor();
    // pane56: the line says whose error it is and which parts fail to make the total.
    const lines = {
      "huyen.luot": "Số này (28) là tổng, nhưng «Lượt tiếp định kỳ cấp huyện» + «Lượt tiếp đột xuất cấp huyện» = 29.",
      "huyen.dotXuat": `Tổng «${TOTAL}» là 28, nhưng «Lượt tiếp định kỳ cấp huyện» + số này = 29.`,
    };
    for (const [other, line] of Object.entries(lines)) {
      await row(other).getByText(line, { exact: true }).waitFor();
      expect(await row(other).innerText()).not.toContain(SUM);
    }
    // The full sum is said once in the pane's figures, under the part typed.
    expect(await paneOf(page).locator("[data-field]").getByText(SUM, { exact: true }).count()).toBe(1);
    // The total she did not touch is not marked invalid.
    expect(await row("huyen.luot").locator("input").getAttribute("aria-invalid")).not.toBe("true");
    await row("huyen.dotXuat").scrollIntoViewIfNeeded();
    await shot(page, "part-hint");
    await row("huyen.dinhKy").locator("input").fill("26");
    await paneOf(page).getByText("Không có lỗi nào trong số liệu đã nhập.").waitFor();
    expect(await row("huyen.dotXuat").innerText()).not.toContain("Tổng «");
  });
});
