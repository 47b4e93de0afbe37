/**
 * Issue 4's browser check in the preview host: with tracking on, two refreshed figures show as tracked changes in
 * the document, the leader rejects one, the pane follows the document again, and the history lists both writes.
 */
import type { Browser, Page } from "playwright-core";
import { launch, presetAuthor } from "./support/browser";
import { answerReviewer, documentOf, fieldInput, insertField, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  // An empty document holding only the two figures: every write the test sees is one it asked for.
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await presetAuthor(page, "Lê Thị B");
  await page.goto(`${process.env.PREVIEW_URL}/index.html?empty`);
  await paneReady(page);
});
afterAll(async () => {
  await browser.close();
});

const pane = () => paneOf(page);
const shot = screenshotFolder("tracked-changes");
const MEETINGS = "bcdc:giaoBan.soCuoc";
const RAISES = "bcdc:cheDo.nangLuongTruocHan";
/** What the control shows as deleted and inserted (tracked), and its plain text. */
const marks = (tag: string) =>
  documentOf(page)
    .locator(`.cc[data-tag="${tag}"]`)
    .evaluate((el) => ({
      deleted: [...el.querySelectorAll("del")].map((d) => d.textContent).join(""),
      inserted: [...el.querySelectorAll("ins")].map((d) => d.textContent).join(""),
      text: el.textContent,
    }));

describe("tracked changes in the preview host", () => {
  it("writes two refreshed figures as tracked changes: the old value deleted, the new one inserted", async () => {
    await openSection(page, "III");
    for (const [tag, text] of [[MEETINGS, "11"], [RAISES, "04"]] as const) {
      await fieldInput(page, tag).fill(text);
      await documentOf(page).click();
      await page.keyboard.press("End");
      await insertField(page, tag);
      await documentOf(page).locator(`.cc[data-tag="${tag}"]`).waitFor();
    }
    await pane().getByRole("switch", { name: /Track Changes/ }).check();
    await fieldInput(page, MEETINGS).fill("12");
    await fieldInput(page, RAISES).fill("05");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText("Đã cập nhật 2 số liệu.").waitFor();
    expect(await marks(MEETINGS)).toEqual({ deleted: "11", inserted: "12", text: "1112" });
    expect(await marks(RAISES)).toEqual({ deleted: "04", inserted: "05", text: "0405" });
    expect(await documentOf(page).locator("del").count()).toBe(2);
    expect(await documentOf(page).locator("ins").count()).toBe(2);
    // The add-in restores Word's own mode after its writes (it was off).
    expect(await page.getByRole("button", { name: /Theo dõi thay đổi của Word/ }).textContent()).toBe("Theo dõi thay đổi của Word: TẮT");
    await shot(page, "tracked-update");
  });

  it("does not take its own tracked write for a hand edit at the next update", async () => {
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    // The first update's notice is still on screen: the second says nothing new is written and repeats it (walk44, 10).
    await pane().getByText(/^Không có gì mới cần ghi\. Lần cập nhật vừa rồi: Đã cập nhật 2 số liệu\./).waitFor();
    expect(await pane().getByRole("region", { name: "Ô cần xử lý" }).count()).toBe(0);
    expect(await pane().locator(`[data-field="${RAISES}"]`).getByText("Trong văn bản: 1 chỗ").count()).toBe(1);
    await shot(page, "second-update");
  });

  it("lets the leader reject one figure; the pane shows the old value again", async () => {
    await pane().getByRole("tab", { name: "Duyệt thay đổi" }).click();
    const review = pane().getByRole("region", { name: "Duyệt thay đổi" });
    await review.getByRole("button", { name: "Từ chối «Cuộc họp giao ban trong quý»" }).waitFor();
    expect(await review.getByRole("button", { name: /^Từ chối «/ }).count()).toBe(2);
    await shot(page, "review");
    await review.getByRole("button", { name: "Từ chối «Cuộc họp giao ban trong quý»" }).click();
    // The name stored here is who made the changes: the pane asks whose the decision is before recording it.
    await answerReviewer(page, "Lê Thị B");
    await pane().getByText("Đã từ chối thay đổi; biểu mẫu đã theo lại văn bản (1 số liệu, ghi vào lịch sử).").waitFor();
    expect(await marks(MEETINGS)).toEqual({ deleted: "", inserted: "", text: "11" });
    expect(await marks(RAISES)).toEqual({ deleted: "04", inserted: "05", text: "0405" });
    expect(await review.getByRole("button", { name: /^Từ chối «/ }).allInnerTexts()).toHaveLength(1);
    await pane().getByRole("tab", { name: "Số liệu" }).click();
    await openSection(page, "III");
    expect(await fieldInput(page, MEETINGS).inputValue()).toBe("11");
    expect(await fieldInput(page, RAISES).inputValue()).toBe("05");
    await shot(page, "rejected");
  });

  it("lists both writes in the history: field, old value, new value, who", async () => {
    await pane().getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    const rows = pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).getByRole("row");
    await rows.nth(1).waitFor();
    // The period under each figure's name is left out here; the trust scenario checks it.
    const cells = await rows.evaluateAll((trs) =>
      trs.slice(1).map((tr) =>
        [...tr.querySelectorAll("td")].map((td) => {
          const copy = td.cloneNode(true) as HTMLElement;
          copy.querySelectorAll(".history-period").forEach((el) => el.remove());
          return copy.textContent;
        }),
      ),
    );
    expect(cells.map(([field, change]) => [field, change]).sort()).toEqual([
      ["Cuộc họp giao ban trong quý", "11 → 12"],
      ["Cuộc họp giao ban trong quý", "Từ chối sửa 11 → 12; giữ 11"],
      ["Công chức được nâng lương trước thời hạn", "04 → 05"],
    ]);
    // Inserting a field is not a write of a figure; the leader's rejection is recorded as a decision, not a write.
    expect(cells.every((row) => row[2]!.endsWith(", Lê Thị B"))).toBe(true);
    await shot(page, "history");
  });
});
