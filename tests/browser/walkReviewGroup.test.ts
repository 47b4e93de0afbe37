/**
 * Walk finding: a review group was described as «Duyệt cùng 6 số liệu tính từ nó» although two of the six had been
 * typed by the clerk, not computed from the group's first figure. It now says the figures are related.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { fieldInput, openSection, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100, "", "Trần Văn Lãnh Đạo");

const shot = screenshotFolder("walk-review-group");

describe("a review group's description", () => {
  it("calls the figures related, not computed from the first one", async () => {
    await paneOf(page).getByRole("switch", { name: /Track Changes/ }).check();
    await openSection(page, "III");
    // Typed: received, resolved and early (06 → 10 keeps 10 + 71 = 81 resolved, 81 + 04 = 85 received).
    await fieldInput(page, "bcdc:motCuaVp.traSom").fill("10");
    await fieldInput(page, "bcdc:motCuaVp.daGiaiQuyet").fill("81");
    await fieldInput(page, "bcdc:motCuaVp.tiepNhan").fill("85");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText(/^Đã cập nhật \d+ số liệu\./).waitFor();
    await openView(page, "Duyệt thay đổi");
    const card = paneOf(page).getByRole("group", { name: "Nhóm «Hồ sơ tiếp nhận (một cửa Văn phòng)»" }).or(
      paneOf(page).locator('[aria-label="Nhóm «Hồ sơ tiếp nhận (một cửa Văn phòng)»"]'),
    );
    await card.first().waitFor();
    const text = await card.first().innerText();
    // The writer on its own line, the name «Lịch sử» gives (walkReviewWriter), not Word's user name.
    expect(text).toMatch(/Duyệt cùng 6 số liệu liên quan \(tính từ nhau\)\s*\nTrần Văn Lãnh Đạo · /);
    expect(text).not.toContain("tính từ nó");
    // Under the description, not beside it (the card's description is a flex row).
    const writer = await card.first().locator(".review-writer").boundingBox();
    const heading = await card.first().getByText("Hồ sơ tiếp nhận (một cửa Văn phòng)", { exact: true }).first().boundingBox();
    expect(Math.abs(writer!.x - heading!.x)).toBeLessThan(2);
    await shot(page, "group");
  });
});
