/** Locators and small actions on the preview host shared by the browser tests (pane, document, screenshots). */
import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { REPORT } from "../../support/forms";
import { topSectionOf } from "../../../src/domain/report";

export const paneOf = (page: Page): Locator => page.getByRole("complementary", { name: "Ngăn tác vụ" });
export const documentOf = (page: Page): Locator => page.getByRole("document", { name: "Văn bản (mô phỏng)" });

/** The texts of every control of a field in the simulated document, in document order. */
export const controlTexts = (page: Page, tag: string): Promise<string[]> =>
  documentOf(page).locator(`.cc[data-tag="${tag}"]`).allInnerTexts();

/**
 * A field's own input (some labels repeat across sections, so the row's data-field is the reliable handle); for a
 * computed figure, the output that shows its value (focusable, not typed in).
 */
export const fieldInput = (page: Page, id: string): Locator =>
  paneOf(page).locator(`[data-field="${id}"]`).locator("input, textarea, output").first();

/** The accordion header button of a top-level section ("III" → "III. Thực hiện dân chủ…"). */
export function sectionHeader(page: Page, topId: string): Locator {
  const top = REPORT.topSections.find((s) => s.id === topId)!;
  const name = top.number ? `${top.number}. ${top.title}` : top.title;
  return paneOf(page).getByRole("button", { name, exact: true });
}

/** Opens a top-level section unless it is open already. */
export async function openSection(page: Page, topId: string): Promise<void> {
  const header = sectionHeader(page, topId);
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await header.and(page.locator('[aria-expanded="true"]')).waitFor();
}

/**
 * Plays a hand edit in Word: the control's text replaced by the user, outside the add-in (the simulation's document,
 * exposed by the preview host as window.__sim, then told to notify the pane as Word's change event would). With
 * `tracked`, the person typing has turned Word's Track Changes on (the pane tracks its own writes only): the simulated
 * Word records the edit under its own user name.
 */
export const editByHand = (page: Page, tag: string, text: string, tracked = false): Promise<void> =>
  page.evaluate(
    ([tag, text, tracked]) => {
      type Doc = { controls(): { tag: string }[]; replaceControlText(c: unknown, s: string): void; notify(): void; trackingMode: string };
      const doc = (window as unknown as { __sim: { doc: Doc } }).__sim.doc;
      const before = doc.trackingMode;
      if (tracked) doc.trackingMode = "TrackAll";
      doc.replaceControlText(doc.controls().find((c) => c.tag === tag), text);
      doc.trackingMode = before;
      doc.notify();
    },
    [tag, text, tracked] as const,
  );

/** Typed (non-computed) fields of a top-level section, in the definition's order. */
export const typedFieldsOf = (topId: string) =>
  REPORT.fields.filter((f) => !f.formula && topSectionOf(REPORT, f.section) === topId);

/** Waits until the pane has read the document (its figures or its emptiness) and no operation is running. */
export async function paneReady(page: Page): Promise<void> {
  await paneOf(page).getByRole("heading", { name: "Số liệu báo cáo", exact: true }).waitFor();
  await paneOf(page).getByRole("button", { name: "Cập nhật văn bản" }).and(page.locator(":enabled")).waitFor();
}

/** Elements of the pane that stick out of its 350 px (a clipped select, a long word): tag, class, text, how far. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.getElementById("root")!;
    const right = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;
    return [...pane.querySelectorAll<HTMLElement>("*")]
      .filter((el) => !el.hasAttribute("data-tabster-dummy") && el.getClientRects().length > 0)
      .map((el) => ({ el, over: el.getBoundingClientRect().right - right }))
      .filter(({ over }) => over > 0.5)
      .map(({ el, over }) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join(".")} «${(el.textContent ?? "").trim().slice(0, 40)}» +${Math.round(over)}px`);
  });
}

/**
 * A numbered screenshot writer into test-results/screenshots/<name>/; prints the folder once. Each shot also checks
 * that nothing in the pane sticks out of its width, the most common fault at 350 px.
 */
