import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { serveDirectory } from "./staticServer";

export default async function globalSetup(): Promise<void> {
  const dist = resolve(__dirname, "../../../dist");
  if (!existsSync(resolve(dist, "index.html"))) {
    throw new Error("dist/index.html is missing: run `npm run build` before the browser tests (npm test does).");
  }
  if (!existsSync("/usr/bin/chromium")) {
    throw new Error("/usr/bin/chromium is missing: run scripts/setup-test-deps.sh (npm test does).");
  }
  const { server, url } = await serveDirectory(dist);
  process.env.PREVIEW_URL = url;
  (globalThis as { __previewServer?: unknown }).__previewServer = server;
}
