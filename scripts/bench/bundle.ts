/**
 * The task pane's JavaScript loaded at start: the scripts dist/taskpane.html references (the entry chunk and any
 * chunk split off it), not the chunks loaded later with import(), and not office.js, which Microsoft serves.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { pass, type BenchRow } from "./types";

/** 140 kB, in bytes (1 kB = 1000 B, as the table prints): 10 kB of headroom under 150 for features still to come. */
const TARGET_GZIP = 140_000;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** dist/ is stale when anything the build reads changed after dist/taskpane.html was written. */
export function distIsCurrent(root: string): boolean {
  const pages = ["taskpane.html", "floor.html"].map((name) => join(root, "dist", name));
  if (!pages.every(existsSync)) return false;
  const inputs = ["src", "assets", "scripts/bench/floor", "webpack.config.js", "package-lock.json", "tsconfig.json"].map((p) => join(root, p));
  const newest = Math.max(...inputs.filter(existsSync).map(newestChange));
  return pages.every((page) => statSync(page).mtimeMs >= newest);
}

/** The production build, with the floor page the start is measured against (BENCH_FLOOR=1, webpack.config.js). */
export function buildProduction(root: string): void {
  process.stderr.write("bench: dist/ is missing, has no floor page or is older than the sources; building with webpack --mode production…\n");
  const result = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, BENCH_FLOOR: "1" },
  });
  if (result.status !== 0) throw new Error(`webpack --mode production failed (exit ${result.status})`);
}

/** The script files a page loads at start, office.js and other hosts' scripts left out. */
export function startScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]!);
  return sources.filter((src) => !/^(https?:)?\/\//.test(src) && !/(^|\/)office\.js$/.test(src));
}

export function benchBundle(root: string): BenchRow {
  const dist = join(root, "dist");
  const scripts = startScripts(readFileSync(join(dist, "taskpane.html"), "utf8"));
  let raw = 0;
  let gzip = 0;
  for (const script of scripts) {
    const code = readFileSync(join(dist, script));
    raw += code.length;
    gzip += gzipSync(code).length; // zlib's default level 6, what web servers use on the fly
  }
  return {
    measure: "Bundle",
    case: `task pane JS at start (${scripts.join(", ")}; office.js excluded)`,
    result: `${kB(raw)} raw, ${kB(gzip)} gzip`,
    target: `≤ ${kB(TARGET_GZIP)} gzip`,
    status: pass(scripts.length > 0 && gzip <= TARGET_GZIP),
    values: { rawBytes: raw, gzipBytes: gzip, files: scripts.length },
  };
}