export function screenshotFolder(name: string): (page: Page, step: string) => Promise<void> {
  const folder = resolve(__dirname, "../../../test-results/screenshots", name);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  console.log(`Screenshots: ${folder}`);
  let n = 0;
  return async (page, step) => {
    n += 1;
    await page.screenshot({ path: resolve(folder, `${String(n).padStart(2, "0")}-${step}.png`) });
    expect([step, await overflowing(page)]).toEqual([step, []]);
  };
}

/** Waits until keyboard focus is inside a field's row (its input); `:focus` locators miss it in a background page. */
export async function focusedField(page: Page, id: string): Promise<void> {
  await page.waitForFunction((field) => document.activeElement?.closest("[data-field]")?.getAttribute("data-field") === field, id);
}

/** Opens a view of the pane: a tab of the row, or an entry of its «Thêm» menu (the row fits 350 px). */
export async function openView(page: Page, name: string): Promise<void> {
  const tab = paneOf(page).getByRole("tab", { name, exact: true });
  if ((await tab.count()) > 0) {
    await tab.click();
    return;
  }
  await paneOf(page).getByRole("button", { name: /▾$/ }).click();
  await paneOf(page).getByRole("menuitem", { name, exact: true }).click();
}

/** Focuses a field's input, then presses the pane's one «Chèn vào văn bản» (it inserts the focused field). */
export async function insertField(page: Page, id: string): Promise<void> {
  await fieldInput(page, id).focus();
  const bar = paneOf(page).getByRole("region", { name: "Chèn số liệu vào văn bản" });
  await bar.getByText(/^Ô đang chọn: «/).waitFor();
  await bar.getByRole("button", { name: "Chèn vào văn bản" }).click();
}

/** Opens a document in the simulated Word as Word would receive it (body.insertOoxml), through the preview's handle. */
export async function openFlatOpc(page: Page, flatOpc: string): Promise<void> {
  await page.evaluate(async (ooxml) => {
    const sim = (window as unknown as { __sim: { run: (batch: (context: Word.RequestContext) => Promise<void>) => Promise<void> } }).__sim;
    await sim.run(async (context) => {
      context.document.body.insertOoxml(ooxml, "Replace");
      await context.sync();
    });
  }, flatOpc);
}

/**
 * A report typed before the add-in (no content control) is already in the document when the pane opens: its lines
 * become the simulated document's paragraphs, then the pane is closed and opened again on it.
 */
export async function reopenOnTypedReport(page: Page, lines: readonly string[]): Promise<void> {
  await page.evaluate((paragraphs) => {
    type Doc = { insertParagraphs(p: { runs: string[] }[], at: string): void; notify(): void };
    const doc = (window as unknown as { __sim: { doc: Doc } }).__sim.doc;
    doc.insertParagraphs(paragraphs.map((line) => ({ runs: [line] })), "Replace");
    doc.notify();
  }, [...lines]);
  await page.getByRole("button", { name: "Đóng/mở lại ngăn tác vụ" }).click();
  await paneReady(page);
}

/**
 * The review's question before the first decision whose name is that of who made the changes (ReviewerQuestion):
 * answered «Tôi là …» (the one at the computer reviews her own changes), or with another name typed (a leader).
 */
export async function answerReviewer(page: Page, storedName: string, typed?: string): Promise<void> {
  const question = paneOf(page).getByRole("form", { name: /^Các thay đổi này do .* sửa\. Bạn duyệt với tên nào\?$/ });
  await question.waitFor();
  if (typed === undefined) {
    await question.getByRole("button", { name: `Tôi là ${storedName}` }).click();
  } else {
    await question.getByRole("textbox", { name: "Người duyệt (ghi vào lịch sử)" }).fill(typed);
    await question.getByRole("button", { name: "Duyệt với tên này" }).click();
  }
  await question.waitFor({ state: "detached" });
}
