import { join } from "node:path";
import { launch } from "./tests/browser/support/browser";
import { serveDirectory } from "./tests/browser/support/staticServer";
async function main() {
  const { server, url } = await serveDirectory(join("/work/wt-cmp", "dist"));
  const browser = await launch();
  for (let i = 0; i < 3; i++) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${url}/index.html`);
    const pane = page.getByRole("complementary", { name: "Ngăn tác vụ" });
    await pane.getByRole("button", { name: "Cập nhật văn bản" }).and(page.locator(":enabled")).waitFor();
    const t0 = Date.now();
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.includes("compare.")), null, { timeout: 10000 }).catch(() => null);
    console.log("compare chunk fetched after ready (ms):", Date.now() - t0, (await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /\.js|\.css/.test(e.name)).map((e) => e.name.split("/").pop() + "@" + Math.round(e.startTime)))).join(" "));
    await pane.getByRole("button", { name: /▾$/ }).click();
    await pane.getByRole("menuitem", { name: "So sánh", exact: true }).waitFor();
    const r = await page.evaluate(`new Promise((resolve) => {
      const tab = [...document.querySelectorAll('#root [role="menuitem"]')].find((t) => t.textContent.startsWith("So sánh"));
      const start = performance.now();
      const check = () => { if (document.querySelector("#bang-so-sanh tbody tr")) resolve(performance.now() - start); else requestAnimationFrame(check); };
      tab.click(); check();
    })`);
    console.log("click→table", r);
    await page.close();
  }
  await browser.close();
  server.close();
}
void main();
