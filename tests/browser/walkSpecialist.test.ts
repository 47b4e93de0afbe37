/**
 * The receiving office's specialist in the preview, on a report written for this walk (another province, «Phần thứ
 * nhất / A. / I. / 1.» headings, a title on two paragraphs, a slip in a sentence outside the form): opens it with «Mở
 * tệp của bạn», reads its figures, settles two unclear ones in two clicks each, checks the text, writes the figures,
 * closes and reopens the pane. What surprised, now fixed: the check said «Không thấy vấn đề trong phần đã kiểm tra»
 * with 35 of the form's figures never read; «14 danh hiệu, gồm 6 … và 7 …» went unseen; the number just bound to one
 * field was still offered for the other; «Cập nhật văn bản» took the quý II report for quý III (the title's second
 * line) and the reopened pane warned that its quý II cut-off dates were not quý III's.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, fieldInput, openSection, openView, paneOf, paneReady, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?empty");

const FILE = join(__dirname, "../fixtures/specialist/hoa-binh-phan-thu-nhat.txt");
/**
 * The staff sentence as the walk's clerk wrote it is now read whole; «lần lượt» («respectively») leaves which number
 * is whose to the clerk, as two unclear figures sharing their candidates.
 */
const STAFF = "Năm 2026 Văn phòng được giao 62 biên chế công chức, hiện có 58 người; biên chế sự nghiệp được giao 21, hiện có 19; lao động hợp đồng 11 người.";
const STAFF_RESPECTIVELY = "Năm 2026 Văn phòng được giao 62 biên chế công chức và 21 biên chế sự nghiệp, hiện có lần lượt 58 và 19 người; lao động hợp đồng 11 người.";
const unclearGroup = (label: string) => paneOf(page).getByRole("group", { name: `Các số có thể là «${label}»` });
/** A candidate button by its number (the words around it are the same for both numbers of one sentence). */
const candidate = (label: string, value: string) => unclearGroup(label).getByRole("button").filter({ has: page.locator("strong", { hasText: new RegExp(`^${value}$`) }) });
const controls = (tag: string) => documentOf(page).locator(`.cc[data-tag="${tag}"]`).allInnerTexts();

it("opens another office's report, reads it, settles unclear figures, checks it, writes it and finds it again", async () => {
  const shot = screenshotFolder("walk-specialist");
  const pane = paneOf(page);
  const text = readFileSync(FILE, "utf8");
  expect(text).toContain(STAFF);
  const buffer = Buffer.from(text.replace(STAFF, STAFF_RESPECTIVELY), "utf8");
  await page.getByLabel("Mở tệp của bạn (.txt, .docx)…").setInputFiles({ name: "hoa-binh.txt", mimeType: "text/plain", buffer });
  await page.locator("#toolbar [role=status]").getByText("Đã mở «hoa-binh.txt».").waitFor();
  await paneReady(page);
  // The title's two paragraphs: quý II, not the next quarter its second line names.
  expect(await pane.getByRole("combobox", { name: "Quý" }).inputValue()).toBe("2");
  await openView(page, "Văn bản cũ");
  await pane.getByRole("button", { name: "Nhận diện số liệu" }).click();
  await pane.getByRole("list", { name: "Số liệu chưa rõ" }).waitFor();
  await shot(page, "recognised");

  // Two clicks: the candidate (Word selects it), then the field.
  await candidate("Công chức đang thực hiện", "58").click();
  await documentOf(page).locator(".sim-selected", { hasText: "58" }).waitFor();
  await pane.getByRole("button", { name: "Gắn vào «Công chức đang thực hiện»" }).click();
  await pane.getByText("Đã gắn «58» vào ô «Công chức đang thực hiện». Số trong văn bản giữ nguyên.").first().waitFor();
  expect(await controls("bcdc:bienChe.congChucThucHien")).toEqual(["58"]);
  // The same 58 offered for the other field is said to be taken, and cannot be picked again.
  const taken = candidate("Biên chế sự nghiệp đang thực hiện", "58");
  expect(await taken.innerText()).toMatch(/ — đã gắn vào «Công chức đang thực hiện»$/);
  expect(await taken.isDisabled()).toBe(true);
  await shot(page, "chosen-one");
  await candidate("Biên chế sự nghiệp đang thực hiện", "19").click();
  await documentOf(page).locator(".sim-selected", { hasText: "19" }).waitFor();
  await pane.getByRole("button", { name: "Gắn vào «Biên chế sự nghiệp đang thực hiện»" }).click();
  await pane.getByText("Đã gắn «19» vào ô «Biên chế sự nghiệp đang thực hiện». Số trong văn bản giữ nguyên.").first().waitFor();
  await shot(page, "chosen-two");

  await pane.getByRole("button", { name: "Kiểm tra văn bản" }).click();
  const result = pane.getByRole("region", { name: "Kết quả kiểm tra văn bản" });
  await result.waitFor();
  await pane.getByText(/Còn \d+ số liệu của mẫu chưa có \(chưa nhập hoặc chưa nhận diện được\): chưa thể kết luận văn bản đúng\.$/).waitFor();
  expect(await result.innerText()).not.toContain("Không phát hiện vấn đề nào");
  await result.getByText(/nêu tổng 14, nhưng 6 \+ 7 = 13 \(chênh 01\)\./).first().waitFor();
  await shot(page, "checked");

  await openView(page, "Số liệu");
  await pane.getByRole("button", { name: "Cập nhật văn bản" }).click();
  await paneReady(page);
  expect(await pane.getByText("Kỳ báo cáo nào đúng?").count()).toBe(0);
  await shot(page, "written");

  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
  expect(await pane.getByRole("combobox", { name: "Quý" }).inputValue()).toBe("2");
  await openSection(page, "I");
  expect(await fieldInput(page, "bcdc:bienChe.congChucThucHien").inputValue()).toBe("58");
  expect(await fieldInput(page, "bcdc:bienChe.suNghiepThucHien").inputValue()).toBe("19");
  // Its cut-off dates are quý II's: no warning about them.
  expect(await pane.getByText(/khác kỳ chốt số liệu/).count()).toBe(0);
  await shot(page, "reopened");
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});

it("checks a Word table's «Tổng cộng» row in the pane as on the command line", async () => {
  const shot = screenshotFolder("walk-specialist-table");
  const pane = paneOf(page);
  const docx = readFileSync(join(__dirname, "../fixtures/specialist/yen-bai-tu-dong-danh-so.docx"));
  await page.getByLabel("Mở tệp của bạn (.txt, .docx)…").setInputFiles({ name: "yen-bai.docx", mimeType: "application/octet-stream", buffer: docx });
  await page.locator("#toolbar [role=status]").getByText("Đã mở «yen-bai.docx».").waitFor();
  await documentOf(page).locator("table").first().waitFor();
  await paneReady(page);
  await openView(page, "Văn bản cũ");
  await pane.getByRole("button", { name: "Kiểm tra văn bản" }).click();
  const result = pane.getByRole("region", { name: "Kết quả kiểm tra văn bản" });
  await result.getByText("Bảng: hàng «Tổng cộng», cột «Đang giải quyết» ghi 185, nhưng các hàng ở trên cộng lại 150 + 30 + 15 = 195 (chênh 10).", { exact: false }).first().waitFor();
  await shot(page, "table-checked");
  expect((page as Page & { errors?: string[] }).errors).toEqual([]);
});
