/** Launches Debian's Chromium the way this machine allows (no sandbox as root, no background networking). */
import { chromium, type Browser, type Page } from "playwright-core";
import { REFERENCE_OFFICE } from "../../../src/domain/template/officeDefaults";

export const PANE_WIDTH = 350;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** The name the pane asks for once (kept in the browser's storage), for tests that are not about that question. */
export const TEST_AUTHOR = "Chuyên viên thử nghiệm";

/** Puts a clerk's name in the page's storage before the pane starts, as on a computer where it was asked once. */
export async function presetAuthor(page: Page, name: string = TEST_AUTHOR): Promise<void> {
  await page.addInitScript((author) => window.localStorage.setItem("bcdc.author", author), name);
}

/** Puts an office's details in the page's storage, as on a computer where a report was already created. */
async function presetOffice(page: Page): Promise<void> {
  await page.addInitScript((office) => window.localStorage.setItem("bcdc.officeSettings", office), JSON.stringify(REFERENCE_OFFICE));
}

/**
 * Opens the preview host; the pane column is PANE_WIDTH wide like Word's task pane. `query`: e.g. "?empty".
 * `office`: "reference" when the reference office was filled in on this computer, "none" for a first use.
 * `author`: the name already given on this computer, or null for a first use (the pane asks at the first update).
 */
export async function openPreview(
  browser: Browser,
  width = 1200,
  query = "",
  author: string | null = TEST_AUTHOR,
  office: "reference" | "none" = "reference",
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (author !== null) await presetAuthor(page, author);
  if (office === "reference") await presetOffice(page);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${process.env.PREVIEW_URL}/index.html${query}`);
  await page.getByRole("heading", { name: "Số liệu báo cáo", exact: true }).waitFor();
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}
