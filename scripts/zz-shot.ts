import { launch } from "../tests/browser/support/browser";
import { serveDirectory } from "../tests/browser/support/staticServer";
(async () => {
  const { server, url } = await serveDirectory(process.cwd() + "/dist");
  const b = await launch();
  const p = await b.newPage({ viewport: { width: 1200, height: 1400 } });
  await p.goto(`${url}/index.html`);
  await p.waitForTimeout(2500);
  await p.locator("#root").screenshot({ path: process.argv[2] + "-pane.png" });
  await p.getByRole("tab", { name: "Lịch sử thay đổi" }).click();
  await p.waitForTimeout(1000);
  await p.locator("#root").screenshot({ path: process.argv[2] + "-history.png" });
  await b.close(); server.close();
})();
