/**
 * A table's column headed «Tỷ lệ (%)» writes its shares bare («87,77»): the header says they are percentages. The
 * pane read such a cell as a share written in another style and offered to change the clerk's text to «87,77%». The
 * tables report (corpus reworded/03-bang-bieu.docx) has both kinds: «Tỷ lệ» with the sign in each cell, «Tỷ lệ (%)»
 * without it. Recognised, then updated untouched: nothing under the «(%)» header is proposed or changed.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { flatOpcOfDocx } from "../support/docxInSim";
import { previewPerTest } from "./support/lifecycle";
import { controlTexts, openFlatOpc, openSection, openView, overflowing, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

const SHARE = "bcdc:hcc.tyLeDaGiaiQuyet";

it("leaves a share under a «Tỷ lệ (%)» header as written, and says it is in the document as it should be", async () => {
  const shot = screenshotFolder("walk-percent-header");
  const pane = paneOf(page);
  await openFlatOpc(page, flatOpcOfDocx(join(CORPUS, "reworded/03-bang-bieu.docx")));
  await openView(page, "Văn bản cũ");
  await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
  await pane.getByText(/^Đã gắn: /).waitFor();
  expect(await controlTexts(page, SHARE)).toEqual(["87,77"]);

  await pane.getByRole("tab", { name: "Số liệu" }).click();
  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  const status = pane.getByRole("status").filter({ hasText: /cập nhật|đã đúng|Chưa ghi/ });
  await status.first().waitFor();
  // The bare share is neither rewritten nor offered as a style to fix; the card, if any, lists others only.
  expect(await controlTexts(page, SHARE)).toEqual(["87,77"]);
  expect(await pane.getByText("«87,77» → «87,77%»").count()).toBe(0);
  expect(await pane.getByText(/«(0,96|11,38)» → /).count()).toBe(0);
  // The figures tab says the document shows it, not that it is written in another style.
  await openSection(page, "III");
  const row = pane.locator(`[data-field="${SHARE}"]`);
  await row.scrollIntoViewIfNeeded();
  expect(await row.innerText()).toContain("Trong văn bản: 1 chỗ");
  expect(await row.innerText()).not.toContain("viết khác quy cách");
  expect(await overflowing(page)).toEqual([]);
  await shot(page, "share-under-percent-header");

  // The card lists four figures and counts the rest: whatever else it offers, rewriting them all leaves this one bare.
  const rewrite = pane.getByRole("button", { name: "Viết lại theo quy cách" });
  if ((await rewrite.count()) > 0) {
    await rewrite.click();
    await pane.getByRole("status").getByText(/chỉ viết lại theo quy cách/).waitFor();
  }
  expect(await controlTexts(page, SHARE)).toEqual(["87,77"]);
});
