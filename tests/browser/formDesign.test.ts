/**
 * «Thiết kế mẫu» as a clerk who has never programmed, on the preview's plain typed report (index.html?plain): select
 * numbers with the mouse, mark them as figures, add a rule and see at once whether it holds, rename and delete a
 * figure, save the form to a file, then close and reopen the pane and find the form kept in the document.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { axeViolations } from "./support/axe";
import { previewPerTest } from "./support/lifecycle";
import { documentOf, openView, paneOf, screenshotFolder } from "./support/pane";

let page: Page;
previewPerTest((opened) => (page = opened), 1200, "?plain");

const pane = () => paneOf(page);

/** No serious or critical accessibility violation in the pane as it is now (axe-core). */
async function accessible(panel: string) {
  const blocking = (await axeViolations(page, panel)).filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking).toEqual([]);
}
const ONE_STOP = "Bộ phận một cửa Văn phòng: Tiếp nhận";

/** Drags the mouse over `text` (after `after`) in the paragraph that contains `paragraph`, as a clerk selects it. */
async function dragOver(paragraph: string, text: string, after = "") {
  const box = await page.evaluate(
    ({ paragraph, text, after }) => {
      const p = [...document.querySelectorAll<HTMLElement>(".sim-doc p")].find((el) => el.textContent!.includes(paragraph))!;
      p.scrollIntoView({ block: "center" });
      const full = p.textContent!;
      const at = full.indexOf(text, after ? full.indexOf(after) : 0);
      // The paragraph's text is cut into pieces (controls, the caret): find the piece holding the figure.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (at >= seen && at + text.length <= seen + length) {
          const range = document.createRange();
          range.setStart(node, at - seen);
          range.setEnd(node, at - seen + text.length);
          const r = range.getBoundingClientRect();
          return { left: r.left, right: r.right, y: r.top + r.height / 2 };
        }
        seen += length;
      }
      throw new Error(`${text} not found in one piece`);
    },
    { paragraph, text, after },
  );
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 4 });
  await page.mouse.up();
  await documentOf(page).locator(".sim-selected", { hasText: text }).waitFor();
}

async function markFigure(paragraph: string, text: string, label: string, after = "") {
  await dragOver(paragraph, text, after);
  await pane().getByRole("button", { name: "Đánh dấu là số liệu" }).click();
  const form = pane().getByRole("form", { name: "Số liệu mới" });
  await form.getByText(`Số được chọn: ${text}`).waitFor();
  await form.getByRole("textbox", { name: "Tên số liệu" }).fill(label);
  return form;
}

