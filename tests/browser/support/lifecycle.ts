/**
 * The hooks most browser test files share: one Chromium per file, and the preview opened either afresh for each test
 * or once for the file (then the pane is ready before the first test). The page is handed to the file's own `page`.
 * Files whose tests each open the preview their own way (another form, an empty page, another width) take
 * `previewOnDemand`: one Chromium per file, and every page a test opened closed after it.
 */
import type { Browser, Page } from "playwright-core";
import { launch, openPreview } from "./browser";
import { paneReady } from "./pane";

type PreviewArgs = Parameters<typeof openPreview> extends [Browser, ...infer Rest] ? Rest : never;

export function previewPerTest(use: (page: Page) => void, ...args: PreviewArgs): void {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    page = await openPreview(browser, ...args);
    use(page);
  });
  afterEach(async () => {
    await page.close();
  });
}

export function previewPerFile(use: (page: Page) => void, ...args: PreviewArgs): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
    const page = await openPreview(browser, ...args);
    await paneReady(page);
    use(page);
  });
  afterAll(async () => {
    await browser.close();
  });
}

export function previewOnDemand(): (...args: PreviewArgs) => Promise<Page> {
  let browser: Browser;
  const opened: Page[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).filter((page) => !page.isClosed()).map((page) => page.close()));
  });
  return async (...args) => {
    const page = await openPreview(browser, ...args);
    opened.push(page);
    return page;
  };
}
