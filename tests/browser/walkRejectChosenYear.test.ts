/**
 * Walk finding (fix-reject), at 350 px on the reference report: a clerk chose 2026 for the staff year (the report writes
 * 2026 in section I, 2025 in II.1.a) and updated with tracking on; her leader accepted «Cuộc họp giao ban» 11 → 12 and
 * rejected the year 2025 → 2026. The pane said it followed the document, yet the year's box still read «Bấm «Cập nhật
 * văn bản» để ghi 2026 vào cả 2 chỗ», and the next update wrote 2025 → 2026 again, unasked. Now the box offers the
 * document's two values again, none chosen, and the update and a reopened pane leave the year as the leader kept it.
 */
import type { Page } from "playwright-core";
import { previewPerFile } from "./support/lifecycle";
import { answerReviewer, controlTexts, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerFile((opened) => (page = opened), 350, "", "Trần Thị Bình");
const shot = screenshotFolder("walk-reject-chosen-year");
const pane = () => paneOf(page);
const YEAR = "bcdc:bienChe.nam";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const yearRow = () => pane().locator(`[data-field="${YEAR}"]`);
const choices = () => yearRow().getByRole("group", { name: "Số văn bản ghi cho «Năm của số liệu biên chế»" });

/** The year's box as a fresh read of the document shows it: both values offered, neither chosen, nothing to write. */
async function yearToChooseAgain(): Promise<void> {
  await openSection(page, "I");
  await choices().getByRole("button", { name: "2025 (chỗ 2)" }).waitFor();
  expect(await choices().getByRole("button", { pressed: true }).count()).toBe(0);
  expect(await fieldInput(page, YEAR).inputValue()).toBe("");
  expect(await yearRow().getByText(/Bấm «Cập nhật văn bản» để ghi/).count()).toBe(0);
}

it("keeps the leader's rejection of the chosen staff year through the next update and a reopened pane", async () => {
  await pane().getByRole("switch", { name: /Track Changes/ }).check();
  await openSection(page, "I");
  await choices().getByRole("button", { name: "2026 (chỗ 1)" }).click();
  await yearRow().getByText("Bấm «Cập nhật văn bản» để ghi 2026 vào cả 2 chỗ.").waitFor();
  await openSection(page, "III");
  await fieldInput(page, MEETINGS).fill("12");
  await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
  await pane().getByText(/^Đã cập nhật 2 số liệu/).waitFor();

  await openView(page, "Duyệt thay đổi");
  await pane().getByRole("button", { name: "Chấp nhận «Cuộc họp giao ban trong quý»" }).click();
  // At 350 px: the question whose name the decision goes under fits the pane (the shot checks nothing overflows).
  await pane().getByRole("form", { name: "Các thay đổi này do «Trần Thị Bình» sửa. Bạn duyệt với tên nào?" }).waitFor();
  await shot(page, "reviewer-question");
  await answerReviewer(page, "Trần Thị Bình");
  await pane().getByText("Đã chấp nhận thay đổi (1 số liệu, ghi vào lịch sử).").waitFor();
  await pane().getByRole("button", { name: "Từ chối «Năm của số liệu biên chế»" }).click();
  await pane().getByText("Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản (1 số liệu, ghi vào lịch sử).").waitFor();
  expect(await controlTexts(page, YEAR)).toEqual(["2026", "2025"]);

  await pane().getByRole("tab", { name: "Số liệu" }).click();
  await yearToChooseAgain();
  await yearRow().scrollIntoViewIfNeeded();
  await shot(page, "after-rejection");

  await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
  const notice = pane().getByRole("status").filter({ hasText: /^Chưa ghi số liệu nào vào văn bản\./ });
  await notice.waitFor();
  expect(await notice.innerText()).not.toContain("Năm của số liệu biên chế");
  expect(await controlTexts(page, YEAR)).toEqual(["2026", "2025"]);

  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
  await yearToChooseAgain();
  expect(await fieldInput(page, MEETINGS).inputValue()).toBe("12");
  await shot(page, "reopened");
  await openView(page, "Lịch sử thay đổi");
  const rows = await pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).getByRole("row").allInnerTexts();
  // Newest first: the rejection, then the clerk's one write; no second write.
  expect(rows.filter((row) => row.includes("Năm của số liệu biên chế")).map((row) => /(Từ chối sửa )?2025 → 2026(; giữ 2025)?/.exec(row)?.[0])).toEqual([
    "Từ chối sửa 2025 → 2026; giữ 2025",
    "2025 → 2026",
  ]);
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});
