/**
 * index.html?plain: the reference report typed by hand (no controls). The clerk recognises its figures, sees the
 * controls appear in the document and the values in the form, then checks the text and sees a citation problem.
 */
import type { Page } from "playwright-core";
import { previewPerTest } from "./support/lifecycle";
import { openView } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?plain");

const pane = () => page.getByRole("complementary", { name: "Ngăn tác vụ" });
const documentView = () => page.getByRole("document", { name: "Văn bản (mô phỏng)" });

describe("Văn bản cũ on the plain reference report", () => {
  it("recognises the figures into controls and the form, then lists a citation problem", async () => {
    expect(await documentView().locator(".cc").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Mở bản có ô số liệu" }).getAttribute("href")).toBe("index.html");
    await openView(page, "Văn bản cũ");
    await pane().getByRole("button", { name: "Nhận diện số liệu" }).click();
    await pane().getByText("Đã gắn: 73 · Không tìm thấy: 0 · Chưa rõ: 0").waitFor();
    expect(await documentView().locator(".cc").count()).toBe(81);
    expect(await documentView().locator('.cc[data-tag="bcdc:bienChe.congChucGiao"]').allInnerTexts()).toEqual(["55", "55"]);
    expect(await documentView().locator('.cc[data-tag="bcdc:hcc.tiepNhan"]').getAttribute("title")).toBe("Hồ sơ tiếp nhận (Trung tâm PVHCC)");

    await pane().getByRole("button", { name: "Kiểm tra văn bản" }).click();
    const problem = pane().getByRole("listitem").filter({ hasText: "Khoảng năm «2026 - 20230» không hợp lệ" });
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/Lỗi \(Trích dẫn\):[\s\S]*Đoạn 20: «/);

    await pane().getByRole("tab", { name: "Số liệu" }).click();
    await expect(pane().getByRole("textbox", { name: "Biên chế công chức được giao" }).inputValue()).resolves.toBe("55");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});

describe("the import engine stays out of the first load", () => {
  it("is fetched only when the clerk first uses an import action, and the first-load bundle does not contain it", async () => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.reload();
    await openView(page, "Văn bản cũ");
    await pane().getByRole("button", { name: "Kiểm tra văn bản" }).waitFor();
    expect(scripts.some((path) => path.includes("import-engine"))).toBe(false);
    await pane().getByRole("button", { name: "Kiểm tra văn bản" }).click();
    await pane().getByRole("region", { name: "Kết quả kiểm tra văn bản" }).waitFor();
    expect(scripts.filter((path) => path.includes("import-engine"))).toHaveLength(1);
    const entry = scripts.find((path) => /\/preview\.[0-9a-f]+\.js$/.test(path))!;
    const source = await (await fetch(`${process.env.PREVIEW_URL}${entry}`)).text();
    // A message of the citation rules: in the engine chunk only.
    expect(source.includes("không hợp lệ: năm kết thúc")).toBe(false);
  });
});
