/**
 * Issue 9, points 1 and 2, as a new clerk meets them at 350 px: the reference report keeps its own quarter when the
 * clerk presses «Cập nhật văn bản» without touching anything; a pane period that disagrees is asked about before
 * anything is written; the «Năm» box takes 2025 or 2027 typed key by key and says when a year is impossible.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";
import { documentOf, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const shot = screenshotFolder("trust-period");
const TITLE = /^Kết quả thực hiện công tác dân chủ quý/;
const title = (page: Page) => documentOf(page).locator("p").filter({ hasText: TITLE }).first().innerText();
const quarter = (page: Page) => paneOf(page).getByRole("combobox", { name: "Quý" });
const year = (page: Page) => paneOf(page).getByRole("textbox", { name: "Năm", exact: true });

describe("the document's period is never changed without asking", () => {
  let page: Page;
  beforeAll(async () => {
    // A first use on this computer: no name given yet.
    page = await openPreview(browser, 1100, "", null);
    await paneReady(page);
  });
  afterAll(async () => {
    await page.close();
  });

  it("takes the period from the document, not from today's date", async () => {
    expect(await quarter(page).inputValue()).toBe("1");
    expect(await year(page).inputValue()).toBe("2026");
  });

  it("updates the untouched reference report without rewriting its title, asking the clerk's name once", async () => {
    const before = await title(page);
    expect(before).toBe("Kết quả thực hiện công tác dân chủ quý I; Nhiệm vụ trọng tâm quý II năm 2026");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    const name = paneOf(page).getByRole("textbox", { name: "Người cập nhật (ghi vào lịch sử)" });
    await name.fill("Nguyễn Thị Hoa");
    await shot(page, "name-asked");
    await paneOf(page).getByRole("button", { name: "Tiếp tục" }).click();
    await paneOf(page).getByText(/^Chưa ghi số liệu nào vào văn bản|^Các số liệu khác đã đúng trong văn bản|^Đã cập nhật/).waitFor();
    expect(await title(page)).toBe(before);
    expect(await paneOf(page).getByText("Người cập nhật: Nguyễn Thị Hoa").count()).toBe(1);
    await shot(page, "updated-untouched");
  });

  it("asks which period is right when the pane's disagrees, and writes nothing before the answer", async () => {
    await quarter(page).selectOption("2");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText("Kỳ báo cáo nào đúng?").waitFor();
    expect(await paneOf(page).getByText("Văn bản đang ghi quý I năm 2026, ngăn tác vụ đang chọn quý II năm 2026. Chưa ghi gì vào văn bản.").count()).toBe(1);
    expect(await paneOf(page).getByRole("textbox", { name: "Người cập nhật (ghi vào lịch sử)" }).count()).toBe(0); // asked once only
    expect(await title(page)).toBe("Kết quả thực hiện công tác dân chủ quý I; Nhiệm vụ trọng tâm quý II năm 2026");
    await shot(page, "period-question");
    await paneOf(page).getByRole("button", { name: "Giữ quý I năm 2026 và cập nhật" }).click();
    await paneOf(page).getByText(/^Chưa ghi số liệu nào vào văn bản|^Các số liệu khác đã đúng trong văn bản|^Đã cập nhật/).waitFor();
    expect(await quarter(page).inputValue()).toBe("1");
    expect(await title(page)).toBe("Kết quả thực hiện công tác dân chủ quý I; Nhiệm vụ trọng tâm quý II năm 2026");
  });

  it("writes the pane's period only when the clerk says it is the right one, and keeps it after reopening", async () => {
    await quarter(page).selectOption("2");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByRole("button", { name: "Đổi sang quý II năm 2026" }).click();
    await paneOf(page).getByText(/^Đã cập nhật/).waitFor();
    expect(await title(page)).toBe("Kết quả thực hiện công tác dân chủ quý II; Nhiệm vụ trọng tâm quý III năm 2026");
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await paneReady(page);
    expect(await quarter(page).inputValue()).toBe("2");
    await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).click();
    await paneOf(page).getByText("Các số liệu không có lỗi đã đúng như trong ngăn, không cần ghi lại.").waitFor();
    expect(await paneOf(page).getByText("Kỳ báo cáo nào đúng?").count()).toBe(0);
  });

  it("reads the period of a report typed by hand from its title", async () => {
    const plain = await openPreview(browser, 1100, "?plain");
    await paneReady(plain);
    expect(await quarter(plain).inputValue()).toBe("1");
    expect(await year(plain).inputValue()).toBe("2026");
    await plain.close();
  });
});

describe("the year can be typed", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPreview(browser, 1100, "?empty");
    await paneReady(page);
  });
  afterAll(async () => {
    await page.close();
  });

  /** Types key by key into the «Năm» box, reading the box after every key. */
  async function typeYear(keys: string): Promise<string[]> {
    await year(page).click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Backspace");
    const seen: string[] = [];
    for (const key of keys) {
      await page.keyboard.type(key);
      seen.push(await year(page).inputValue());
    }
    return seen;
  }

  it("keeps every keystroke of 2027 and of 2025 in the figures tab", async () => {
    expect(await typeYear("2027")).toEqual(["2", "20", "202", "2027"]);
    expect(await paneOf(page).getByText(/^Năm phải là số có 4 chữ số/).count()).toBe(0);
    expect(await typeYear("2025")).toEqual(["2", "20", "202", "2025"]);
    await shot(page, "year-2025");
  });

  it("says in Vietnamese when a year is impossible, and keeps what was typed", async () => {
    expect(await typeYear("1999")).toEqual(["1", "19", "199", "1999"]);
    await paneOf(page).getByText("Năm phải là số có 4 chữ số, từ 2000 đến 2100 (ví dụ 2026).").waitFor();
    await shot(page, "year-impossible");
    expect(await typeYear("20x6")).toEqual(["2", "20", "20x", "20x6"]);
    await paneOf(page).getByText("Năm phải là số có 4 chữ số, từ 2000 đến 2100 (ví dụ 2026).").waitFor();
  });

  it("takes the year typed in «Báo cáo mới» too", async () => {
    await openView(page, "Báo cáo mới");
    await year(page).waitFor();
    expect(await typeYear("2027")).toEqual(["2", "20", "202", "2027"]);
    await paneOf(page).getByRole("button", { name: "Tạo báo cáo mới" }).click();
    await paneOf(page).getByText(/^Đã tạo báo cáo quý [IV]+ năm 2027/).waitFor();
    await shot(page, "new-report-2027");
  });
});
