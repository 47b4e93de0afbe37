/** Launches Debian's Chromium the way this machine allows (no sandbox as root, no background networking). */
import { chromium, type Browser, type Page } from "playwright-core";

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

/** Opens the preview host; the pane column is PANE_WIDTH wide like Word's task pane. `query`: e.g. "?empty". */
export async function openPreview(browser: Browser, width = 1200, query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${process.env.PREVIEW_URL}/index.html${query}`);
  await page.getByRole("heading", { name: "Số liệu báo cáo", exact: true }).waitFor();
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}
