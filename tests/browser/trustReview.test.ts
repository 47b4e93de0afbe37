/**
 * Issue 9, points 3, 4 and 5, as a clerk and then a leader use the reference report at 350 px: the tracking choice
 * is saved in the document and the pane says what Word does; a refreshed «Hồ sơ tiếp nhận» is reviewed together with
 * the two percentages computed from it; a rejection and an acceptance stay made after the pane is closed and opened
 * again, are never called hand edits, and are in the history with who, when and the quarter.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { answerReviewer, controlTexts, documentOf, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 1100, "", "Trần Văn Lãnh Đạo");

const pane = () => paneOf(page);
const shot = screenshotFolder("trust-review");
const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const SHARE_DONE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const SHARE_PENDING = "bcdc:motCuaVp.tyLeDangGiaiQuyet";
const PENDING = "bcdc:motCuaVp.dangGiaiQuyet";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const trackingSwitch = () => pane().getByRole("switch", { name: /Track Changes/ });
const reopen = async () => {
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
};
const storedXml = () =>
  page.evaluate(() => (window as unknown as { __sim: { doc: { xmlParts: { xml: string }[] } } }).__sim.doc.xmlParts.map((p) => p.xml).join(""));
const wordTracking = () => page.getByRole("button", { name: /Theo dõi thay đổi của Word/ });

describe("tracking is a property of the document", () => {
  it("saves the switch in the document and finds it again after reopening the pane", async () => {
    expect(await trackingSwitch().isChecked()).toBe(false);
    await trackingSwitch().check();
    await pane().getByText(/khi ghi số liệu, tiện ích bật nó rồi trả lại như cũ/).waitFor();
    expect(await storedXml()).toContain('<theoDoi bat="1"/>');
    await reopen();
    expect(await trackingSwitch().isChecked()).toBe(true);
    expect(await wordTracking().textContent()).toBe("Theo dõi thay đổi của Word: TẮT");
    await shot(page, "tracking-kept");
  });

  it("says so when Word itself tracks changes, as Word's changeTrackingMode reads", async () => {
    await wordTracking().click();
    await pane().getByRole("button", { name: "Đọc lại văn bản" }).click();
    await pane().getByText("Word đang bật theo dõi thay đổi: mọi số liệu ghi vào đều được theo dõi.").waitFor();
    expect(await trackingSwitch().isChecked()).toBe(true);
    expect(await trackingSwitch().isDisabled()).toBe(true);
    await wordTracking().click();
    await pane().getByRole("button", { name: "Đọc lại văn bản" }).click();
    await pane().getByText(/^Word đang tắt theo dõi thay đổi; khi ghi số liệu/).waitFor();
    expect(await trackingSwitch().isDisabled()).toBe(false);
  });
});

describe("a leader's decision stays made, for a figure and what is computed from it", () => {
  it("refreshes «Hồ sơ tiếp nhận» and a meeting count as tracked changes, with no warning about percentages to recompute", async () => {
    await openSection(page, "III");
    await fieldInput(page, RECEIVED).fill("90");
    await fieldInput(page, PENDING).fill("13"); // 77 resolved + 13 pending = 90 received: the figures add up
    await fieldInput(page, MEETINGS).fill("12");
    // Routine refresh: the percentages will simply be rewritten, which is no problem to warn about.
    const summary = await pane().getByRole("region", { name: "Tóm tắt các vấn đề" }).innerText();
    expect(summary).not.toContain("Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng)» là");
    expect(summary).toContain("9,7%"); // the reference report's own mistake is still said
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText(/^Đã cập nhật 5 số liệu/).waitFor();
    expect(await controlTexts(page, RECEIVED)).toEqual(["8190"]);
    expect(await controlTexts(page, SHARE_DONE)).toEqual(["95,06%85,56%"]);
    expect(await controlTexts(page, PENDING)).toEqual(["0413"]);
    await shot(page, "tracked-refresh");
  });

  it("shows the figure with what it adds up with and its percentages as one group, and rejects them together", async () => {
    await openView(page, "Duyệt thay đổi");
    const review = pane().getByRole("region", { name: "Duyệt thay đổi" });
    const group = review.getByRole("group", { name: "Nhóm «Hồ sơ tiếp nhận (một cửa Văn phòng)»" });
    await group.waitFor();
    expect(await group.getByRole("listitem").allInnerTexts()).toEqual([
      "Hồ sơ tiếp nhận (một cửa Văn phòng): 81 → 90",
      "Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng): 95,06% → 85,56%",
      "Hồ sơ đang giải quyết (Bộ phận một cửa của Văn phòng): 04 → 13",
      "Tỷ lệ đang giải quyết (Bộ phận một cửa của Văn phòng): 4,94% → 14,44%",
    ]);
    await shot(page, "review-groups");
    await group.getByRole("button", { name: "Từ chối cả nhóm «Hồ sơ tiếp nhận (một cửa Văn phòng)»" }).click();
    // He refreshed the figures himself: asked once whose the decision is, he says they are his.
    await answerReviewer(page, "Trần Văn Lãnh Đạo");
    await pane().getByText("Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản (4 số liệu, ghi vào lịch sử).").waitFor();
    expect(await controlTexts(page, RECEIVED)).toEqual(["81"]);
    expect(await controlTexts(page, PENDING)).toEqual(["04"]);
    expect(await controlTexts(page, SHARE_DONE)).toEqual(["95,06%"]);
    expect(await controlTexts(page, SHARE_PENDING)).toEqual(["4,94%"]);
    expect(await controlTexts(page, MEETINGS)).toEqual(["1112"]); // the other figure still waits
    await shot(page, "rejected-group");
  });

  it("accepts the meeting count", async () => {
    const review = pane().getByRole("region", { name: "Duyệt thay đổi" });
    await review.getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).click();
    await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
    expect(await controlTexts(page, MEETINGS)).toEqual(["12"]);
    await review.getByText("Không có số liệu nào đang chờ duyệt.").waitFor();
  });

  it("keeps both decisions after the pane is closed and opened: the form follows the document", async () => {
    await reopen();
    await openSection(page, "III");
    expect(await fieldInput(page, RECEIVED).inputValue()).toBe("81");
    expect(await fieldInput(page, PENDING).inputValue()).toBe("04");
    expect(await fieldInput(page, MEETINGS).inputValue()).toBe("12");
    await shot(page, "reopened");
  });

  it("does not revert them nor call them hand edits at the next update", async () => {
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText("Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại.").waitFor();
    expect(await pane().getByRole("region", { name: "Ô cần xử lý" }).count()).toBe(0);
    expect(await controlTexts(page, RECEIVED)).toEqual(["81"]);
    expect(await controlTexts(page, MEETINGS)).toEqual(["12"]);
    expect(await documentOf(page).locator("del, ins").count()).toBe(0);
  });

  it("lists who accepted and rejected what, when (four-digit year) and for which quarter", async () => {
    await openView(page, "Lịch sử thay đổi");
    const table = pane().getByRole("table", { name: "Các lần thay đổi số liệu" });
    await table.waitFor();
    const rows = await table.getByRole("row").evaluateAll((trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll("td")].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, " ").trim())));
    const decisions = rows.filter(([, change]) => /^(Từ chối|Chấp nhận) sửa /.test(change!));
    expect(decisions.map(([field, change]) => [field, change]).sort()).toEqual([
      ["Cuộc họp giao ban trong quý quý I năm 2026", "Chấp nhận sửa 11 → 12; giữ 12"],
      ["Hồ sơ tiếp nhận (một cửa Văn phòng) quý I năm 2026", "Từ chối sửa 81 → 90; giữ 81"],
      ["Hồ sơ đang giải quyết (Bộ phận một cửa của Văn phòng) quý I năm 2026", "Từ chối sửa 04 → 13; giữ 04"],
      ["Tỷ lệ đang giải quyết (Bộ phận một cửa của Văn phòng) quý I năm 2026", "Từ chối sửa 4,94% → 14,44%; giữ 4,94%"],
      ["Tỷ lệ đã giải quyết (Bộ phận một cửa của Văn phòng) quý I năm 2026", "Từ chối sửa 95,06% → 85,56%; giữ 95,06%"],
    ]);
    for (const [, , when] of rows) expect(when).toMatch(/^\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}, Trần Văn Lãnh Đạo$|^\d{2}:\d{2},? \d{2}\/\d{2}\/\d{4}, Trần Văn Lãnh Đạo$/);
    await shot(page, "history");
  });
});
