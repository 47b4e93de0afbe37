/**
 * Accessibility of every panel of the pane with axe-core, in Chromium at task-pane width: no serious or critical
 * violation anywhere, and every input has a name. The summary of all violations found is printed.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./support/browser";
import { axeViolations, namesByRole, summarise, type PanelViolation } from "./support/axe";
import { editByHand, fieldInput, openSection, paneOf, paneReady, screenshotFolder } from "./support/pane";

let browser: Browser;
let page: Page;
const found: PanelViolation[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await openPreview(browser);
  await paneReady(page);
});
afterAll(async () => {
  console.log(summarise(found));
  await browser.close();
});

const pane = () => paneOf(page);
const shot = screenshotFolder("a11y");
const INPUT_ROLES = ["textbox", "combobox", "switch", "spinbutton", "checkbox", "searchbox", "listbox"];

/** Runs axe on the pane as it is now; fails on serious or critical violations, keeps all for the summary. */
async function expectNoSeriousViolation(panel: string): Promise<void> {
  await shot(page, panel.replace(/[^\p{L}\d]+/gu, "-"));
  const violations = await axeViolations(page, panel);
  found.push(...violations);
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.join(" | ")})`)).toEqual([]);
}

/** Every input-like element in the pane has a non-empty accessible name. */
async function expectNamedInputs(): Promise<number> {
  const inputs = await namesByRole(page, INPUT_ROLES);
  expect(inputs.filter((i) => i.name === "")).toEqual([]);
  return inputs.length;
}

describe("accessibility of the pane (axe-core)", () => {
  it("Số liệu: a section open, a typing error and the problem summary shown", async () => {
    await openSection(page, "III");
    await fieldInput(page, "bcdc:motCuaVp.tiepNhan").fill("8l");
    await pane().getByText("«8l» không phải là số.").first().waitFor();
    await pane().getByRole("region", { name: "Tóm tắt các vấn đề" }).waitFor();
    await expectNoSeriousViolation("Số liệu (mục III mở, có lỗi)");
    expect(await expectNamedInputs()).toBeGreaterThan(40);
  });

  it("Số liệu: a notice and the conflict list after a hand edit", async () => {
    await fieldInput(page, "bcdc:motCuaVp.tiepNhan").fill("81");
    await editByHand(page, "bcdc:giaoBan.soCuoc", "12");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByRole("region", { name: "Ô cần xử lý" }).waitFor();
    await pane().getByText(/số liệu đã bị sửa tay trong văn bản/).waitFor();
    await expectNoSeriousViolation("Số liệu (thông báo, ô sửa tay)");
    await expectNamedInputs();
  });

  it("Số liệu: a figure's control deleted from the document, offered for re-insertion", async () => {
    await page.evaluate(() => {
      const sim = (window as unknown as { __sim: { doc: { controls(): { id: number; tag: string }[]; deleteControl(id: number): boolean } } }).__sim;
      sim.doc.deleteControl(sim.doc.controls().find((c) => c.tag === "bcdc:thamNhung.soBiXuLy")!.id);
    });
    await pane().getByRole("button", { name: "Đọc lại văn bản" }).click();
    await pane().getByText("Ô số liệu này đã bị xoá khỏi văn bản.").waitFor();
    await expectNoSeriousViolation("Số liệu (ô bị xoá)");
    await pane().getByRole("button", { name: "Bỏ qua" }).click();
    await pane().getByText("Ô số liệu này đã bị xoá khỏi văn bản.").waitFor({ state: "detached" });
  });

  it("Số liệu: tracked changes switched on, with a history author", async () => {
    await pane().getByText(/^Người cập nhật: /).waitFor();
    await pane().getByRole("switch", { name: /Track Changes/ }).check();
    await expectNoSeriousViolation("Số liệu (theo dõi thay đổi bật)");
  });

  it("Duyệt thay đổi: figures waiting for review", async () => {
    await fieldInput(page, "bcdc:cheDo.nangLuongTruocHan").fill("05");
    await pane().getByRole("button", { name: "Cập nhật văn bản" }).click();
    await pane().getByText(/Đã cập nhật 1 số liệu/).waitFor();
    await pane().getByRole("tab", { name: "Duyệt thay đổi" }).click();
    await pane().getByRole("button", { name: "Từ chối «Công chức được nâng lương trước thời hạn»" }).waitFor();
    await expectNoSeriousViolation("Duyệt thay đổi");
    await expectNamedInputs();
  });

  it("Duyệt thay đổi: whose name a decision goes under, asked before the first one", async () => {
    await pane().getByRole("button", { name: "Từ chối «Công chức được nâng lương trước thời hạn»" }).click();
    const question = pane().getByRole("form", { name: /^Các thay đổi này do .* sửa\. Bạn duyệt với tên nào\?$/ });
    await question.waitFor();
    await expectNoSeriousViolation("Duyệt thay đổi (hỏi tên người duyệt)");
    await expectNamedInputs();
    await question.getByRole("button", { name: "Huỷ" }).click();
    await question.waitFor({ state: "detached" });
  });

  it("Lịch sử thay đổi: the writes listed", async () => {
    await pane().getByRole("tab", { name: "Lịch sử thay đổi" }).click();
    await pane().getByRole("table", { name: "Các lần thay đổi số liệu" }).waitFor();
    await expectNoSeriousViolation("Lịch sử thay đổi");
    expect(await expectNamedInputs()).toBe(1);
  });
});