describe("Thiết kế mẫu on the plain reference report", () => {
  it("marks figures, adds a rule, renames, deletes, saves the form to a file, and finds it again after reopening", async () => {
    const shot = screenshotFolder("formDesign");
    await openView(page, "Thiết kế mẫu");
    await pane().getByRole("button", { name: "Đánh dấu là số liệu" }).waitFor();
    await shot(page, "tab");

    // The first figure: the clerk sees the proposal, puts it in a new section of their own.
    await dragOver(ONE_STOP, "81");
    await pane().getByRole("button", { name: "Đánh dấu là số liệu" }).click();
    const form = pane().getByRole("form", { name: "Số liệu mới" });
    await expect(form.getByRole("textbox", { name: "Tên số liệu" }).inputValue()).resolves.toBe("Tiếp nhận hồ sơ");
    await expect(form.getByRole("textbox", { name: /Cách viết để nhận diện/ }).inputValue()).resolves.toBe("Văn phòng: Tiếp nhận {N} hồ sơ");
    await form.getByRole("textbox", { name: "Tên số liệu" }).fill("Hồ sơ một cửa nhận");
    await form.getByRole("combobox", { name: "Thuộc mục" }).selectOption({ label: "+ Mục mới…" });
    await form.getByRole("textbox", { name: "Tên mục mới" }).fill("Một cửa (tự thiết kế)");
    await shot(page, "mark-first");
    await accessible("Thiết kế mẫu: số liệu mới");
    await form.getByRole("button", { name: "Lưu số liệu" }).click();
    await pane().getByText("Đã đánh dấu «Hồ sơ một cửa nhận» và thêm vào mẫu của văn bản.").waitFor();
    const first = documentOf(page).locator(".cc[data-tag='bcdc:hoSoMotCuaNhan']");
    await expect(first.innerText()).resolves.toBe("81");
    await expect(first.getAttribute("title")).resolves.toBe("Hồ sơ một cửa nhận");
    await shot(page, "marked-first");

    for (const [text, label, after] of [["77", "Hồ sơ một cửa đã xong", ""], ["04", "Hồ sơ một cửa còn lại", "đang giải quyết"]] as const) {
      const draft = await markFigure(ONE_STOP, text, label, after);
      await draft.getByRole("combobox", { name: "Thuộc mục" }).selectOption({ label: "Một cửa (tự thiết kế)" });
      await draft.getByRole("button", { name: "Lưu số liệu" }).click();
      await pane().getByText(`Đã đánh dấu «${label}»`).waitFor();
    }
    await expect(documentOf(page).locator(".cc[data-tag='bcdc:hoSoMotCuaConLai']").innerText()).resolves.toBe("04");

    // A rule, its status shown as the figures are picked: 81 = 77 + 04 holds.
    const rule = pane().getByRole("region", { name: "Thêm quy tắc" });
    await rule.getByRole("combobox", { name: "Số A (tổng)" }).selectOption({ label: "Hồ sơ một cửa nhận" });
    await rule.getByRole("combobox", { name: "Số B", exact: true }).selectOption({ label: "Hồ sơ một cửa đã xong" });
    await rule.getByRole("combobox", { name: "Số C", exact: true }).selectOption({ label: "Hồ sơ một cửa nhận" });
    await rule.getByText("Mỗi số liệu chỉ được chọn một lần trong một quy tắc.").waitFor();
    await rule.getByRole("combobox", { name: "Số C", exact: true }).selectOption({ label: "Hồ sơ một cửa còn lại" });
    await rule.getByRole("status").getByText("Đúng với số liệu hiện có: 81 = 77 + 04.").waitFor();
    await shot(page, "rule-holds");
    await rule.getByRole("button", { name: "Thêm quy tắc" }).click();
    await pane().getByText("Đã thêm quy tắc vào mẫu của văn bản.").waitFor();

    // Rename: the control's title in the document follows.
    const edit = pane().getByRole("region", { name: "Sửa số liệu" });
    await edit.getByRole("combobox", { name: "Số liệu cần sửa" }).selectOption({ label: "Hồ sơ một cửa đã xong" });
    await edit.getByRole("textbox", { name: "Tên mới" }).fill("Hồ sơ một cửa đã giải quyết");
    await edit.getByRole("button", { name: "Đổi tên" }).click();
    await pane().getByText("Đã đổi tên thành «Hồ sơ một cửa đã giải quyết».").waitFor();
    await expect(documentOf(page).locator(".cc[data-tag='bcdc:hoSoMotCuaDaXong']").getAttribute("title")).resolves.toBe("Hồ sơ một cửa đã giải quyết");

    // Delete: asked first, the rule naming it goes too, the number stays in the text without its box.
    await edit.getByRole("combobox", { name: "Số liệu cần sửa" }).selectOption({ label: "Hồ sơ một cửa còn lại" });
    await edit.getByRole("button", { name: "Xoá số liệu" }).click();
    await edit.getByText("Xoá «Hồ sơ một cửa còn lại» khỏi mẫu? 1 ô của nó trong văn bản được bỏ, chữ vẫn giữ nguyên. Xoá theo 1 quy tắc có dùng nó.").waitFor();
    await shot(page, "delete-asked");
    await accessible("Thiết kế mẫu: xoá số liệu");
    await edit.getByRole("button", { name: "Xoá", exact: true }).click();
    await pane().getByText("Đã xoá «Hồ sơ một cửa còn lại» khỏi mẫu; chữ trong văn bản được giữ nguyên.").waitFor();
    expect(await documentOf(page).locator(".cc[data-tag='bcdc:hoSoMotCuaConLai']").count()).toBe(0);
    await documentOf(page).getByText("Hồ sơ đang giải quyết: 04 hồ sơ").waitFor();

    // Save the form to a file and read what was downloaded.
    const files = pane().getByRole("region", { name: "Tệp mẫu" });
    const [download] = await Promise.all([page.waitForEvent("download"), files.getByRole("button", { name: "Lưu mẫu ra tệp" }).click()]);
    expect(download.suggestedFilename()).toBe("bao-cao-dan-chu-quy.form.json");
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as {
      sections: { id: string; title: string }[];
      fields: { id: string; label: string; section: string; wording?: string[] }[];
      rules: { id: string }[];
    };
    expect(saved.fields.slice(-2)).toEqual([
      { id: "hoSoMotCuaNhan", label: "Hồ sơ một cửa nhận", kind: "count", section: "mot-cua-tu-thiet-ke", wording: ["Văn phòng: Tiếp nhận {N} hồ sơ"] },
      expect.objectContaining({ id: "hoSoMotCuaDaXong", label: "Hồ sơ một cửa đã giải quyết", section: "mot-cua-tu-thiet-ke" }),
    ]);
    expect(saved.sections.at(-1)).toMatchObject({ id: "mot-cua-tu-thiet-ke", title: "Một cửa (tự thiết kế)" });
    expect(saved.rules).toHaveLength(11);
    await shot(page, "saved");

    // Close and reopen the pane: the form comes back from the document.
    await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
    await openView(page, "Thiết kế mẫu");
    await pane().getByText(/· 81 số liệu · 11 quy tắc/).waitFor();
    const options = await pane().getByRole("combobox", { name: "Số liệu cần sửa" }).locator("option").allInnerTexts();
    expect(options.slice(-2)).toEqual(["Hồ sơ một cửa nhận", "Hồ sơ một cửa đã giải quyết"]);
    await pane().getByRole("tab", { name: "Số liệu" }).click();
    await pane().getByRole("button", { name: "Một cửa (tự thiết kế)" }).click();
    await expect(pane().getByRole("textbox", { name: "Hồ sơ một cửa nhận" }).inputValue()).resolves.toBe("81");
    await shot(page, "reopened-figures");
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it("a malformed form file: Vietnamese messages naming the place, the form unchanged", async () => {
    await openView(page, "Thiết kế mẫu");
    const chooser = page.waitForEvent("filechooser");
    await pane().getByRole("button", { name: "Mở mẫu từ tệp…" }).click();
    await (await chooser).setFiles({ name: "hong.form.json", mimeType: "application/json", buffer: Buffer.from('{"formatVersion": 1, "id": "Sai Mã", "fields": []}') });
    const problems = pane().getByRole("region", { name: "Tệp mẫu" }).getByRole("listitem");
    await problems.first().waitFor();
    const texts = await problems.allInnerTexts();
    expect(texts).toContain("hong.form.json — id: mã mẫu chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ «bao-cao-quy»");
    expect(texts).toContain("hong.form.json — (toàn bộ tệp): thiếu mục bắt buộc «version»");
    await pane().getByText(/· 79 số liệu · 11 quy tắc/).waitFor();

    // A new report from the form in use: the «Báo cáo mới» tab opens with it.
    await pane().getByRole("button", { name: "Tạo báo cáo mới theo mẫu này" }).click();
    // Behind «Thêm», the chosen view names the menu button.
    await pane().getByRole("button", { name: "Báo cáo mới ▾" }).waitFor();
    await pane().getByRole("combobox", { name: "Mẫu báo cáo" }).waitFor();
  });
});
