/**
 * A new clerk with her own report: the preview had no way to open it (only the built-in sample, typed or with
 * controls). The toolbar's «Mở tệp của bạn» opens a .txt or .docx as the simulated document and starts the pane
 * afresh on it, as opening a document in Word does; a file it cannot read is named with the reason and the document
 * open stays as it was.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { CORPUS } from "../support/corpusMeasure";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

const fileInput = () => page.getByLabel("Mở tệp của bạn (.txt, .docx)…");
const told = () => page.locator("#toolbar [role=status]");

describe("opening a clerk's own report in the preview", () => {
  it("opens a .txt and a .docx nobody here wrote, and the pane reads them afresh", async () => {
    const shot = screenshotFolder("walk-open-file");
    const text = readFileSync(join(CORPUS, "heldout/02-huyen-thuan-chau-quy1-2025.txt"));
    await fileInput().setInputFiles({ name: "bao-cao-thuan-chau.txt", mimeType: "text/plain", buffer: text });
    await told().getByText("Đã mở «bao-cao-thuan-chau.txt».").waitFor();
    await documentOf(page).getByText("HUYỆN THUẬN CHÂU", { exact: true }).waitFor();
    await paneReady(page);
    // A document without controls: the pane points to reading its figures.
    await paneOf(page).getByText(/^Văn bản này chưa có ô số liệu nào của mẫu/).waitFor();
    await shot(page, "txt-opened");
    await openView(page, "Văn bản cũ");
    await paneOf(page).getByRole("button", { name: "Nhận diện số liệu" }).click();
    await paneOf(page).getByRole("list", { name: "Số liệu chưa rõ" }).waitFor();
    expect(await documentOf(page).locator('.cc[data-tag="bcdc:bienChe.congChucGiao"]').allInnerTexts()).toEqual(["86"]);

    const docx = readFileSync(join(CORPUS, "heldout/03-lai-chau-bang-tu-dong-danh-so.docx"));
    await fileInput().setInputFiles({ name: "lai-chau.docx", mimeType: "application/octet-stream", buffer: docx });
    await told().getByText("Đã mở «lai-chau.docx».").waitFor();
    await documentOf(page).locator("table").first().waitFor();
    await paneReady(page);
    // The pane started afresh: nothing of the first report is left in it.
    expect(await documentOf(page).getByText("HUYỆN THUẬN CHÂU", { exact: true }).count()).toBe(0);
    expect(await documentOf(page).locator(".cc").count()).toBe(0);
    await shot(page, "docx-opened");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("refuses a legacy-encoded text and a file of another kind, saying why, and keeps the document", async () => {
    const before = await documentOf(page).innerText();
    // «Báo cáo» in Windows-1258 bytes: not UTF-8.
    await fileInput().setInputFiles({ name: "cu.txt", mimeType: "text/plain", buffer: Buffer.from([0x42, 0xe1, 0x6f, 0x20, 0x63, 0xe1, 0x6f]) });
    await told()
      .getByText("Không mở được «cu.txt»: tệp không phải UTF-8 (có thể là bảng mã cũ như Windows-1258, TCVN3 hay VNI): hãy mở bằng Word hoặc Notepad và lưu lại với bảng mã Unicode UTF-8. Văn bản đang mở giữ nguyên.")
      .waitFor();
    await fileInput().setInputFiles({ name: "bao-cao.doc", mimeType: "application/msword", buffer: Buffer.from("xyz") });
    await told().getByText(/^Không mở được «bao-cao\.doc»: chỉ mở được tệp \.txt hoặc \.docx/).waitFor();
    await fileInput().setInputFiles({ name: "hong.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK not a zip") });
    await told().getByText(/^Không mở được «hong\.docx»: tệp \.docx hỏng hoặc quá lớn: /).waitFor();
    expect(await documentOf(page).innerText()).toBe(before);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });
});
